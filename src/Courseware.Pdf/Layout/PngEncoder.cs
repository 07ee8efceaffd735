using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Courseware.Pdf.Layout;

/// <summary>
/// Writes 8-bit pixels as a PNG (grey, grey+alpha, RGB or RGBA). The output depends on the pixels only: fixed
/// compression level, no time or text chunks, each row's filter chosen by a fixed rule.
/// </summary>
internal static class PngEncoder
{
    /// <summary>The PNG of <paramref name="pixels"/>: rows top to bottom, <paramref name="channels"/> bytes per pixel.</summary>
    public static byte[] Encode(int width, int height, int channels, ReadOnlySpan<byte> pixels)
    {
        var colorType = channels switch
        {
            1 => 0,
            2 => 4,
            3 => 2,
            4 => 6,
            _ => throw new ArgumentOutOfRangeException(nameof(channels)),
        };
        var stride = width * channels;
        if (pixels.Length != (long)stride * height)
        {
            throw new ArgumentException("the pixel buffer does not match the image size", nameof(pixels));
        }

        using var output = new MemoryStream();
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per channel
        header[9] = (byte)colorType; // compression, filter method and interlacing stay 0
        WriteChunk(output, "IHDR"u8, header);

        // Rows of few colours (a GIF, a diagram) compress best unfiltered, photographs and gradients with a filter per
        // row: both are compressed and the smaller kept.
        var unfiltered = Compress(pixels, stride, height, channels, adaptive: false);
        var filtered = Compress(pixels, stride, height, channels, adaptive: true);
        WriteChunk(output, "IDAT"u8, filtered.Length < unfiltered.Length ? filtered : unfiltered);
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    private static byte[] Compress(ReadOnlySpan<byte> pixels, int stride, int height, int channels, bool adaptive)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var filtered = new byte[stride + 1];
            var trial = new byte[stride + 1];
            for (var y = 0; y < height; y++)
            {
                var row = pixels.Slice(y * stride, stride);
                if (adaptive)
                {
                    var above = y > 0 ? pixels.Slice((y - 1) * stride, stride) : default;
                    FilterRow(row, above, channels, filtered, trial);
                }
                else
                {
                    row.CopyTo(filtered.AsSpan(1)); // filter byte 0: none
                }

                zlib.Write(filtered);
            }
        }

        return compressed.ToArray();
    }

    /// <summary>
    /// Filters one row into <paramref name="best"/> (filter byte first) with the filter whose output has the smallest sum
    /// of absolute values, the heuristic the PNG specification suggests; ties keep the lower filter number.
    /// </summary>
    private static void FilterRow(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, int bpp, byte[] best, byte[] trial)
    {
        var bestScore = long.MaxValue;
        for (var filter = 0; filter <= 4; filter++)
        {
            trial[0] = (byte)filter;
            long score = 0;
            for (var i = 0; i < row.Length; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0;
                int up = above.IsEmpty ? 0 : above[i];
                int upLeft = i >= bpp && !above.IsEmpty ? above[i - bpp] : 0;
                var predicted = filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) >> 1,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                };
                var value = (byte)(row[i] - predicted);
                trial[i + 1] = value;
                score += value < 128 ? value : 256 - value;
            }

            if (score < bestScore)
            {
                bestScore = score;
                trial.AsSpan().CopyTo(best);
            }
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        output.Write(number);
    }
}
