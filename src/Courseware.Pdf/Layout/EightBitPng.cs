using System.IO.Compression;
using StbImageSharp;

namespace Courseware.Pdf.Layout;

/// <summary>
/// Decodes a PNG of any kind, or the first frame of a GIF, and writes it again as an 8-bit PNG of the same pixel size that
/// the PDF backend reads: grey or RGB when every pixel is opaque, grey+alpha or RGBA otherwise. 16-bit samples keep their
/// high byte.
/// </summary>
internal static class EightBitPng
{
    /// <summary>Most pixels an image may have to be decoded here (an 8,000 × 6,000 photo; a 16-bit RGBA image of that size takes 768 MB decoded).</summary>
    public const long MaxPixels = 48_000_000;

    /// <summary>The re-encoded image; <see cref="InvalidDataException"/> (with the decoder's reason) when it cannot be decoded.</summary>
    public static byte[] From(byte[] encoded)
    {
        ImageResult decoded;
        try
        {
            if (ImageInfo.FromStream(new MemoryStream(encoded, writable: false)) is { } info && (long)info.Width * info.Height > MaxPixels)
            {
                throw new InvalidDataException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{info.Width} × {info.Height} pixels is more than the {MaxPixels / 1_000_000} million a handout image may have"));
            }

            decoded = ImageResult.FromMemory(encoded, ColorComponents.Default);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not InvalidDataException)
        {
            throw new InvalidDataException($"the pixels could not be decoded ({e.Message})", e);
        }

        var channels = (int)decoded.Comp;
        var pixels = decoded.Data;
        if (encoded[0] == (byte)'G' && channels == 4 && FirstFrameBounds(encoded) is { } frame)
        {
            ClearOutside(pixels, decoded.Width, decoded.Height, frame);
        }

        if (channels is 2 or 4 && IsOpaque(pixels, channels))
        {
            pixels = WithoutAlpha(pixels, channels);
            channels--;
        }

        // An opaque result is embedded as it is compressed here (PngImageStream), so it is compressed well; one with alpha
        // is decoded again by PDFsharp, which compresses the pixels itself, so it is compressed fast.
        return channels is 1 or 3
            ? PngEncoder.Encode(decoded.Width, decoded.Height, channels, pixels, FewColours(encoded) ? PngRowFilters.None : PngRowFilters.Adaptive, CompressionLevel.Optimal)
            : PngEncoder.Encode(decoded.Width, decoded.Height, channels, pixels, PngRowFilters.None, CompressionLevel.Fastest);
    }

    /// <summary>Whether the source holds 256 colours at most (a GIF, a palette or low-depth PNG): rows compress best unfiltered.</summary>
    private static bool FewColours(byte[] encoded) =>
        encoded.Length > 25 && (encoded[0] == (byte)'G' || (encoded[0] == 0x89 && (encoded[25] == 3 || encoded[24] < 8)));

    /// <summary>
    /// The rectangle of a GIF's first image on its canvas; null when the blocks before it cannot be followed. The decoder
    /// paints the canvas outside that image with an opaque colour when the GIF names a background colour; browsers leave
    /// it transparent, and so do we.
    /// </summary>
    private static (int Left, int Top, int Width, int Height)? FirstFrameBounds(byte[] gif)
    {
        var at = 13;
        if (gif.Length > 10 && (gif[10] & 0x80) != 0)
        {
            at += 3 * (1 << ((gif[10] & 7) + 1)); // global colour table
        }

        while (at < gif.Length)
        {
            if (gif[at] == 0x21)
            {
                at += 2; // extension introducer and label, then sub-blocks up to an empty one
                while (at < gif.Length && gif[at] != 0)
                {
                    at += gif[at] + 1;
                }

                at++;
            }
            else if (gif[at] == 0x2C && at + 8 < gif.Length)
            {
                return (Little16(at + 1), Little16(at + 3), Little16(at + 5), Little16(at + 7));
            }
            else
            {
                return null;
            }
        }

        return null;

        int Little16(int i) => gif[i] | (gif[i + 1] << 8);
    }

    private static void ClearOutside(byte[] rgba, int width, int height, (int Left, int Top, int Width, int Height) frame)
    {
        for (var y = 0; y < height; y++)
        {
            var rowInside = y >= frame.Top && y < frame.Top + frame.Height;
            for (var x = 0; x < width; x++)
            {
                if (!rowInside || x < frame.Left || x >= frame.Left + frame.Width)
                {
                    rgba.AsSpan(((y * width) + x) * 4, 4).Clear();
                }
            }
        }
    }

    private static bool IsOpaque(byte[] pixels, int channels)
    {
        for (var i = channels - 1; i < pixels.Length; i += channels)
        {
            if (pixels[i] != 255)
            {
                return false;
            }
        }

        return true;
    }

    private static byte[] WithoutAlpha(byte[] pixels, int channels)
    {
        var colours = channels - 1;
        var result = new byte[pixels.Length / channels * colours];
        for (int from = 0, to = 0; from < pixels.Length; from += channels, to += colours)
        {
            pixels.AsSpan(from, colours).CopyTo(result.AsSpan(to));
        }

        return result;
    }
}
