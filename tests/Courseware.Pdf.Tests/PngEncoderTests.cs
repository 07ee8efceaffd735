using System.IO.Compression;
using Courseware.Pdf.Layout;
using StbImageSharp;
using Xunit;

namespace Courseware.Pdf.Tests;

public class PngEncoderTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(4, true)]
    public void Encoded_pixels_decode_to_the_same_pixels(int channels, bool adaptive)
    {
        var filters = adaptive ? PngRowFilters.Adaptive : PngRowFilters.None;
        const int width = 57, height = 41;
        var pixels = Pixels(width, height, channels);

        var png = PngEncoder.Encode(width, height, channels, pixels, filters, CompressionLevel.Optimal);

        var decoded = ImageResult.FromMemory(png, ColorComponents.Default);
        Assert.Equal((width, height, channels), (decoded.Width, decoded.Height, (int)decoded.Comp));
        Assert.Equal(pixels, decoded.Data);
        var rowFilters = RowFilterTypes(png, (width * channels) + 1);
        if (filters == PngRowFilters.None)
        {
            Assert.All(rowFilters, f => Assert.Equal(0, f));
        }
        else
        {
            // The picture mixes flat areas, gradients and noise, so rows pick different filters and each is exercised.
            Assert.True(rowFilters.Distinct().Count() >= 3, string.Join(",", rowFilters));
        }
    }

    [Fact]
    public void The_same_pixels_give_the_same_bytes()
    {
        var pixels = Pixels(40, 30, 3);

        Assert.Equal(
            PngEncoder.Encode(40, 30, 3, pixels, PngRowFilters.Adaptive, CompressionLevel.Optimal),
            PngEncoder.Encode(40, 30, 3, pixels.ToArray(), PngRowFilters.Adaptive, CompressionLevel.Optimal));
    }

    /// <summary>Top rows flat, then horizontal and vertical gradients, then noise.</summary>
    private static byte[] Pixels(int width, int height, int channels)
    {
        var pixels = new byte[width * height * channels];
        var random = new Random(7);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                for (var c = 0; c < channels; c++)
                {
                    pixels[(((y * width) + x) * channels) + c] = (y / 10) switch
                    {
                        0 => (byte)(60 + (c * 50)),
                        1 => (byte)((x * 4) + (c * 30)),
                        2 => (byte)((y * 6) + (c * 20)),
                        _ => (byte)random.Next(256),
                    };
                }
            }
        }

        return pixels;
    }

    private static List<int> RowFilterTypes(byte[] png, int rowLength)
    {
        var idat = png.AsSpan().IndexOf("IDAT"u8);
        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(idat - 4));
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(png, idat + 4, length), CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        return [.. inflated.ToArray().Chunk(rowLength).Select(r => (int)r[0])];
    }
}
