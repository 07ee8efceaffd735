using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Model;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A content-ref as a link card titled with the target page's title (as GitBook shows it), pointing at that page's SCO or section.</summary>
public sealed class ContentRefBlockRenderer : ScormObjectRenderer<ContentRefBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, ContentRefBlock block)
    {
        var context = renderer.Context;
        var resolved = ResolvedLink.Of(block);
        var href = resolved is not null ? context.Href(resolved) : PageRenderContext.SafeExternalUrl(block.Url);
        var title = resolved?.Page?.Title ?? block.Url;

        renderer.Write("<div class=\"cw-card\"><p class=\"cw-card-title\">");
        if (href is null)
        {
            renderer.Write("<span class=\"cw-broken-link\">").WriteEscape(title).Write(" (").WriteEscape(context.Strings["brokenLink"]).Write(")</span>");
        }
        else
        {
            renderer.Write("<a").WriteAttribute("href", href);
            if (resolved?.Kind == LinkTargetKind.Page && context.Layout.Sco == Export.ScoLayout.PerPage && resolved.Page != context.Page)
            {
                renderer.WriteAttribute("data-cw-page", context.Layout[resolved.Page!].ItemId);
            }

            renderer.Write("><span class=\"cw-icon\" aria-hidden=\"true\"></span>").WriteEscape(title).Write("</a></p>");
            if (resolved?.Page?.Description is { Length: > 0 } description)
            {
                renderer.Write("<p class=\"cw-card-description\">").WriteEscape(description).Write("</p>");
            }

            renderer.WriteLine("</div>");
            return;
        }

        renderer.WriteLine("</p></div>");
    }
}
