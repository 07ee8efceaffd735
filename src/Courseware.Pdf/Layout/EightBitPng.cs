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
    /// <summary>The re-encoded image; <see cref="InvalidDataException"/> (with the decoder's reason) when it cannot be decoded.</summary>
    public static byte[] From(byte[] encoded)
    {
        ImageResult decoded;
        try
        {
            decoded = ImageResult.FromMemory(encoded, ColorComponents.Default);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"the pixels could not be decoded ({e.Message})", e);
        }

        var channels = (int)decoded.Comp;
        var pixels = decoded.Data;
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
