using System.Buffers.Binary;
using System.IO.Compression;

namespace Courseware.Docx.Tests;

/// <summary>Small valid images built in memory.</summary>
internal static class TestImages
{
    /// <summary>A solid-colour RGB PNG of the given size, with a pHYs chunk when <paramref name="dpi"/> is given.</summary>
    /// <param name="textBytes">The size of a tEXt chunk written before pHYs (metadata that pushes the resolution far into the file).</param>
    public static byte[] Png(int width, int height, byte r, byte g, byte b, double? dpi = null, int textBytes = 0)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        Chunk(output, "IHDR", ihdr);
        if (textBytes > 0)
        {
            var text = new byte[textBytes];
            "Comment\0"u8.CopyTo(text);
            text.AsSpan(8).Fill((byte)'x');
            Chunk(output, "tEXt", text);
        }

        if (dpi is { } d)
        {
            var phys = new byte[9];
            var ppm = (uint)Math.Round(d / 0.0254);
            BinaryPrimitives.WriteUInt32BigEndian(phys, ppm);
            BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(4), ppm);
            phys[8] = 1;
            Chunk(output, "pHYs", phys);
        }

        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            for (var x = 0; x < width; x++)
            {
                // A diagonal band so the picture is visibly an image, not a block.
                var band = ((x + y) / 8) % 2 == 0;
                raw.WriteByte(band ? r : (byte)255);
                raw.WriteByte(band ? g : (byte)255);
                raw.WriteByte(band ? b : (byte)255);
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(z);
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>A 1×1 GIF.</summary>
    public static byte[] Gif() =>
    [
        0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
        0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B,
    ];

    /// <summary>The start of a JPEG file: SOI, JFIF APP0 with a density, <paramref name="appSegments"/> APP1 segments of 60 KB (like EXIF and XMP), SOF0 with the size.</summary>
    public static byte[] JpegHeader(int width, int height, int dpi, int appSegments = 0)
    {
        var bytes = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x01 };
        bytes.AddRange([(byte)(dpi >> 8), (byte)dpi, (byte)(dpi >> 8), (byte)dpi, 0x00, 0x00]);
        for (var i = 0; i < appSegments; i++)
        {
            const int length = 60_000;
            bytes.AddRange([0xFF, 0xE1, length >> 8, length & 0xFF]);
            bytes.AddRange(new byte[length - 2]);
        }

        bytes.AddRange([0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03]);
        bytes.AddRange(new byte[12]);
        return [.. bytes];
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var sum = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(sum, Crc32([.. typeBytes, .. data]));
        output.Write(sum);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
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
