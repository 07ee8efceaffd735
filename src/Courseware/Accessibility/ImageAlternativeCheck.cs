using AngleSharp.Dom;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Markdown.GitBook.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Accessibility;

/// <summary>
/// CW0801 an image without a text alternative, CW0802 a text alternative that is a file name (RGAA 1.1, 1.3).
/// An HTML <c>&lt;img alt=""&gt;</c> is decorative and fine. A GitBook figure is not: GitBook writes <c>alt=""</c> in every
/// figure whose author gave none, so a figure needs an alt text or a caption.
/// </summary>
internal sealed class ImageAlternativeCheck : ContentCheck
{
    public override void Visit(MarkdownObject node, AccessibilityContext context)
    {
        switch (node)
        {
            case LinkInline { IsImage: true } image:
                Check(PageText.Of(image), image.Url ?? string.Empty, decorative: DecorativeImage.Is(image), node, context);
                break;
            case FigureBlock figure:
                var alt = figure.Alt.Trim();
                if (alt.Length == 0 && PageText.Of(figure.Caption).Length > 0)
                {
                    // The caption is the text the learner reads and hears in place of the image.
                    break;
                }

                Check(alt, figure.Source, decorative: false, node, context);
                break;
        }
    }

    public override void VisitHtml(HtmlBlock block, IElement element, AccessibilityContext context)
    {
        if (element.LocalName != "img")
        {
            return;
        }

        var src = element.GetAttribute("src") ?? string.Empty;
        var alt = element.GetAttribute("alt");
        var figure = element.Closest("figure");
        var captioned = figure?.QuerySelector("figcaption") is { } caption && caption.TextContent.Trim().Length > 0;
        if (alt is null && !captioned)
        {
            context.Report(DiagnosticCodes.ImageWithoutAlt, block, element, src);
        }
        else if (alt is not null && alt.Trim().Length == 0 && figure is not null && !captioned)
        {
            context.Report(DiagnosticCodes.ImageWithoutAlt, block, element, src);
        }
        else if (alt is not null && FileNameAlternative.Matches(alt, src))
        {
            context.Report(DiagnosticCodes.ImageAltIsFileName, block, element, src, alt.Trim());
        }
    }

    private static void Check(string alt, string src, bool decorative, MarkdownObject node, AccessibilityContext context)
    {
        if (alt.Length == 0)
        {
            if (!decorative)
            {
                context.Report(DiagnosticCodes.ImageWithoutAlt, node, src);
            }
        }
        else if (FileNameAlternative.Matches(alt, src))
        {
            context.Report(DiagnosticCodes.ImageAltIsFileName, node, src, alt);
        }
    }
}
