using System.Buffers.Binary;
using System.IO.Compression;

namespace Courseware.Pdf.Backend;

/// <summary>
/// The compressed pixel data of a PNG that a PDF image can carry as it is: PNG's zlib stream with its per-row filters is
/// what the PDF FlateDecode filter reads with /DecodeParms /Predictor 15, so such an image is embedded without being
/// decoded and compressed again. Only 8-bit grey or RGB images without transparency and without interlacing qualify;
/// any other PNG (alpha needs a soft mask, a palette or interlacing needs decoding) is left to the PDF library.
/// </summary>
internal sealed class PngImageStream
{
    private PngImageStream(int width, int height, int colors, byte[] data)
    {
        Width = width;
        Height = height;
        Colors = colors;
        Data = data;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Colour components per pixel: 1 (grey) or 3 (RGB).</summary>
    public int Colors { get; }

    public const int BitsPerComponent = 8;

    /// <summary>The PDF colour space of the pixels.</summary>
    public string ColorSpace => Colors == 1 ? "/DeviceGray" : "/DeviceRGB";

    /// <summary>The image's IDAT chunks joined: one zlib stream.</summary>
    public byte[] Data { get; }

    /// <summary>
    /// The image's compressed pixels when the PNG qualifies and is sound: the chunk structure is intact and its data
    /// inflates to exactly one filter byte (0-4) and <c>width × colors</c> bytes per row. Null otherwise.
    /// </summary>
    public static PngImageStream? TryRead(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 8 + 25 || !png.AsSpan(0, 8).SequenceEqual(signature))
        {
            return null;
        }

        int width = 0, height = 0, colors = 0;
        var idat = new List<(int Offset, int Length)>();
        var at = 8;
        var ended = false;
        while (!ended)
        {
            if (at + 12 > png.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || length > png.Length - at - 12)
            {
                return null;
            }

            var type = png.AsSpan(at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            if (type.SequenceEqual("IHDR"u8))
            {
                if (at != 8 || length != 13)
                {
                    return null;
                }

                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                // bit depth 8; colour type 0 (grey) or 2 (RGB); deflate; adaptive filtering; no interlace
                colors = data[9] switch { 0 => 1, 2 => 3, _ => 0 };
                if (width <= 0 || height <= 0 || data[8] != 8 || colors == 0 || data[10] != 0 || data[11] != 0 || data[12] != 0)
                {
                    return null;
                }
            }
            else if (type.SequenceEqual("IDAT"u8))
            {
                idat.Add((at + 8, length));
            }
            else if (type.SequenceEqual("tRNS"u8))
            {
                return null; // a transparent colour needs a mask
            }
            else if (type.SequenceEqual("IEND"u8))
            {
                ended = true;
            }

            at += 12 + length;
        }

        if (width == 0 || idat.Count == 0)
        {
            return null;
        }

        var joined = new byte[idat.Sum(c => c.Length)];
        var to = 0;
        foreach (var (offset, length) in idat)
        {
            png.AsSpan(offset, length).CopyTo(joined.AsSpan(to));
            to += length;
        }

        return Inflates(joined, width, height, colors) ? new PngImageStream(width, height, colors, joined) : null;
    }

    /// <summary>Whether the zlib stream inflates to the expected rows, each starting with a known filter type.</summary>
    private static bool Inflates(byte[] zlib, int width, int height, int colors)
    {
        var row = 1 + ((long)width * colors);
        var expected = row * height;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(zlib, writable: false), CompressionMode.Decompress);
            var buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                // Filter bytes in this chunk: positions that are multiples of the row length.
                var first = total % row == 0 ? total : total + (row - (total % row));
                for (var p = first; p < total + read && p < expected; p += row)
                {
                    if (buffer[p - total] > 4)
                    {
                        return false;
                    }
                }

                total += read;
                if (total > expected)
                {
                    return false;
                }
            }

            return total == expected;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
