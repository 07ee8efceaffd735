using System.Buffers.Binary;
using System.IO.Compression;

namespace Courseware.Pdf.Tests;

/// <summary>
/// PNGs of every kind the format allows (bit depth × colour type × interlacing), made in code, with the 8-bit RGBA
/// pixels a correct decoder must give for them.
/// </summary>
internal sealed class PngFixture
{
    private PngFixture(int width, int height, int bitDepth, int colorType, bool interlaced, bool transparent, byte[] bytes, byte[] rgba)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Interlaced = interlaced;
        Transparent = transparent;
        Bytes = bytes;
        Rgba = rgba;
    }

    public int Width { get; }

    public int Height { get; }

    public int BitDepth { get; }

    public int ColorType { get; }

    public bool Interlaced { get; }

    /// <summary>Whether some pixels are not opaque (an alpha channel with values below the maximum, or tRNS).</summary>
    public bool Transparent { get; }

    /// <summary>The encoded file.</summary>
    public byte[] Bytes { get; }

    /// <summary>The expected pixels, 8-bit RGBA, row by row.</summary>
    public byte[] Rgba { get; }

    public override string ToString() =>
        $"{BitDepth}-bit {Kind(ColorType)}{(Interlaced ? " interlaced" : "")}{(Transparent && ColorType is not (4 or 6) ? " tRNS" : "")}";

    /// <summary>Every (bit depth, colour type) pair the PNG specification allows.</summary>
    public static IEnumerable<(int BitDepth, int ColorType)> AllowedKinds()
    {
        foreach (var depth in new[] { 1, 2, 4, 8, 16 })
        {
            yield return (depth, 0);
        }

        foreach (var depth in new[] { 1, 2, 4, 8 })
        {
            yield return (depth, 3);
        }

        foreach (var type in new[] { 2, 4, 6 })
        {
            yield return (8, type);
            yield return (16, type);
        }
    }

    public static string Kind(int colorType) => colorType switch
    {
        0 => "grey",
        2 => "RGB",
        3 => "palette",
        4 => "grey+alpha",
        6 => "RGBA",
        _ => throw new ArgumentOutOfRangeException(nameof(colorType)),
    };

    /// <summary>
    /// A PNG whose samples vary across the picture. At 16 bits the high and low bytes of every sample differ, so a
    /// decoder that keeps the wrong byte shows wrong pixels; colour channels differ from each other, so swapped channels
    /// show too; alpha (when <paramref name="transparent"/>) runs from fully transparent to opaque.
    /// </summary>
    public static PngFixture Make(int width, int height, int bitDepth, int colorType, bool interlaced = false, bool transparent = false)
    {
        var channels = colorType switch { 0 or 3 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new ArgumentOutOfRangeException(nameof(colorType)) };
        var max = (1 << bitDepth) - 1;
        var hasAlpha = colorType is 4 or 6;
        var paletteSize = colorType == 3 ? 1 << bitDepth : 0;
        var palette = new byte[paletteSize * 3];
        for (var i = 0; i < paletteSize; i++)
        {
            palette[(i * 3) + 0] = (byte)(30 + (i * 97 % 200));
            palette[(i * 3) + 1] = (byte)(250 - (i * 53 % 180));
            palette[(i * 3) + 2] = (byte)(i * 151 % 256);
        }

        int Sample(int x, int y, int c)
        {
            if (hasAlpha && c == channels - 1)
            {
                // Opaque unless asked for transparency; then a diagonal ramp with a fully transparent corner.
                return !transparent ? max : (x + y) == 0 ? 0 : Math.Min(max, (int)((long)max * ((x * 2) + y) / ((width * 2) + height)));
            }

            if (bitDepth == 16)
            {
                // High byte from the position, low byte its complement: keeping the low byte gives other values.
                var high = ((x * 37) + (y * 11) + (c * 70)) & 0xFF;
                return (high << 8) | (high ^ 0xA5);
            }

            return ((x * 3) + (y * 5) + (c * 70) + (x * y % 7)) % (max + 1);
        }

        // Grey or RGB transparency is one colour made transparent by tRNS: the colour of pixel (1, 0).
        var colourKey = transparent && !hasAlpha && colorType != 3;

        var rgba = new byte[width * height * 4];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var o = ((y * width) + x) * 4;
                byte Eight(int c) => (byte)(bitDepth == 16 ? Sample(x, y, c) >> 8 : Sample(x, y, c) * 255 / max);
                if (colorType == 3)
                {
                    var index = Sample(x, y, 0) % paletteSize;
                    rgba[o] = palette[index * 3];
                    rgba[o + 1] = palette[(index * 3) + 1];
                    rgba[o + 2] = palette[(index * 3) + 2];
                    rgba[o + 3] = transparent ? PaletteAlpha(index) : (byte)255;
                    continue;
                }

                var colour = colorType is 2 or 6 ? new[] { Eight(0), Eight(1), Eight(2) } : [Eight(0), Eight(0), Eight(0)];
                colour.CopyTo(rgba, o);
                rgba[o + 3] = hasAlpha ? Eight(channels - 1)
                    : colourKey && Enumerable.Range(0, channels).All(c => Sample(x, y, c) == Sample(1, 0, c)) ? (byte)0
                    : (byte)255;
            }
        }

        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = (byte)bitDepth;
        header[9] = (byte)colorType;
        header[12] = (byte)(interlaced ? 1 : 0);
        Chunk(output, "IHDR", header);
        if (colorType == 3)
        {
            Chunk(output, "PLTE", palette);
            if (transparent)
            {
                Chunk(output, "tRNS", [.. Enumerable.Range(0, paletteSize).Select(PaletteAlpha)]);
            }
        }
        else if (colourKey)
        {
            var trns = new byte[channels * 2];
            for (var c = 0; c < channels; c++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(trns.AsSpan(c * 2), (ushort)Sample(1, 0, c));
            }

            Chunk(output, "tRNS", trns);
        }

        using var raw = new MemoryStream();
        foreach (var (x0, y0, dx, dy) in interlaced ? Adam7 : [(0, 0, 1, 1)])
        {
            var passWidth = (width - x0 + dx - 1) / dx;
            if (passWidth <= 0)
            {
                continue;
            }

            for (var y = y0; y < height; y += dy)
            {
                raw.WriteByte(0); // filter: none
                var bits = new List<int>();
                for (var x = x0; x < width; x += dx)
                {
                    for (var c = 0; c < channels; c++)
                    {
                        bits.Add(Sample(x, y, c));
                    }
                }

                raw.Write(PackRow(bits, bitDepth));
            }
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw.ToArray());
        }

        Chunk(output, "IDAT", compressed.ToArray());
        Chunk(output, "IEND", []);
        return new PngFixture(width, height, bitDepth, colorType, interlaced, transparent, output.ToArray(), rgba);

        byte PaletteAlpha(int index) => (byte)(index == 1 ? 0 : index * 255 / Math.Max(1, paletteSize - 1));
    }

    private static readonly (int X0, int Y0, int Dx, int Dy)[] Adam7 =
        [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)];

    private static byte[] PackRow(List<int> samples, int bitDepth)
    {
        if (bitDepth == 16)
        {
            var row = new byte[samples.Count * 2];
            for (var i = 0; i < samples.Count; i++)
            {
                BinaryPrimitives.WriteUInt16BigEndian(row.AsSpan(i * 2), (ushort)samples[i]);
            }

            return row;
        }

        var packed = new byte[((samples.Count * bitDepth) + 7) / 8];
        for (var i = 0; i < samples.Count; i++)
        {
            var bit = i * bitDepth;
            packed[bit / 8] |= (byte)(samples[i] << (8 - bitDepth - (bit % 8)));
        }

        return packed;
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        s.Write(buffer);
        byte[] typed = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        s.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, System.IO.Hashing.Crc32.HashToUInt32(typed));
        s.Write(buffer);
    }
}
