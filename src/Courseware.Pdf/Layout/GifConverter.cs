using System.Buffers.Binary;
using System.IO.Compression;

namespace Courseware.Pdf.Layout;

/// <summary>
/// Turns the first frame of a GIF into a PNG (RGBA, transparency kept): the PDF backend reads PNG and JPEG only.
/// Returns null for a damaged file.
/// </summary>
internal static class GifConverter
{
    public static byte[]? ToPng(byte[] gif)
    {
        try
        {
            return Convert(gif);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }

    private static byte[]? Convert(byte[] gif)
    {
        var width = gif[6] | (gif[7] << 8);
        var height = gif[8] | (gif[9] << 8);
        var flags = gif[10];
        var at = 13;
        byte[]? globalTable = null;
        if ((flags & 0x80) != 0)
        {
            var size = 3 * (1 << ((flags & 7) + 1));
            globalTable = gif[at..(at + size)];
            at += size;
        }

        var transparent = -1;
        while (at < gif.Length)
        {
            var block = gif[at++];
            if (block == 0x21)
            {
                var label = gif[at++];
                if (label == 0xF9 && gif[at] >= 4 && (gif[at + 1] & 1) != 0)
                {
                    transparent = gif[at + 4];
                }

                at = SkipSubBlocks(gif, at);
            }
            else if (block == 0x2C)
            {
                var left = gif[at] | (gif[at + 1] << 8);
                var top = gif[at + 2] | (gif[at + 3] << 8);
                var w = gif[at + 4] | (gif[at + 5] << 8);
                var h = gif[at + 6] | (gif[at + 7] << 8);
                var imageFlags = gif[at + 8];
                at += 9;
                var table = globalTable;
                if ((imageFlags & 0x80) != 0)
                {
                    var size = 3 * (1 << ((imageFlags & 7) + 1));
                    table = gif[at..(at + size)];
                    at += size;
                }

                if (table is null)
                {
                    return null;
                }

                var minCodeSize = gif[at++];
                var data = new MemoryStream();
                while (gif[at] != 0)
                {
                    data.Write(gif, at + 1, gif[at]);
                    at += gif[at] + 1;
                }

                var indices = Lzw(data.ToArray(), minCodeSize, w * h);
                var rgba = new byte[width * height * 4];
                var interlaced = (imageFlags & 0x40) != 0;
                var rows = interlaced ? InterlacedRows(h) : Enumerable.Range(0, h).ToArray();
                for (var i = 0; i < h; i++)
                {
                    var y = top + rows[i];
                    for (var x = 0; x < w && left + x < width && y < height; x++)
                    {
                        var index = indices[(i * w) + x];
                        if (index == transparent || (index * 3) + 2 >= table.Length)
                        {
                            continue;
                        }

                        var o = ((y * width) + left + x) * 4;
                        rgba[o] = table[index * 3];
                        rgba[o + 1] = table[(index * 3) + 1];
                        rgba[o + 2] = table[(index * 3) + 2];
                        rgba[o + 3] = 255;
                    }
                }

                return Png(width, height, rgba);
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    private static int SkipSubBlocks(byte[] gif, int at)
    {
        while (gif[at] != 0)
        {
            at += gif[at] + 1;
        }

        return at + 1;
    }

    private static int[] InterlacedRows(int height)
    {
        var rows = new List<int>(height);
        foreach (var (start, step) in new[] { (0, 8), (4, 8), (2, 4), (1, 2) })
        {
            for (var y = start; y < height; y += step)
            {
                rows.Add(y);
            }
        }

        return [.. rows];
    }

    private static byte[] Lzw(byte[] data, int minCodeSize, int pixelCount)
    {
        var output = new byte[pixelCount];
        var clear = 1 << minCodeSize;
        var end = clear + 1;
        var prefix = new int[4096];
        var suffix = new byte[4096];
        var length = new int[4096];
        for (var i = 0; i < clear; i++)
        {
            suffix[i] = (byte)i;
            length[i] = 1;
        }

        var codeSize = minCodeSize + 1;
        var next = end + 1;
        var previous = -1;
        var written = 0;
        var bitBuffer = 0;
        var bits = 0;
        var stack = new byte[4097];
        foreach (var b in data)
        {
            bitBuffer |= b << bits;
            bits += 8;
            while (bits >= codeSize)
            {
                var code = bitBuffer & ((1 << codeSize) - 1);
                bitBuffer >>= codeSize;
                bits -= codeSize;
                if (code == clear)
                {
                    codeSize = minCodeSize + 1;
                    next = end + 1;
                    previous = -1;
                    continue;
                }

                if (code == end)
                {
                    return output;
                }

                int first;
                var current = code;
                if (code >= next)
                {
                    if (previous < 0)
                    {
                        return output;
                    }

                    current = previous; // the KwKwK case: previous string plus its own first character
                }

                var n = 0;
                while (current >= clear)
                {
                    stack[n++] = suffix[current];
                    current = prefix[current];
                }

                stack[n++] = suffix[current];
                first = stack[n - 1];
                if (code >= next)
                {
                    // Emit previous string then its first character.
                    for (var i = n - 1; i >= 0 && written < pixelCount; i--)
                    {
                        output[written++] = stack[i];
                    }

                    if (written < pixelCount)
                    {
                        output[written++] = (byte)first;
                    }
                }
                else
                {
                    for (var i = n - 1; i >= 0 && written < pixelCount; i--)
                    {
                        output[written++] = stack[i];
                    }
                }

                if (previous >= 0 && next < 4096)
                {
                    prefix[next] = previous;
                    suffix[next] = (byte)first;
                    length[next] = length[previous] + 1;
                    next++;
                    if (next == (1 << codeSize) && codeSize < 12)
                    {
                        codeSize++;
                    }
                }

                previous = code;
            }
        }

        return output;
    }

    private static byte[] Png(int width, int height, byte[] rgba)
    {
        var raw = new byte[((width * 4) + 1) * height];
        for (var y = 0; y < height; y++)
        {
            Buffer.BlockCopy(rgba, y * width * 4, raw, (y * ((width * 4) + 1)) + 1, width * 4);
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        Chunk(output, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(raw);
            }

            Chunk(output, "IDAT", compressed.ToArray());
        }

        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        s.Write(buffer);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32(typed));
        s.Write(buffer);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
