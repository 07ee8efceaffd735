using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Courseware.Pdf.Backend;

/// <summary>
/// PDFsharp compresses the streams it makes itself (font programs, their ToUnicode maps, images it decodes and their
/// transparency masks) into zlib streams without the Adler-32 checksum that RFC 1950 puts at the end, and some readers
/// (qpdf) warn about each. Once the file is written, each such stream gets its checksum: four bytes after its data, its
/// /Length and the cross-reference table updated to match.
/// </summary>
internal static class ZlibTrailers
{
    /// <summary>The checksum a zlib stream of <paramref name="zlib"/> lacks, or null when it has one (or is not a zlib stream we can read).</summary>
    public static byte[]? MissingChecksum(ReadOnlySpan<byte> zlib)
    {
        // A zlib header: deflate, and the header check (RFC 1950 2.2).
        if (zlib.Length < 2 || (zlib[0] & 0x0F) != 8 || ((zlib[0] << 8) | zlib[1]) % 31 != 0)
        {
            return null;
        }

        uint checksum;
        try
        {
            using var inflater = new DeflateStream(new MemoryStream(zlib[2..].ToArray(), writable: false), CompressionMode.Decompress);
            checksum = Adler32(inflater);
        }
        catch (InvalidDataException)
        {
            return null;
        }

        var trailer = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(trailer, checksum);
        return zlib.Length >= 6 && zlib[^4..].SequenceEqual(trailer) ? null : trailer;
    }

    /// <summary>Adler-32 of everything <paramref name="data"/> yields (RFC 1950 8.2).</summary>
    private static uint Adler32(Stream data)
    {
        const uint Modulus = 65521;
        // The largest run of bytes whose sums cannot overflow 32 bits before the modulus is taken.
        const int Run = 5552;
        uint a = 1, b = 0;
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = data.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (var start = 0; start < read; start += Run)
            {
                var end = Math.Min(read, start + Run);
                for (var i = start; i < end; i++)
                {
                    a += buffer[i];
                    b += a;
                }

                a %= Modulus;
                b %= Modulus;
            }
        }

        return (b << 16) | a;
    }

    /// <summary>
    /// Writes the file with <paramref name="trailers"/> (object number → the four bytes its stream lacks; the stream's
    /// current length) added at the end of those objects' streams; writes the file as it is when there is nothing to add
    /// or the file is not laid out as PDFsharp writes it (one classic cross-reference table, direct /Length values).
    /// </summary>
    public static void Write(Stream output, ReadOnlySpan<byte> pdf, IReadOnlyDictionary<int, (byte[] Trailer, int Length)> trailers)
    {
        var xref = trailers.Count == 0 ? null : CrossReference(pdf);
        // Where each addition goes: (position in the file, bytes replaced, bytes put there).
        var edits = new List<(int At, int Removed, byte[] Inserted)>();
        if (xref is not null)
        {
            foreach (var (number, (trailer, length)) in trailers.OrderBy(t => t.Key))
            {
                if (number < xref.Offsets.Count && xref.Offsets[number] is { } offset && StreamEdits(pdf, offset, length, trailer) is { } objectEdits)
                {
                    edits.AddRange(objectEdits);
                }
            }
        }

        if (xref is null || edits.Count == 0)
        {
            output.Write(pdf);
            return;
        }

        edits.Sort((x, y) => x.At.CompareTo(y.At));
        var from = 0;
        var written = 0L;
        foreach (var (at, removed, inserted) in edits)
        {
            output.Write(pdf[from..at]);
            output.Write(inserted);
            written += at - from + inserted.Length;
            from = at + removed;
        }

        output.Write(pdf[from..xref.TableStart]);
        written += xref.TableStart - from;
        WriteCrossReference(output, pdf, xref, edits, written);
    }

    /// <summary>The /Length value and the trailer of the stream of the object at <paramref name="offset"/>; null when the object is not as expected.</summary>
    private static (int At, int Removed, byte[] Inserted)[]? StreamEdits(ReadOnlySpan<byte> span, int offset, int length, byte[] trailer)
    {
        var streamKeyword = span[offset..].IndexOf(">>\nstream\n"u8);
        if (streamKeyword < 0)
        {
            return null;
        }

        var dataStart = offset + streamKeyword + 10;
        if (dataStart + length > span.Length || !span[(dataStart + length)..].StartsWith("\nendstream"u8))
        {
            return null;
        }

        var lengthKey = Encoding.ASCII.GetBytes("/Length " + length.ToString(CultureInfo.InvariantCulture));
        var dictionary = span[offset..(offset + streamKeyword + 2)];
        var keyAt = dictionary.IndexOf(lengthKey);
        if (keyAt < 0 || (keyAt + lengthKey.Length < dictionary.Length && char.IsAsciiDigit((char)dictionary[keyAt + lengthKey.Length])))
        {
            return null;
        }

        var newLength = Encoding.ASCII.GetBytes("/Length " + (length + trailer.Length).ToString(CultureInfo.InvariantCulture));
        return [(offset + keyAt, lengthKey.Length, newLength), (dataStart + length, 0, trailer)];
    }

    /// <summary>Where the table starts, each object's offset (null: a free entry), where the entries start, and the trailer up to the start of the table's offset after <c>startxref</c>.</summary>
    private sealed record CrossReferenceTable(int TableStart, List<int?> Offsets, int FirstEntry, byte[] Trailer, byte[] AfterStart);

    /// <summary>Reads the file's one cross-reference table (<c>xref</c>, one subsection from 0, 20-byte entries).</summary>
    private static CrossReferenceTable? CrossReference(ReadOnlySpan<byte> span)
    {
        var startxref = span.LastIndexOf("startxref"u8);
        if (startxref < 0)
        {
            return null;
        }

        var tableStart = ReadNumber(span, startxref + 9, out var afterStart);
        if (tableStart is not { } start || start <= 0 || start >= span.Length || !span[start..].StartsWith("xref"u8) || span[(start + 4)..startxref].IndexOf("xref"u8) >= 0)
        {
            return null;
        }

        var first = ReadNumber(span, start + 4, out var afterFirst);
        var count = ReadNumber(span, afterFirst, out var afterCount);
        if (first != 0 || count is not { } n)
        {
            return null;
        }

        var entries = afterCount;
        while (entries < span.Length && span[entries] is (byte)'\r' or (byte)'\n' or (byte)' ')
        {
            entries++;
        }

        var trailer = entries + (20 * n);
        if (trailer > span.Length || !span[trailer..].StartsWith("trailer"u8))
        {
            return null;
        }

        var offsets = new List<int?>(n);
        for (var i = 0; i < n; i++)
        {
            var entry = span.Slice(entries + (20 * i), 20);
            offsets.Add(entry[17] == 'n' && int.TryParse(entry[..10], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : null);
        }

        return new CrossReferenceTable(start, offsets, entries, span[trailer..(startxref + 9)].ToArray(), span[afterStart..].ToArray());
    }

    /// <summary>Writes the table with every offset moved by the edits before it, then the trailer and the new start of the table.</summary>
    private static void WriteCrossReference(Stream output, ReadOnlySpan<byte> pdf, CrossReferenceTable xref, List<(int At, int Removed, byte[] Inserted)> edits, long tableStart)
    {
        // shift[i]: how far the edits before edits[i] move what follows them.
        var positions = edits.Select(e => e.At).ToArray();
        var shift = new int[edits.Count + 1];
        for (var i = 0; i < edits.Count; i++)
        {
            shift[i + 1] = shift[i] + edits[i].Inserted.Length - edits[i].Removed;
        }

        output.Write(pdf[xref.TableStart..xref.FirstEntry]);
        var entries = pdf.Slice(xref.FirstEntry, 20 * xref.Offsets.Count).ToArray();
        Span<char> digits = stackalloc char[10];
        for (var i = 0; i < xref.Offsets.Count; i++)
        {
            if (xref.Offsets[i] is { } offset)
            {
                var before = positions.AsSpan().BinarySearch(offset);
                var moved = offset + shift[before >= 0 ? before : ~before];
                moved.TryFormat(digits, out _, "D10", CultureInfo.InvariantCulture);
                for (var d = 0; d < 10; d++)
                {
                    entries[(20 * i) + d] = (byte)digits[d];
                }
            }
        }

        output.Write(entries);
        output.Write(xref.Trailer);
        output.Write(Encoding.ASCII.GetBytes("\n" + tableStart.ToString(CultureInfo.InvariantCulture)));
        output.Write(xref.AfterStart);
    }

    private static int? ReadNumber(ReadOnlySpan<byte> span, int from, out int end)
    {
        var i = from;
        while (i < span.Length && span[i] is (byte)' ' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        var digits = i;
        while (i < span.Length && char.IsAsciiDigit((char)span[i]))
        {
            i++;
        }

        end = i;
        return i > digits && int.TryParse(span[digits..i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
