using System.Buffers.Binary;

namespace Courseware.Pdf.Backend;

/// <summary>
/// Which PNGs PDFsharp 6.2 draws correctly. Measured on every kind the format allows (the PngKindsTests matrix): it
/// refuses 16-bit samples, grey below 8 bits, 2-bit palettes and interlaced palettes below 8 bits ("Unsupported image
/// format"), and draws wrong pixels for an interlaced 8-bit grey image, for a palette below 8 bits with transparency, and
/// for grey or RGB made transparent by one colour (tRNS, which it ignores). Those are decoded by us instead.
/// </summary>
internal static class PdfSharpPngSupport
{
    /// <summary>
    /// Whether PDFsharp draws the PNG as it is. A file whose header cannot be read is left to PDFsharp, which reports it.
    /// </summary>
    public static bool DrawsAsItIs(byte[] png)
    {
        if (png.Length < 8 + 25 || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return true;
        }

        var bitDepth = png[24];
        var colorType = png[25];
        var interlaced = png[28] != 0;
        var transparency = HasTransparencyChunk(png);
        return (bitDepth, colorType) switch
        {
            (8, 3 or 4 or 6) => true,
            (8, 2) => !transparency,
            (8, 0) => !transparency && !interlaced,
            (1 or 4, 3) => !transparency && !interlaced,
            _ => false,
        };
    }

    /// <summary>Whether a tRNS chunk comes before the image data (where the format puts it).</summary>
    private static bool HasTransparencyChunk(byte[] png)
    {
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = png.AsSpan(at + 4, 4);
            if (type.SequenceEqual("tRNS"u8))
            {
                return true;
            }

            if (length < 0 || length > png.Length - at - 12 || type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                return false;
            }

            at += 12 + length;
        }

        return false;
    }
}
