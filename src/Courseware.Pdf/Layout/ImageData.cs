using Courseware.Graphics;

namespace Courseware.Pdf.Layout;

/// <summary>The encodings of raster images a handout embeds (GIF is converted to PNG when read).</summary>
public enum ImageFormat
{
    Png,
    Jpeg,
}

/// <summary>An encoded raster image with its pixel size, read from the file header.</summary>
public sealed class ImageData
{
    private ImageData(byte[] bytes, ImageFormat format, int pixelWidth, int pixelHeight)
    {
        Bytes = bytes;
        Format = format;
        PixelWidth = pixelWidth;
        PixelHeight = pixelHeight;
    }

    public byte[] Bytes { get; }

    public ImageFormat Format { get; }

    public int PixelWidth { get; }

    public int PixelHeight { get; }

    /// <summary>
    /// Pixels per CSS pixel of its natural size: 1 for a photo or screenshot (a pixel is a CSS pixel), more for a picture
    /// drawn from an SVG at print resolution, whose natural size is what the SVG says, not its pixel count.
    /// </summary>
    public double PixelsPerCssPixel { get; private init; } = 1;

    /// <summary>Course-relative path of the file the image was read from, for diagnostics; null when unknown.</summary>
    public string? Source { get; private set; }

    /// <summary>Reads an image as <see cref="TryRead(byte[])"/> does and remembers the file it came from.</summary>
    public static ImageData? TryRead(byte[] bytes, string source)
    {
        var image = TryRead(bytes);
        if (image is not null)
        {
            image.Source = source;
        }

        return image;
    }

    /// <summary>Reads the format and pixel size from the header; null when the bytes are not a PNG, JPEG or GIF image.</summary>
    public static ImageData? TryRead(byte[] bytes)
    {
        if (bytes.Length > 24 && bytes[0] == 0x89 && bytes[1] == (byte)'P' && bytes[2] == (byte)'N' && bytes[3] == (byte)'G')
        {
            var w = BigEndian(bytes, 16);
            var h = BigEndian(bytes, 20);
            return w > 0 && h > 0 ? new ImageData(bytes, ImageFormat.Png, w, h) : null;
        }

        if (bytes.Length > 10 && bytes[0] == (byte)'G' && bytes[1] == (byte)'I' && bytes[2] == (byte)'F')
        {
            // Stored as PNG (the first frame; transparency kept): the PDF backend cannot read GIF.
            return GifAsPng(bytes) is { } png ? TryRead(png) : null;
        }

        if (bytes.Length > 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            return ReadJpeg(bytes);
        }

        return null;
    }

    /// <summary>The PNG an SVG was drawn as, with the SVG's natural size.</summary>
    internal static ImageData? FromSvg(SvgRaster raster, string source) =>
        TryRead(raster.Png, source) is { } image
            ? new ImageData(image.Bytes, image.Format, image.PixelWidth, image.PixelHeight) { Source = source, PixelsPerCssPixel = raster.PixelsPerCssPixel }
            : null;

    /// <summary>A synthetic image of the given pixel size (layout tests).</summary>
    public static ImageData ForLayout(int pixelWidth, int pixelHeight) => new([], ImageFormat.Png, pixelWidth, pixelHeight);

    private static ImageData? ReadJpeg(byte[] bytes)
    {
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                i++;
                continue;
            }

            var marker = bytes[i + 1];
            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7) or 0xFF)
            {
                i += marker == 0xFF ? 1 : 2;
                continue;
            }

            var length = (bytes[i + 2] << 8) | bytes[i + 3];
            var isStartOfFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                var h = (bytes[i + 5] << 8) | bytes[i + 6];
                var w = (bytes[i + 7] << 8) | bytes[i + 8];
                return w > 0 && h > 0 ? new ImageData(bytes, ImageFormat.Jpeg, w, h) : null;
            }

            i += 2 + length;
        }

        return null;
    }

    private static byte[]? GifAsPng(byte[] gif)
    {
        try
        {
            return EightBitPng.From(gif);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int BigEndian(byte[] b, int at) => (b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3];
}
