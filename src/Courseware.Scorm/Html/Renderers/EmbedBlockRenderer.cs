using Courseware.Diagnostics;
using Courseware.Markdown.GitBook.Embed;
using Courseware.Model;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>An embed as a link card (title and URL), and as an iframe below it only when iframes are asked for.</summary>
public sealed class EmbedBlockRenderer : ScormObjectRenderer<EmbedBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, EmbedBlock embed)
    {
        var context = renderer.Context;
        var resolved = ResolvedLink.Of(embed);
        var url = PageRenderContext.SafeExternalUrl(resolved?.ExternalUrl ?? embed.Url);
        var host = url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : embed.Url;
        var title = !string.IsNullOrWhiteSpace(embed.Caption) ? embed.Caption! : host;

        renderer.Write("<figure class=\"cw-embed\">");
        if (url is not null && context.Options.EmbedIframes)
        {
            renderer.Write("<div class=\"cw-embed-frame\"><iframe").WriteAttribute("src", FrameUrl(url)).WriteAttribute("title", title)
                .Write(" loading=\"lazy\" allowfullscreen referrerpolicy=\"strict-origin-when-cross-origin\"></iframe></div>");
        }
        else if (url is not null)
        {
            context.Diagnostics.Report(DiagnosticCodes.EmbedNotFramed, context.LocationOf(embed), url);
        }

        renderer.Write("<figcaption class=\"cw-embed-card\"><span class=\"cw-icon\" aria-hidden=\"true\"></span><span class=\"cw-embed-kind\">").WriteEscape(context.Strings["embedVideo"]).Write("</span> ");
        if (embed.Count > 0)
        {
            renderer.Write("<span class=\"cw-embed-caption\">");
            renderer.WriteChildren(embed);
            renderer.Write("</span>");
        }
        else
        {
            renderer.Write("<strong class=\"cw-embed-title\">").WriteEscape(title).Write("</strong>");
        }

        if (url is not null)
        {
            renderer.Write(" <a class=\"cw-external\" rel=\"noopener\" target=\"_blank\"").WriteAttribute("href", url).Write('>').WriteEscape(url)
                .Write(" <span class=\"cw-visually-hidden\">").WriteEscape(context.Strings["newWindow"]).Write("</span></a>");
        }
        else
        {
            renderer.Write(" <span class=\"cw-broken-link\">").WriteEscape(embed.Url).Write("</span>");
        }

        renderer.WriteLine("</figcaption></figure>");
    }

    /// <summary>The player URL for well-known video hosts (their page URLs refuse to be framed).</summary>
    internal static string FrameUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        return host switch
        {
            "youtube.com" or "m.youtube.com" when query["v"] is { Length: > 0 } v => "https://www.youtube-nocookie.com/embed/" + Uri.EscapeDataString(v),
            "youtu.be" when uri.AbsolutePath.Length > 1 => "https://www.youtube-nocookie.com/embed/" + Uri.EscapeDataString(uri.AbsolutePath.Trim('/')),
            "vimeo.com" when uri.Segments.LastOrDefault()?.Trim('/') is { } id && id.All(char.IsAsciiDigit) && id.Length > 0 => "https://player.vimeo.com/video/" + id,
            _ => url,
        };
    }
}
