using System.Globalization;
using System.Xml;
using Courseware.Export;
using SkiaSharp;
using Svg.Skia;
using Svg.Skia.TypefaceProviders;

namespace Courseware.Graphics;

/// <summary>
/// An SVG drawn as a PNG: the picture, its natural size in CSS pixels (what the SVG's width and height say), and the SVG
/// itself without what it referenced outside its file (for a format that can carry the vector image next to the picture).
/// </summary>
public sealed record SvgRaster(byte[] Png, double Width, double Height, byte[] Svg)
{
    /// <summary>Pixels of the picture per CSS pixel.</summary>
    public double PixelsPerCssPixel { get; init; } = 1;
}

/// <summary>
/// Draws an SVG image as a PNG sharp enough for print (three pixels per CSS pixel, 288 dpi at its natural size, at most
/// <see cref="MaxSide"/> pixels a side, about 300 dpi over a whole A4 text area), with the document's own fonts for its
/// text, on white like the page it is printed on (an opaque RGB PNG: a PDF embeds it as it is, without decoding it again).
/// The SVG is read and cleaned by <see cref="SvgCleaner"/> first, so drawing never reads another file or the network.
/// </summary>
public static class SvgRasterizer
{
    /// <summary>Pixels per CSS pixel of the drawing.</summary>
    public const double Resolution = 3;

    /// <summary>The longest side of the drawing in pixels; a larger SVG is drawn at a lower resolution.</summary>
    public const int MaxSide = 3000;

    /// <summary>The largest natural side accepted, in CSS pixels (a bigger one is a broken size, not a picture).</summary>
    private const double MaxNaturalSide = 100_000;

    /// <summary>The SVG drawn as a PNG; null with the reason in <paramref name="error"/> when it cannot be read or has no size.</summary>
    public static SvgRaster? TryRasterize(byte[] bytes, FontSet? fonts, out string? error)
    {
        // Cleaned first: drawing never reads another file or the network.
        if (SvgCleaner.TryRead(bytes, out error) is not { } document)
        {
            return null;
        }

        using var typefaces = new HandoutTypefaces(fonts);
        using var svg = new SKSvg();
        svg.Settings.EnableJavaScript = false;
        svg.Settings.EnableExternalJavaScript = false;
        svg.Settings.TypefaceProviders = [typefaces];
        SKPicture? picture;
        try
        {
            using var reader = new XmlNodeReader(document);
            picture = svg.Load(reader);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = e.Message.Trim().TrimEnd('.');
            return null;
        }

        var bounds = picture?.CullRect ?? SKRect.Empty;
        // A size in units the renderer does not resolve on the root (em, ex) comes out as a pixel or two: no picture.
        if (picture is null || !(bounds.Width > 0) || !(bounds.Height > 0) || (bounds.Width < 2 && bounds.Height < 2))
        {
            error = "the SVG has no drawable size (width, height or viewBox)";
            return null;
        }

        if (bounds.Width > MaxNaturalSide || bounds.Height > MaxNaturalSide)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"the SVG claims a size of {bounds.Width:0} × {bounds.Height:0} pixels (at most {MaxNaturalSide:0} a side)");
            return null;
        }

        var scale = Math.Min(Resolution, MaxSide / Math.Max(bounds.Width, bounds.Height));
        var width = Math.Max(1, (int)Math.Ceiling(bounds.Width * scale));
        var height = Math.Max(1, (int)Math.Ceiling(bounds.Height * scale));
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale((float)scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(picture);
        }

        // The "up" filter alone: a quarter of the time of trying every filter on each row, for a file about 15 % larger.
        using var pixels = bitmap.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.Up, 6));
        if (png is null)
        {
            error = "the drawing could not be encoded";
            return null;
        }

        error = null;
        return new SvgRaster(png.ToArray(), bounds.Width, bounds.Height, SvgCleaner.Serialize(document)) { PixelsPerCssPixel = width / bounds.Width };
    }

    /// <summary>
    /// Text in an SVG is drawn with the document's faces (monospace families with the monospace face, bold and italic
    /// with theirs), never with whatever fonts the machine happens to have: the same file gives the same picture.
    /// </summary>
    private sealed class HandoutTypefaces : ITypefaceProvider, IDisposable
    {
        private readonly FontSet? _fonts;
        private readonly Dictionary<FontFace, SKTypeface> _loaded = [];

        public HandoutTypefaces(FontSet? fonts) => _fonts = fonts;

        public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle)
        {
            if (_fonts is null)
            {
                return null;
            }

            var bold = fontWeight >= SKFontStyleWeight.SemiBold;
            var italic = fontStyle != SKFontStyleSlant.Upright;
            var family = fontFamily.ToLowerInvariant();
            var monospace = family.Contains("mono", StringComparison.Ordinal) || family.Contains("courier", StringComparison.Ordinal) || family.Contains("consol", StringComparison.Ordinal);
            var face = _fonts.Face(bold, italic, monospace);
            if (!_loaded.TryGetValue(face, out var typeface))
            {
                using var data = SKData.CreateCopy(face.Bytes);
                typeface = SKTypeface.FromData(data);
                _loaded[face] = typeface;
            }

            return typeface;
        }

        public void Dispose()
        {
            foreach (var typeface in _loaded.Values)
            {
                typeface.Dispose();
            }
        }
    }
}
