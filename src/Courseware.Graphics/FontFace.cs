using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Courseware.Graphics;

/// <summary>
/// One TrueType/OpenType font file: which characters it has (cmap), their advance widths (hmtx) and the vertical
/// metrics layout needs. Read here rather than through the PDF backend so layout can be measured and tested without it.
/// </summary>
public sealed class FontFace
{
    // Glyph index and advance (font units) of every BMP code point, so measuring text is two array reads per character;
    // code points beyond the BMP are looked up in _glyphs.
    private readonly ushort[] _bmpGlyphs;
    private readonly ushort[] _bmpAdvances = new ushort[0x10000];
    private readonly Dictionary<int, ushort> _glyphs;
    private readonly ushort[] _advances;
    private readonly double _unitsPerEm;

    private FontFace(string name, byte[] bytes, ushort[] bmpGlyphs, Dictionary<int, ushort> glyphs, ushort[] advances, double unitsPerEm, double ascent, double descent, double lineGap)
    {
        Name = name;
        Bytes = bytes;
        _bmpGlyphs = bmpGlyphs;
        _glyphs = glyphs;
        _advances = advances;
        _unitsPerEm = unitsPerEm;
        Ascent = ascent;
        Descent = descent;
        LineGap = lineGap;
        for (var c = 0; c < 0x10000; c++)
        {
            _bmpAdvances[c] = AdvanceOfGlyph(bmpGlyphs[c]);
        }

        Key = "cw-" + Convert.ToHexString(SHA256.HashData(bytes), 0, 8).ToLowerInvariant();
    }

    /// <summary>A human name (the file name) for messages.</summary>
    public string Name { get; }

    /// <summary>A name derived from the file content: the same file always gets the same key.</summary>
    public string Key { get; }

    public byte[] Bytes { get; }

    /// <summary>Ascent as a fraction of the font size (positive).</summary>
    public double Ascent { get; }

    /// <summary>Descent as a fraction of the font size (positive).</summary>
    public double Descent { get; }

    public double LineGap { get; }

    public bool HasGlyph(int codePoint) =>
        (uint)codePoint < 0x10000 ? _bmpGlyphs[codePoint] != 0 : _glyphs.TryGetValue(codePoint, out var g) && g != 0;

    /// <summary>Whether the digits 0-9 all have the same advance, so a number's width depends only on how many digits it has.</summary>
    public bool HasEqualWidthDigits
    {
        get
        {
            for (var c = '1'; c <= '9'; c++)
            {
                if (Units(c) != Units('0'))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Advance width of a code point in points at <paramref name="size"/>; 0 for missing glyphs.</summary>
    public double Advance(int codePoint, double size) => Units(codePoint) * size / _unitsPerEm;

    /// <summary>Width of a string drawn in this face.</summary>
    public double Measure(string text, double size) => Measure(text.AsSpan(), size);

    /// <summary>Width of a piece of text drawn in this face (the sum of its characters' advances, in order).</summary>
    public double Measure(ReadOnlySpan<char> text, double size)
    {
        double width = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int codePoint = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                codePoint = 0xFFFD; // what rune enumeration makes of a lone surrogate
            }

            width += Units(codePoint) * size / _unitsPerEm;
        }

        return width;
    }

    private ushort Units(int codePoint)
    {
        if ((uint)codePoint < 0x10000)
        {
            return _bmpAdvances[codePoint];
        }

        return AdvanceOfGlyph(_glyphs.TryGetValue(codePoint, out var glyph) ? glyph : (ushort)0);
    }

    private ushort AdvanceOfGlyph(ushort glyph) => _advances.Length == 0 ? (ushort)0 : _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>Parses a TTF/OTF file; null when it is not a font this reader understands (e.g. a collection).</summary>
    public static FontFace? TryLoad(string name, byte[] bytes)
    {
        try
        {
            return Load(name, bytes);
        }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private static FontFace? Load(string name, byte[] bytes)
    {
        var data = bytes.AsSpan();
        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version is not (0x00010000 or 0x4F54544F or 0x74727565))
        {
            return null;
        }

        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        int count = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        for (var i = 0; i < count; i++)
        {
            var entry = data.Slice(12 + (i * 16), 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]));
        }

        if (!tables.TryGetValue("head", out var head) || !tables.TryGetValue("hhea", out var hhea) || !tables.TryGetValue("hmtx", out var hmtx) || !tables.TryGetValue("cmap", out var cmap))
        {
            return null;
        }

        double unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(data[(head.Offset + 18)..]);
        double ascender = BinaryPrimitives.ReadInt16BigEndian(data[(hhea.Offset + 4)..]);
        double descender = BinaryPrimitives.ReadInt16BigEndian(data[(hhea.Offset + 6)..]);
        double lineGap = BinaryPrimitives.ReadInt16BigEndian(data[(hhea.Offset + 8)..]);
        int metricsCount = BinaryPrimitives.ReadUInt16BigEndian(data[(hhea.Offset + 34)..]);
        var advances = new ushort[metricsCount];
        for (var i = 0; i < metricsCount; i++)
        {
            advances[i] = BinaryPrimitives.ReadUInt16BigEndian(data[(hmtx.Offset + (i * 4))..]);
        }

        var bmpGlyphs = new ushort[0x10000];
        var glyphs = ReadCmap(data, cmap.Offset, bmpGlyphs);
        return new FontFace(name, bytes, bmpGlyphs, glyphs, advances, unitsPerEm, ascender / unitsPerEm, -descender / unitsPerEm, lineGap / unitsPerEm);
    }

    /// <summary>Fills <paramref name="bmp"/> with the glyph of each BMP code point; returns the glyphs of the others.</summary>
    private static Dictionary<int, ushort> ReadCmap(ReadOnlySpan<byte> data, int cmapOffset, ushort[] bmp)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(data[(cmapOffset + 2)..]);
        var best = -1;
        var bestScore = -1;
        for (var i = 0; i < count; i++)
        {
            var record = data[(cmapOffset + 4 + (i * 8))..];
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = cmapOffset + (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            int format = BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);
            var score = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => -1,
            };
            if (score > bestScore)
            {
                bestScore = score;
                best = offset;
            }
        }

        var map = new Dictionary<int, ushort>();
        if (best < 0)
        {
            return map;
        }

        int fmt = BinaryPrimitives.ReadUInt16BigEndian(data[best..]);
        if (fmt == 4)
        {
            int segCountX2 = BinaryPrimitives.ReadUInt16BigEndian(data[(best + 6)..]);
            var ends = best + 14;
            var starts = ends + segCountX2 + 2;
            var deltas = starts + segCountX2;
            var rangeOffsets = deltas + segCountX2;
            for (var s = 0; s < segCountX2 / 2; s++)
            {
                int end = BinaryPrimitives.ReadUInt16BigEndian(data[(ends + (s * 2))..]);
                int start = BinaryPrimitives.ReadUInt16BigEndian(data[(starts + (s * 2))..]);
                int delta = BinaryPrimitives.ReadInt16BigEndian(data[(deltas + (s * 2))..]);
                int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(data[(rangeOffsets + (s * 2))..]);
                for (var c = start; c <= end && c != 0xFFFF; c++)
                {
                    int glyph;
                    if (rangeOffset == 0)
                    {
                        glyph = (c + delta) & 0xFFFF;
                    }
                    else
                    {
                        var at = rangeOffsets + (s * 2) + rangeOffset + ((c - start) * 2);
                        glyph = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
                        if (glyph != 0)
                        {
                            glyph = (glyph + delta) & 0xFFFF;
                        }
                    }

                    bmp[c] = (ushort)glyph;
                }
            }
        }
        else if (fmt == 12)
        {
            var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(data[(best + 12)..]);
            for (var g = 0; g < groups; g++)
            {
                var group = data[(best + 16 + (g * 12))..];
                var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
                var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
                var glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
                for (var c = start; c <= end && c - start < 0x10000; c++)
                {
                    if ((uint)c < 0x10000)
                    {
                        bmp[c] = (ushort)(glyph + (c - start));
                    }
                    else
                    {
                        map[c] = (ushort)(glyph + (c - start));
                    }
                }
            }
        }

        return map;
    }
}
