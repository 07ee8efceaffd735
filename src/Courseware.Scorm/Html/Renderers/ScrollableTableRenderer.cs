using System.Globalization;
using Courseware.Markdown.GitBook.Html;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>
/// Tables inside a container that scrolls sideways on narrow screens and can be scrolled with the keyboard, with the
/// caption an HTML table gave as their <c>&lt;caption&gt;</c> and cells spanning columns as one cell with <c>colspan</c>.
/// </summary>
public sealed class ScrollableTableRenderer : ScormObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _table = new();

    protected override void Write(ScormHtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            _table.Write(renderer, table);
            return;
        }

        renderer.Write("<div class=\"cw-table-scroll\" tabindex=\"0\">");
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine('>');
        if (TableCaption.Of(table) is { } caption)
        {
            renderer.Write("<caption class=\"cw-table-caption\">");
            renderer.WriteChildren(caption);
            renderer.WriteLine("</caption>");
        }

        WriteRows(renderer, table);
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    /// <summary>One <c>&lt;thead&gt;</c> for the header rows and one <c>&lt;tbody&gt;</c> for the others, as Markdig writes them.</summary>
    private static void WriteRows(ScormHtmlRenderer renderer, Table table)
    {
        var inHeader = false;
        var inBody = false;
        for (var r = 0; r < table.Count; r++)
        {
            if (table[r] is not TableRow row)
            {
                continue;
            }

            if (row.IsHeader && !inHeader && !inBody)
            {
                renderer.WriteLine("<thead>");
                inHeader = true;
            }
            else if (!row.IsHeader && !inBody)
            {
                if (inHeader)
                {
                    renderer.WriteLine("</thead>");
                    inHeader = false;
                }

                renderer.WriteLine("<tbody>");
                inBody = true;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            var column = 0;
            for (var c = 0; c < row.Count; c++)
            {
                if (row[c] is TableCell cell)
                {
                    // The cell above, spanning rows, stands here already.
                    if (!CoveredCell.Is(cell))
                    {
                        WriteCell(renderer, table, row.IsHeader, cell, cell.ColumnIndex >= 0 ? cell.ColumnIndex : column);
                    }

                    column += cell.ColumnSpan;
                }
            }

            renderer.WriteLine("</tr>");
        }

        if (inBody)
        {
            renderer.WriteLine("</tbody>");
        }
        else if (inHeader)
        {
            renderer.WriteLine("</thead>");
        }
    }

    private static void WriteCell(ScormHtmlRenderer renderer, Table table, bool header, TableCell cell, int column)
    {
        renderer.EnsureLine();
        renderer.Write(header ? "<th" : "<td");
        if (cell.ColumnSpan != 1)
        {
            renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
        }

        if (cell.RowSpan != 1)
        {
            renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
        }

        // A spanning cell takes the alignment of its first column (Markdig's own rule).
        var definitions = table.ColumnDefinitions;
        if (definitions.Count > 0)
        {
            var alignment = definitions[Math.Min(column, definitions.Count - 1)].Alignment;
            var style = alignment switch
            {
                TableColumnAlign.Center => " style=\"text-align: center;\"",
                TableColumnAlign.Right => " style=\"text-align: right;\"",
                TableColumnAlign.Left => " style=\"text-align: left;\"",
                _ => string.Empty,
            };
            renderer.Write(style);
        }

        renderer.WriteAttributes(cell);
        renderer.Write('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        if (cell.Count == 1)
        {
            renderer.ImplicitParagraph = true;
        }

        renderer.Write(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.WriteLine(header ? "</th>" : "</td>");
    }
}
