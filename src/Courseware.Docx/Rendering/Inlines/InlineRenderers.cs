using System.Text.RegularExpressions;
using Courseware.Docx.Styling;
using Courseware.Markdown.GitBook.Html;
using Courseware.Model;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace Courseware.Docx.Rendering.Inlines;

/// <summary>Plain text.</summary>
internal sealed class LiteralRenderer : DocxObjectRenderer<LiteralInline>
{
    protected override void Write(DocxRenderer renderer, LiteralInline obj) => renderer.WriteText(obj.Content.ToString());
}

/// <summary>Emphasis: italic, bold, strike-through, sub/superscript, highlight.</summary>
internal sealed class EmphasisRenderer : DocxObjectRenderer<EmphasisInline>
{
    protected override void Write(DocxRenderer renderer, EmphasisInline obj)
    {
        Func<RunFormat, RunFormat> change = (obj.DelimiterChar, obj.DelimiterCount) switch
        {
            ('*' or '_', >= 2) => f => f with { Bold = true },
            ('*' or '_', _) => f => f with { Italic = true },
            ('~', >= 2) => f => f with { Strike = true },
            ('~', _) => f => f with { Subscript = true },
            ('^', _) => f => f with { Superscript = true },
            ('=', _) => f => f with { CharacterStyle = StyleIds.Highlight },
            _ => f => f,
        };
        using (renderer.WithFormat(change))
        {
            renderer.WriteChildren(obj);
        }
    }
}

/// <summary>Inline code in the code character style.</summary>
internal sealed class CodeInlineRenderer : DocxObjectRenderer<CodeInline>
{
    protected override void Write(DocxRenderer renderer, CodeInline obj)
    {
        using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.CodeChar }))
        {
            renderer.WriteText(obj.Content);
        }
    }
}

/// <summary>Hard breaks become line breaks; soft breaks a space.</summary>
internal sealed class LineBreakRenderer : DocxObjectRenderer<LineBreakInline>
{
    protected override void Write(DocxRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard || obj.IsBackslash)
        {
            renderer.WriteBreak();
        }
        else
        {
            renderer.WriteText(" ");
        }
    }
}

/// <summary>Inline HTML: <c>&lt;br&gt;</c> is a line break; other tags (heading anchors, spans) carry no text and are dropped.</summary>
internal sealed partial class HtmlInlineRenderer : DocxObjectRenderer<HtmlInline>
{
    protected override void Write(DocxRenderer renderer, HtmlInline obj)
    {
        if (BreakTag().IsMatch(obj.Tag))
        {
            renderer.WriteBreak();
        }
    }

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();
}

/// <summary>Entities such as <c>&amp;#x20;</c> as their characters.</summary>
internal sealed class HtmlEntityRenderer : DocxObjectRenderer<HtmlEntityInline>
{
    protected override void Write(DocxRenderer renderer, HtmlEntityInline obj) => renderer.WriteText(obj.Transcoded.ToString());
}

/// <summary><c>&lt;https://…&gt;</c> autolinks as hyperlinks.</summary>
internal sealed class AutolinkRenderer : DocxObjectRenderer<AutolinkInline>
{
    protected override void Write(DocxRenderer renderer, AutolinkInline obj)
    {
        // The loader marks autolinks with a refused scheme (<javascript:...>) as broken: text only.
        if (ResolvedLink.Of(obj) is { Kind: LinkTargetKind.Broken })
        {
            renderer.WriteText(obj.Url);
            return;
        }

        var url = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        renderer.WriteExternalLink(url, obj, () => renderer.WriteText(obj.Url));
    }
}

/// <summary>Links (to pages and headings as internal hyperlinks, to the web as hyperlink relationships) and images.</summary>
internal sealed class LinkRenderer : DocxObjectRenderer<LinkInline>
{
    private static Courseware.Docx.Media.ImageSizeHint? SizeHint(LinkInline image) =>
        ImageAttributes.From(Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(image));

    protected override void Write(DocxRenderer renderer, LinkInline obj)
    {
        var link = ResolvedLink.Of(obj);
        if (obj.IsImage)
        {
            var alt = DocxRenderer.PlainText(obj);
            renderer.WriteImage(link, obj.Url ?? string.Empty, alt.Length > 0 ? alt : obj.Title ?? string.Empty, obj, SizeHint(obj));
            return;
        }

        renderer.WriteResolvedLink(link, obj.Url ?? string.Empty, obj, () =>
        {
            if (obj.FirstChild is null)
            {
                renderer.WriteText(link?.Page?.Title ?? obj.Url ?? string.Empty);
            }
            else
            {
                renderer.WriteChildren(obj);
            }
        });
    }
}

/// <summary>The size given by the HTML attributes the GitBook image conversion keeps.</summary>
internal static class ImageAttributes
{
    public static Courseware.Docx.Media.ImageSizeHint? From(Markdig.Renderers.Html.HtmlAttributes? attributes)
    {
        if (attributes?.Properties is not { Count: > 0 } properties)
        {
            return null;
        }

        string? Get(string name) => properties.FirstOrDefault(p => p.Key == name).Value;
        static int? Pixels(string? value) =>
            int.TryParse(value?.Trim().Replace("px", string.Empty, StringComparison.OrdinalIgnoreCase), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var px) && px > 0 ? px : null;
        return new Courseware.Docx.Media.ImageSizeHint(Pixels(Get("width")), Pixels(Get("height")), string.Equals(Get("data-size"), "line", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>Task list boxes as ☐ and ☒.</summary>
internal sealed class TaskListRenderer : DocxObjectRenderer<TaskList>
{
    protected override void Write(DocxRenderer renderer, TaskList obj)
    {
        // The text after the box starts with its own space.
        var spaced = obj.NextSibling is LiteralInline next && next.Content.Length > 0 && char.IsWhiteSpace(next.Content[next.Content.Start]);
        renderer.WriteText((obj.Checked ? "☒" : "☐") + (spaced ? string.Empty : " "));
    }
}

/// <summary>Footnote references as Word footnotes; back links are web-only.</summary>
internal sealed class FootnoteLinkRenderer : DocxObjectRenderer<FootnoteLink>
{
    protected override void Write(DocxRenderer renderer, FootnoteLink obj)
    {
        if (!obj.IsBackLink)
        {
            renderer.WriteFootnoteReference(obj.Footnote);
        }
    }
}

/// <summary>GitBook <c>&lt;mark&gt;</c> highlights in the Highlight character style.</summary>
internal sealed class MarkRenderer : DocxObjectRenderer<MarkInline>
{
    protected override void Write(DocxRenderer renderer, MarkInline obj)
    {
        using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Highlight }))
        {
            renderer.WriteChildren(obj);
        }
    }
}

/// <summary>Leaf inlines of extensions without their own renderer (math, abbreviations…) keep their text.</summary>
internal sealed class UnknownLeafInlineRenderer : DocxObjectRenderer<LeafInline>
{
    protected override void Write(DocxRenderer renderer, LeafInline obj)
    {
        var text = obj switch
        {
            Markdig.Extensions.Mathematics.MathInline math => math.Content.ToString(),
            _ => string.Empty,
        };
        renderer.WriteText(text);
    }
}
