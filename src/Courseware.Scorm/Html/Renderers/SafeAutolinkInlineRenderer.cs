using Markdig.Syntax.Inlines;

namespace Courseware.Scorm.Html.Renderers;

/// <summary><c>&lt;https://…&gt;</c> autolinks and e-mail addresses; other schemes are written as text.</summary>
public sealed class SafeAutolinkInlineRenderer : ScormObjectRenderer<AutolinkInline>
{
    protected override void Write(ScormHtmlRenderer renderer, AutolinkInline link)
    {
        var href = link.IsEmail ? "mailto:" + link.Url : PageRenderContext.SafeExternalUrl(link.Url);
        if (href is null)
        {
            renderer.WriteEscape(link.Url);
            return;
        }

        renderer.Write("<a").WriteAttribute("href", href);
        if (!link.IsEmail)
        {
            renderer.Write(" rel=\"noopener\" class=\"cw-external\"");
        }

        renderer.Write('>').WriteEscape(link.Url);
        renderer.Write("</a>");
    }
}
