using Markdig.Syntax;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>Raw HTML blocks: sanitised (with a warning naming the place) unless raw HTML is allowed.</summary>
public sealed class SanitizedHtmlBlockRenderer : ScormObjectRenderer<HtmlBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, HtmlBlock block)
    {
        var html = block.Lines.ToString();
        var context = renderer.Context;
        if (context.Options.AllowRawHtml)
        {
            renderer.WriteLine(html);
            return;
        }

        if (block.Type == HtmlBlockType.Comment)
        {
            return;
        }

        // GitBook writes <details>, <figure>, <div> … as separate blocks around Markdown: a lone opening or closing tag
        // is kept as a tag (the sanitiser would otherwise close or drop it and break the structure).
        var trimmed = html.Trim();
        if (SanitizedHtmlInlineRenderer.IsLoneTag(trimmed))
        {
            renderer.WriteLine(SanitizedHtmlInlineRenderer.SanitizeTag(trimmed, context, context.LocationOf(block)));
            return;
        }

        renderer.WriteLine(context.Sanitizer.Sanitize(html, context.LocationOf(block), context.Diagnostics, context.RawHtmlUrl));
    }
}
