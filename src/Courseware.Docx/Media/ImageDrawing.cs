using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

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

    public static Drawing Create(EmbeddedImage image, uint id, string description, long maxWidth, long maxHeight, ImageSizeHint? hint = null)
    {
        var (cx, cy) = Size(image.Header, maxWidth, maxHeight, hint);
        var name = "Image " + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = cx, Cy = cy },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = id, Name = name, Description = description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(
                new A.GraphicData(
                    new Pic.Picture(
                        new Pic.NonVisualPictureProperties(
                            new Pic.NonVisualDrawingProperties { Id = 0U, Name = image.FileName, Description = description },
                            new Pic.NonVisualPictureDrawingProperties()),
                        new Pic.BlipFill(
                            new A.Blip { Embed = image.RelationshipId },
                            new A.Stretch(new A.FillRectangle())),
                        new Pic.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new Drawing(inline);
    }
}
