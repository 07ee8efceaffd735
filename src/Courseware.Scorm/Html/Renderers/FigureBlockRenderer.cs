using System.Globalization;
using Courseware.Markdown.GitBook.Html;
using Courseware.Model;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A figure: the packaged image with its alt text and caption.</summary>
public sealed class FigureBlockRenderer : ScormObjectRenderer<FigureBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, FigureBlock figure)
    {
        var context = renderer.Context;
        var resolved = ResolvedLink.Of(figure);
        var src = resolved is not null ? context.Href(resolved) : PageRenderContext.SafeExternalUrl(figure.Source);
        renderer.Write("<figure class=\"cw-figure\">");
        if (src is not null)
        {
            renderer.Write("<img").WriteAttribute("src", src).WriteAttribute("alt", figure.Alt);
            if (figure.Width is { } width)
            {
                renderer.WriteAttribute("width", width.ToString(CultureInfo.InvariantCulture));
            }

            if (figure.Height is { } height)
            {
                renderer.WriteAttribute("height", height.ToString(CultureInfo.InvariantCulture));
            }

            renderer.Write(" loading=\"lazy\">");
        }
        else
        {
            renderer.Write("<span class=\"cw-missing-image\">").WriteEscape(figure.Alt).Write("</span>");
        }

        if (figure.Caption.FirstChild is not null)
        {
            renderer.Write("<figcaption>");
            renderer.WriteChildren(figure.Caption);
            renderer.Write("</figcaption>");
        }

        renderer.WriteLine("</figure>");
    }
}
