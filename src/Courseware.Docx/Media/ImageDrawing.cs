using Courseware.Docx.WordXml;

namespace Courseware.Docx.Media;

/// <summary>The size an author asked for in HTML (<c>width</c>/<c>height</c> in CSS pixels, <c>data-size="line"</c>).</summary>
internal sealed record ImageSizeHint(int? WidthPx, int? HeightPx, bool LineHeight);

/// <summary>Builds the inline drawing that shows an embedded image at its printed size, with its alt text.</summary>
internal static class ImageDrawing
{
    public const long EmuPerInch = 914400;

    /// <summary>The printed size in EMU: pixels at the image's resolution, scaled down to fit <paramref name="maxWidth"/> and <paramref name="maxHeight"/>.</summary>
    public static (long Width, long Height) Size(ImageHeader header, long maxWidth, long maxHeight, ImageSizeHint? hint = null)
    {
        var width = header.Width / Math.Max(1, header.DpiX) * EmuPerInch;
        var height = header.Height / Math.Max(1, header.DpiY) * EmuPerInch;
        var ratio = height / width;
        const double CssPixel = EmuPerInch / 96.0;
        if (hint?.LineHeight == true)
        {
            // An inline icon (GitBook data-size="line") is as tall as the text line.
            height = 16 * CssPixel;
            width = height / ratio;
        }
        else if (hint?.WidthPx is > 0 and var w)
        {
            width = w * CssPixel;
            height = hint.HeightPx is > 0 and var h ? h * CssPixel : width * ratio;
        }
        else if (hint?.HeightPx is > 0 and var h)
        {
            height = h * CssPixel;
            width = height / ratio;
        }

        var scale = Math.Min(1.0, Math.Min(maxWidth / width, maxHeight / height));
        return ((long)Math.Round(width * scale), (long)Math.Round(height * scale));
    }

    /// <summary>Word's mark of a decorative picture (Office 2019 and later; older readers skip the extension).</summary>
    private const string DecorativeExtension =
        "<a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\">"
        + "<adec:decorative xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\" /></a:ext></a:extLst>";

    /// <summary>The <c>w:drawing</c> markup of an inline picture (the prefixes are declared by the part's root).</summary>
    public static string Create(EmbeddedImage image, uint id, string description, long maxWidth, long maxHeight, ImageSizeHint? hint = null)
    {
        var (cx, cy) = Size(image.Header, maxWidth, maxHeight, hint);
        var name = "Image " + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return WordXmlWriter.ToMarkup(writer =>
        {
            writer.Raw("<w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">");
            writer.Empty("wp:extent", "cx", cx, "cy", cy);
            writer.Raw("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\" />");
            writer.Open("wp:docPr");
            writer.Attribute("id", id);
            writer.Attribute("name", name);
            writer.Attribute("descr", description);
            if (string.IsNullOrWhiteSpace(description))
            {
                // No text alternative on purpose (a card's cover, an <img alt="">): marked decorative, as Word's own checker asks.
                writer.Raw(">" + DecorativeExtension + "</wp:docPr>");
            }
            else
            {
                writer.EndEmpty();
            }
            writer.Raw("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\" /></wp:cNvGraphicFramePr>");
            writer.Raw("<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr>");
            writer.Open("pic:cNvPr");
            writer.Attribute("id", 0);
            writer.Attribute("name", image.FileName);
            writer.Attribute("descr", description);
            writer.EndEmpty();
            writer.Raw("<pic:cNvPicPr /></pic:nvPicPr><pic:blipFill>");
            if (image.SvgRelationshipId is { } svg)
            {
                // The SVG next to its picture: Word 2016 and later draw the SVG, other readers the picture.
                writer.Open("a:blip");
                writer.Attribute("r:embed", image.RelationshipId);
                writer.Raw("><a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\">");
                writer.Raw("<asvg:svgBlip xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\" r:embed=\"" + svg + "\" />");
                writer.Raw("</a:ext></a:extLst></a:blip>");
            }
            else
            {
                writer.Empty("a:blip", "r:embed", image.RelationshipId);
            }

            writer.Raw("<a:stretch><a:fillRect /></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\" />");
            writer.Empty("a:ext", "cx", cx, "cy", cy);
            writer.Raw("</a:xfrm><a:prstGeom prst=\"rect\"><a:avLst /></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>");
        });
    }
}
