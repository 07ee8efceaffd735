using System.Text.RegularExpressions;
using Courseware.Diagnostics;
using Courseware.Docx.ListNumbering;
using Courseware.Docx.Styling;
using Courseware.Loading;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Docx.Rendering.Blocks;

/// <summary>Headings inside a page, placed below the page heading; the page's leading level-1 heading is the page heading itself.</summary>
internal sealed class HeadingRenderer : DocxObjectRenderer<HeadingBlock>
{
    protected override void Write(DocxRenderer renderer, HeadingBlock obj)
    {
        if (renderer.Bookmarks.IsPageTitle(obj))
        {
            return;
        }

        // Levels follow the page's place in the tree and never jump (a "###" right under the page title becomes the next level);
        // Word has six, so a page already at the sixth keeps its headings there.
        var previous = renderer.Headings.Count > 0 ? renderer.Headings[^1].Level : renderer.PageLevel;
        var level = Math.Min(Math.Min(Math.Max(renderer.PageLevel + obj.Level - 1, renderer.PageLevel + 1), 6), previous + 1);
        var bookmark = renderer.Bookmarks.ForHeading(obj) ?? "_cwh" + renderer.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.WriteHeading(level, string.Empty, bookmark, obj.Inline);
    }
}

/// <summary>Paragraphs in the style of where they stand; a paragraph holding only an image is a centred figure.</summary>
internal sealed class ParagraphRenderer : DocxObjectRenderer<ParagraphBlock>
{
    protected override void Write(DocxRenderer renderer, ParagraphBlock obj)
    {
        var style = renderer.ParagraphStyle();
        if (renderer.PendingNumbering is null && renderer.ListDepth == 0 && IsImageOnly(obj.Inline))
        {
            style = StyleIds.Figure;
        }

        renderer.BeginParagraph(style);
        renderer.WriteInlines(obj);
        renderer.EndParagraph();
    }

    private static bool IsImageOnly(ContainerInline? inline)
    {
        Inline? only = null;
        for (var child = inline?.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())
            {
                continue;
            }

            if (only is not null)
            {
                return false;
            }

            only = child;
        }

        return only is LinkInline { IsImage: true };
    }
}

/// <summary>Lists: one numbering instance per list, so every ordered list restarts; task lists use a marker-less numbering and ☐/☒ in the text.</summary>
internal sealed class ListRenderer : DocxObjectRenderer<ListBlock>
{
    protected override void Write(DocxRenderer renderer, ListBlock obj)
    {
        var isTask = obj.OfType<ListItemBlock>().Any(item => item.FirstOrDefault() is ParagraphBlock { Inline.FirstChild: TaskList });
        var kind = obj.IsOrdered ? ListKind.Ordered : isTask ? ListKind.Task : ListKind.Bullet;
        var start = obj.IsOrdered && int.TryParse(obj.OrderedStart, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;
        var numId = renderer.Numbering.NewInstance(kind, renderer.ListDepth, start);
        var saved = renderer.CurrentListNumId;
        renderer.CurrentListNumId = numId;
        renderer.ListDepth++;
        renderer.WriteChildren(obj);
        renderer.ListDepth--;
        renderer.CurrentListNumId = saved;
    }
}

/// <summary>A list item: its first paragraph carries the list number; later ones continue the item.</summary>
internal sealed class ListItemRenderer : DocxObjectRenderer<ListItemBlock>
{
    protected override void Write(DocxRenderer renderer, ListItemBlock obj)
    {
        renderer.PendingNumbering = (renderer.CurrentListNumId, Math.Min(renderer.ListDepth - 1, 8));
        renderer.WriteChildren(obj);
        if (renderer.PendingNumbering is not null)
        {
            // An empty item still shows its number.
            renderer.BeginParagraph(renderer.ParagraphStyle());
            renderer.EndParagraph();
        }
    }
}

/// <summary>Block quotes in the Quote style.</summary>
internal sealed class QuoteRenderer : DocxObjectRenderer<QuoteBlock>
{
    protected override void Write(DocxRenderer renderer, QuoteBlock obj)
    {
        using (renderer.WithBodyStyle(StyleIds.Quote))
        {
            renderer.WriteChildren(obj);
        }
    }
}

/// <summary>Code blocks: one Code paragraph per line, spaces and tabs kept.</summary>
internal sealed class CodeBlockRenderer : DocxObjectRenderer<CodeBlock>
{
    protected override void Write(DocxRenderer renderer, CodeBlock obj)
    {
        var lines = obj.Lines.Lines?.Take(obj.Lines.Count).Select(l => l.Slice.ToString()).ToList() ?? [];
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        renderer.PendingNumbering = null;
        using (renderer.WithFormat(_ => new RunFormat()))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                var paragraph = renderer.BeginParagraph(StyleIds.Code, keepNext: i < lines.Count - 1 && lines.Count <= 12);
                renderer.WriteText(lines[i]);
                renderer.EndParagraph();
            }
        }
    }
}

/// <summary>A thematic break as a paragraph whose style draws a rule.</summary>
internal sealed class ThematicBreakRenderer : DocxObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(DocxRenderer renderer, ThematicBreakBlock obj)
    {
        renderer.BeginParagraph(StyleIds.HorizontalRule);
        renderer.EndParagraph();
    }
}

/// <summary>Raw HTML blocks the loader did not turn into nodes: their text is kept, the markup dropped.</summary>
internal sealed partial class HtmlBlockRenderer : DocxObjectRenderer<HtmlBlock>
{
    protected override void Write(DocxRenderer renderer, HtmlBlock obj)
    {
        var html = obj.Lines.ToString();
        if (obj.Type == HtmlBlockType.Comment)
        {
            return;
        }

        var text = System.Net.WebUtility.HtmlDecode(TagPattern().Replace(BreakPattern().Replace(html, "\n"), " "));
        var lines = text.Split('\n').Select(PageText.Collapse).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        var tag = TagNamePattern().Match(html) is { Success: true } m ? m.Groups[1].Value : "html";
        renderer.Report(DiagnosticCodes.DocxRawHtmlDropped, obj, tag);
        foreach (var line in lines)
        {
            renderer.BeginParagraph(renderer.ParagraphStyle());
            renderer.WriteText(line);
            renderer.EndParagraph();
        }
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"<br\s*/?>|</(p|div|tr|li|h[1-6])>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakPattern();

    [GeneratedRegex(@"<([a-zA-Z][a-zA-Z0-9]*)")]
    private static partial Regex TagNamePattern();
}

/// <summary>Footnotes are written where first referenced, as Word footnotes; the group at the page end writes nothing.</summary>
internal sealed class FootnoteGroupRenderer : DocxObjectRenderer<FootnoteGroup>
{
    protected override void Write(DocxRenderer renderer, FootnoteGroup obj)
    {
    }
}

/// <summary>Link reference definitions are resolved into their links; nothing to write.</summary>
internal sealed class LinkReferenceDefinitionGroupRenderer : DocxObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(DocxRenderer renderer, LinkReferenceDefinitionGroup obj)
    {
    }
}

/// <summary>Leaf blocks of extensions without their own renderer keep their inline content or text.</summary>
internal sealed class UnknownLeafBlockRenderer : DocxObjectRenderer<LeafBlock>
{
    protected override void Write(DocxRenderer renderer, LeafBlock obj)
    {
        if (obj is LinkReferenceDefinition)
        {
            return;
        }

        if (obj.Inline is not null)
        {
            renderer.BeginParagraph(renderer.ParagraphStyle());
            renderer.WriteInlines(obj);
            renderer.EndParagraph();
        }
        else if (obj.Lines.Count > 0 && obj.Lines.ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
        {
            renderer.BeginParagraph(renderer.ParagraphStyle());
            renderer.WriteText(text.TrimEnd());
            renderer.EndParagraph();
        }
    }
}
