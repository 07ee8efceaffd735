using AngleSharp.Dom;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Markdown.GitBook.Html;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Courseware.Accessibility;

/// <summary>
/// CW0806 a data table without headers (RGAA 5.6, 5.7): a Markdown table whose header row is all empty, an HTML
/// <c>&lt;table&gt;</c> without any <c>&lt;th&gt;</c> (read into a table like a pipe table, or left raw). Layout tables (<c>role="presentation"</c> or <c>"none"</c>) and
/// GitBook card views (<c>data-view="cards"</c>, shown as cards, not as a table) are left alone.
/// </summary>
internal sealed class TableHeaderCheck : ContentCheck
{
    public override void Visit(MarkdownObject node, AccessibilityContext context)
    {
        if (node is not Table table || LayoutTable.Is(table))
        {
            return;
        }

        var header = table.OfType<TableRow>().Where(r => r.IsHeader).ToList();
        if (header.Count == 0 || header.All(row => row.OfType<TableCell>().All(IsEmpty)))
        {
            context.Report(DiagnosticCodes.TableWithoutHeader, node);
        }
    }

    public override void VisitHtml(HtmlBlock block, IElement element, AccessibilityContext context)
    {
        if (element.LocalName != "table"
            || element.GetAttribute("role")?.Trim().ToLowerInvariant() is "presentation" or "none"
            || string.Equals(element.GetAttribute("data-view"), "cards", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (element.QuerySelector("th") is null && element.QuerySelector("td") is not null)
        {
            context.Report(DiagnosticCodes.TableWithoutHeader, block, element);
        }
    }

    private static bool IsEmpty(TableCell cell) =>
        cell.Descendants<LeafBlock>().All(leaf => leaf.Inline is null || PageText.Of(leaf.Inline).Length == 0);
}
