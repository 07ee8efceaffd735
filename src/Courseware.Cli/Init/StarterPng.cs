using System.Buffers.Binary;
using System.IO.Compression;

namespace Courseware.Cli.Init;

/// <summary>Draws the starter course's illustration (three rising bars) as a small PNG, so the starter needs no binary file.</summary>
internal static class StarterPng
{
    public static byte[] Bars(int width = 640, int height = 360)
    {
        var rgb = new byte[height * ((width * 3) + 1)];
        var bars = new[] { (X: 120, H: 110, C: (R: 106, G: 106, B: 244)), (X: 270, H: 180, C: (R: 33, G: 64, B: 154)), (X: 420, H: 250, C: (R: 0, G: 0, B: 145)) };
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 3) + 1);
            rgb[row] = 0;
            for (var x = 0; x < width; x++)
            {
                var (r, g, b) = (255, 255, 255);
                if (y >= 300 && y < 304 && x >= 60 && x < 580)
                {
                    (r, g, b) = (58, 58, 58);
                }

                foreach (var bar in bars)
                {
                    if (x >= bar.X && x < bar.X + 100 && y < 300 && y >= 300 - bar.H)
                    {
                        (r, g, b) = bar.C;
                    }
                }

                var i = row + 1 + (x * 3);
                rgb[i] = (byte)r;
                rgb[i + 1] = (byte)g;
                rgb[i + 2] = (byte)b;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(rgb);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        Span<byte> sum = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, crc);
        png.Write(sum);
    }

    /// <summary>CRC-32 as PNG defines it (polynomial 0xEDB88320).</summary>
    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc;
    }
}
