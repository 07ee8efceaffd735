using Courseware.Markdown.GitBook.Hint;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A hint as a callout: <c>role="note"</c>, its style named in words and by an icon, never by colour alone.</summary>
public sealed class HintBlockRenderer : ScormObjectRenderer<HintBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, HintBlock hint)
    {
        var style = hint.Style.ToString().ToLowerInvariant();
        var label = renderer.Context.Strings["hint." + style];
        renderer.Write("<div class=\"cw-hint cw-hint-").Write(style).Write("\" role=\"note\">");
        renderer.Write("<p class=\"cw-hint-label\"><span class=\"cw-icon\" aria-hidden=\"true\"></span>").WriteEscape(label).Write("</p>");
        renderer.Write("<div class=\"cw-hint-body\">");
        renderer.WriteChildren(hint);
        renderer.WriteLine("</div></div>");
    }
}
