using Courseware.Model;
using Markdig.Syntax.Inlines;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>Links and images, pointed at what the loader resolved: another page's SCO or section, a packaged asset, an external URL; broken links become text.</summary>
public sealed class ResolvedLinkInlineRenderer : ScormObjectRenderer<LinkInline>
{
    protected override void Write(ScormHtmlRenderer renderer, LinkInline link)
    {
        var context = renderer.Context;
        var resolved = ResolvedLink.Of(link);
        var href = resolved is not null ? context.Href(resolved) : UnresolvedHref(link.Url);

        if (link.IsImage)
        {
            if (href is null)
            {
                // Nothing to show: keep the alt text so the meaning survives.
                renderer.Write("<span class=\"cw-missing-image\">");
                renderer.WriteChildren(link);
                renderer.Write("</span>");
                return;
            }

            renderer.Write("<img").WriteAttribute("src", href).Write(" alt=\"");
            var alt = ToPlainText(link);
            renderer.WriteEscape(alt);
            renderer.Write('"');
            if (!string.IsNullOrEmpty(link.Title))
            {
                renderer.WriteAttribute("title", link.Title);
            }

            renderer.Write(" loading=\"lazy\">");
            return;
        }

        if (href is null)
        {
            renderer.Write("<span class=\"cw-broken-link\">");
            renderer.WriteChildren(link);
            renderer.Write("</span>");
            return;
        }

        var external = resolved?.Kind == LinkTargetKind.External || (resolved is null && PageRenderContext.SafeExternalUrl(href) is not null);
        var internalPage = resolved?.Kind == LinkTargetKind.Page;
        renderer.Write("<a").WriteAttribute("href", href);
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.WriteAttribute("title", link.Title);
        }

        if (internalPage && context.Layout.Sco == Export.ScoLayout.PerPage && resolved!.Page != context.Page)
        {
            renderer.WriteAttribute("data-cw-page", context.Layout[resolved.Page!].ItemId);
        }

        if (external)
        {
            renderer.Write(" rel=\"noopener\" class=\"cw-external\"");
        }

        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }

    /// <summary>A link the loader did not resolve: only anchors and safe absolute URLs are kept.</summary>
    private static string? UnresolvedHref(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        return url.StartsWith('#') ? url : PageRenderContext.SafeExternalUrl(url);
    }

    internal static string ToPlainText(ContainerInline container)
    {
        var sb = new System.Text.StringBuilder();
        Append(sb, container);
        return sb.ToString();
    }

    private static void Append(System.Text.StringBuilder sb, ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case ContainerInline nested:
                    Append(sb, nested);
                    break;
            }
        }
    }
}
