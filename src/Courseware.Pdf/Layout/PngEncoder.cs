using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Courseware.Pdf.Layout;

/// <summary>How <see cref="PngEncoder"/> prepares rows for compression.</summary>
internal enum PngRowFilters
{
    /// <summary>Rows as they are: best for pictures of few colours (a GIF, a palette PNG), and the cheapest.</summary>
    None,

    /// <summary>Each row with the filter the PNG specification's heuristic picks: best for screenshots and photographs.</summary>
    Adaptive,
}

/// <summary>
/// Writes 8-bit pixels as a PNG (grey, grey+alpha, RGB or RGBA). The output depends on the pixels and the settings only:
/// no time or text chunks, each row's filter chosen by a fixed rule.
/// </summary>
internal static class PngEncoder
{
    /// <summary>The PNG of <paramref name="pixels"/>: rows top to bottom, <paramref name="channels"/> bytes per pixel.</summary>
    public static byte[] Encode(int width, int height, int channels, ReadOnlySpan<byte> pixels, PngRowFilters filters, CompressionLevel level)
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

        using var compressed = new MemoryStream(pixels.Length / 4);
        using (var zlib = new ZLibStream(compressed, level, leaveOpen: true))
        {
            var rows = new RowFilter(stride, channels);
            for (var y = 0; y < height; y++)
            {
                var row = pixels.Slice(y * stride, stride);
                var above = y > 0 ? pixels.Slice((y - 1) * stride, stride) : default;
                zlib.Write(filters == PngRowFilters.Adaptive ? rows.Best(row, above) : rows.Unfiltered(row));
            }
        }

        using var output = new MemoryStream((int)compressed.Length + 64);
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = (byte)colorType; // compression, filter method and interlacing stay 0
        WriteChunk(output, "IHDR"u8, header);
        WriteChunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
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

    /// <summary>Filtered rows (filter type byte first), in buffers reused from row to row.</summary>
    private sealed class RowFilter(int stride, int bpp)
    {
        private readonly byte[][] _candidates = [.. Enumerable.Range(0, 5).Select(f => new byte[stride + 1])];

        public byte[] Unfiltered(ReadOnlySpan<byte> row)
        {
            var none = _candidates[0];
            row.CopyTo(none.AsSpan(1));
            return none;
        }

        /// <summary>
        /// The row under the filter whose output has the smallest sum of absolute (signed) values, the heuristic the PNG
        /// specification suggests; ties keep the lower filter number.
        /// </summary>
        public byte[] Best(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above)
        {
            Span<long> scores = stackalloc long[5];
            for (var filter = 0; filter < 5; filter++)
            {
                var output = _candidates[filter].AsSpan(1);
                _candidates[filter][0] = (byte)filter;
                switch (filter)
                {
                    case 0:
                        row.CopyTo(output);
                        break;
                    case 1:
                        for (var i = 0; i < row.Length; i++)
                        {
                            output[i] = (byte)(row[i] - (i >= bpp ? row[i - bpp] : 0));
                        }

                        break;
                    case 2:
                        for (var i = 0; i < row.Length; i++)
                        {
                            output[i] = (byte)(row[i] - (above.IsEmpty ? 0 : above[i]));
                        }

                        break;
                    case 3:
                        for (var i = 0; i < row.Length; i++)
                        {
                            var left = i >= bpp ? row[i - bpp] : 0;
                            var up = above.IsEmpty ? 0 : above[i];
                            output[i] = (byte)(row[i] - ((left + up) >> 1));
                        }

                        break;
                    default:
                        for (var i = 0; i < row.Length; i++)
                        {
                            var left = i >= bpp ? row[i - bpp] : 0;
                            var up = above.IsEmpty ? 0 : above[i];
                            var upLeft = i >= bpp && !above.IsEmpty ? above[i - bpp] : 0;
                            output[i] = (byte)(row[i] - Paeth(left, up, upLeft));
                        }

                        break;
                }

                long score = 0;
                foreach (var value in output)
                {
                    score += value < 128 ? value : 256 - value;
                }

                scores[filter] = score;
            }

            var best = 0;
            for (var filter = 1; filter < 5; filter++)
            {
                if (scores[filter] < scores[best])
                {
                    best = filter;
                }
            }

            return _candidates[best];
        }

        private static int Paeth(int a, int b, int c)
        {
            var p = a + b - c;
            var pa = Math.Abs(p - a);
            var pb = Math.Abs(p - b);
            var pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
