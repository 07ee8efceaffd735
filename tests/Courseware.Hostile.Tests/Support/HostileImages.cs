using System.Buffers.Binary;
using System.IO.Compression;

namespace Courseware.Hostile.Tests.Support;

/// <summary>Image bytes that are broken on purpose, and a valid one to break.</summary>
public static class HostileImages
{
    /// <summary>A valid 1x1 PNG.</summary>
    public static readonly byte[] Png1x1 = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>A valid tiny baseline JPEG header start (SOI, APP0, then cut).</summary>
    public static readonly byte[] JpegTruncated = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08];

    /// <summary>A PNG that is cut in the middle of its image data.</summary>
    public static byte[] PngTruncated => Png1x1[..40];

    /// <summary>A PNG header with only the signature.</summary>
    public static byte[] PngSignatureOnly => Png1x1[..8];

    /// <summary>A PNG whose header claims the given size; its data is a few bytes of a deflate stream, as a decompression bomb would start.</summary>
    public static byte[] PngClaiming(int width, int height, int bitDepth = 8, int colorType = 2)
    {
        using var ms = new MemoryStream();
        ms.Write(Png1x1.AsSpan(0, 8));
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(0), width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = (byte)bitDepth;
        ihdr[9] = (byte)colorType; // 2: RGB, 6: RGBA
        Chunk(ms, "IHDR", ihdr);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(new byte[4096]);
            }

            Chunk(ms, "IDAT", data.ToArray());
        }

        Chunk(ms, "IEND", []);
        return ms.ToArray();
    }

    public static byte[] Named(string name) => name switch
    {
        "png" => Png1x1,
        "png-truncated" => PngTruncated,
        "png-signature-only" => PngSignatureOnly,
        "png-huge" => PngClaiming(30_000, 30_000),
        "png-negative" => PngClaiming(-1, int.MaxValue),
        "png16-huge" => PngClaiming(30_000, 30_000, bitDepth: 16), // 16-bit: decoded by the PDF exporter itself
        "png16-large-alpha" => PngClaiming(15_000, 15_000, bitDepth: 16, colorType: 6),
        "jpeg-truncated" => JpegTruncated,
        "empty" => [],
        "not-an-image" => "<html><body>This is not an image</body></html>\n"u8.ToArray(),
        _ => throw new ArgumentException($"unknown blob '{name}'", nameof(name)),
    };

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32([.. typeBytes, .. data]));
        stream.Write(length);
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
