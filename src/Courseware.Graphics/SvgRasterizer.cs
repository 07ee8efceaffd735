using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
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
/// text, on white like the page it is printed on (an opaque RGB PNG: a PDF embeds it as it is, without decoding it again). The SVG is read as untrusted: no DTD
/// entity may grow past a bound, and every reference outside the file (images, fonts, style sheets, scripts by URL or
/// path) is dropped before drawing, so drawing never reads another file or the network; data: URIs and references
/// inside the file are kept.
/// </summary>
public static partial class SvgRasterizer
{
    /// <summary>Pixels per CSS pixel of the drawing.</summary>
    public const double Resolution = 3;

    /// <summary>The longest side of the drawing in pixels; a larger SVG is drawn at a lower resolution.</summary>
    public const int MaxSide = 3000;

    /// <summary>The largest natural side accepted, in CSS pixels (a bigger one is a broken size, not a picture).</summary>
    private const double MaxNaturalSide = 100_000;

    /// <summary>Whether a file extension names an SVG image (.svg, or .svgz compressed with gzip).</summary>
    public static bool IsSvgFile(string? extension) =>
        extension is not null && (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) || extension.Equals(".svgz", StringComparison.OrdinalIgnoreCase));

    /// <summary>The SVG drawn as a PNG; null with the reason in <paramref name="error"/> when it cannot be read or has no size.</summary>
    public static SvgRaster? TryRasterize(byte[] bytes, FontSet? fonts, out string? error)
    {
        XmlDocument document;
        try
        {
            document = ReadSafely(bytes);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or InvalidOperationException)
        {
            error = Reason(e);
            return null;
        }

        if (document.DocumentElement is not { LocalName: "svg" } root)
        {
            error = "the file is not an SVG image";
            return null;
        }

        DropExternalReferences(root);
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
            error = Reason(e);
            return null;
        }

        var bounds = picture?.CullRect ?? SKRect.Empty;
        if (picture is null || !(bounds.Width > 0) || !(bounds.Height > 0))
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
        return new SvgRaster(png.ToArray(), bounds.Width, bounds.Height, Serialize(document)) { PixelsPerCssPixel = width / bounds.Width };
    }

    /// <summary>
    /// Parses the XML with no resolver (an external entity or DTD is never fetched) and a bound on what entities may
    /// expand to (a "billion laughs" file fails instead of filling the memory); the DOCTYPE is then removed.
    /// </summary>
    private static XmlDocument ReadSafely(byte[] bytes)
    {
        Stream stream = new MemoryStream(bytes, writable: false);
        if (bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = 1_000_000,
            MaxCharactersInDocument = 256L * 1024 * 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using (stream)
        using (var reader = XmlReader.Create(stream, settings))
        {
            var document = new XmlDocument { XmlResolver = null };
            document.Load(reader);
            if (document.DocumentType is { } doctype)
            {
                document.RemoveChild(doctype);
            }

            return document;
        }
    }

    /// <summary>An exception's message as a clause of a diagnostic (no final full stop; an entity bomb named as such).</summary>
    private static string Reason(Exception e) =>
        e is XmlException && e.Message.Contains("MaxCharactersFromEntities", StringComparison.Ordinal)
            ? "its XML entities expand to more than a million characters"
            : e.Message.Trim().TrimEnd('.');

    private static byte[] Serialize(XmlDocument document)
    {
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }

    /// <summary>Removes scripts, event handlers and every reference that leaves the file.</summary>
    private static void DropExternalReferences(XmlElement root)
    {
        var scripts = new List<XmlElement>();
        foreach (var element in root.GetElementsByTagName("*").OfType<XmlElement>().Prepend(root))
        {
            if (element.LocalName.Equals("script", StringComparison.OrdinalIgnoreCase))
            {
                scripts.Add(element);
                continue;
            }

            foreach (var attribute in element.Attributes.OfType<XmlAttribute>().ToList())
            {
                var name = attribute.LocalName;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
                    || ((name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase)) && !IsInsideFile(attribute.Value)))
                {
                    element.Attributes.Remove(attribute);
                }
                else if (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) || attribute.Value.Contains("@import", StringComparison.OrdinalIgnoreCase))
                {
                    attribute.Value = CleanStyle(attribute.Value);
                }
            }

            if (element.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                element.InnerText = CleanStyle(element.InnerText);
            }
        }

        foreach (var script in scripts)
        {
            script.ParentNode?.RemoveChild(script);
        }
    }

    /// <summary>A reference to something in this file or carried by it: a fragment (#id) or a data: URI.</summary>
    private static bool IsInsideFile(string reference)
    {
        var value = reference.Trim();
        return value.StartsWith('#') || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>CSS without @import rules and with url(…) references that leave the file replaced by none.</summary>
    private static string CleanStyle(string css) =>
        ExternalUrl().Replace(Import().Replace(css, string.Empty), match => IsInsideFile(match.Groups["target"].Value) ? match.Value : "none");

    [GeneratedRegex(@"@import[^;]*;?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Import();

    [GeneratedRegex(@"url\(\s*['""]?(?<target>[^'"")]*)['""]?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExternalUrl();

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
