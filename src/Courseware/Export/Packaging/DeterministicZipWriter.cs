using System.Buffers.Binary;
using System.Text;

namespace Courseware.Export.Packaging;

/// <summary>
/// Writes a zip whose bytes depend only on its entries: the order given, one fixed timestamp, no data descriptors, and
/// the same bytes whatever the parallelism and whether or not the output can seek. Entries are compressed on worker
/// threads a bounded window ahead of the writer; Zip64 fields are written only when sizes, offsets or the entry count
/// need them.
/// </summary>
public static class DeterministicZipWriter
{
    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint EndSignature = 0x06054b50;
    private const ushort Zip64ExtraTag = 0x0001;
    private const ushort Utf8NamesFlag = 1 << 11;
    private const ushort VersionStored = 10;
    private const ushort VersionDeflated = 20;
    private const ushort VersionZip64 = 45;

    /// <summary>"Made by" Unix: readers such as Info-ZIP then trust the UTF-8 names flag and the file mode below.</summary>
    private const ushort MadeByUnix = 3 << 8;

    /// <summary>A regular file, rw-r--r--, in the high half of the external attributes (the Unix mode).</summary>
    private const uint RegularFileAttributes = 0x81A4u << 16;

    public static void Write(Stream destination, IEnumerable<ZipEntrySource> entries, ZipWriterOptions? options = null)
    {
        options ??= new ZipWriterOptions();
        var list = entries as IReadOnlyList<ZipEntrySource> ?? [.. entries];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            if (!names.Add(entry.Name))
            {
                throw new ArgumentException($"Two zip entries are named '{entry.Name}'.", nameof(entries));
            }
        }

        var (time, date) = DosTime(options.Timestamp);
        var output = new CountingStream(destination);
        var records = new List<CentralRecord>(list.Count);

        // 1. Entries, in order: compressed ahead on worker threads (or here, one at a time), written as their turn comes.
        //    On an output that can seek, an entry too large to keep in memory is written once, at its turn, its header
        //    filled in afterwards; otherwise its bytes are produced twice (checksum and sizes first, then the bytes).
        var seekable = destination.CanSeek;
        using (var pipeline = options.Parallelism > 1 && list.Count > 1 ? new CompressionPipeline(list, options, deferLarge: seekable) : null)
        {
            for (var i = 0; i < list.Count; i++)
            {
                options.CancellationToken.ThrowIfCancellationRequested();
                using var compressed = pipeline?.Take(i) ?? CompressedEntry.Compress(list[i], options.BufferLimit, seekable, options.CancellationToken);
                compressed.Failure?.Throw();
                records.Add(WriteEntry(output, list[i], compressed, time, date, options));
                options.EntryWritten?.Invoke(list[i]);
            }
        }

        // 2. Central directory, then the end records (Zip64 ones first when needed).
        var directoryStart = output.Position;
        foreach (var record in records)
        {
            WriteCentralHeader(output, record, time, date, options.Zip64Threshold);
        }

        WriteEnd(output, records.Count, directoryStart, output.Position - directoryStart, options.Zip64Threshold);
        output.Flush();
    }

    private static CentralRecord WriteEntry(CountingStream output, ZipEntrySource entry, CompressedEntry compressed, ushort time, ushort date, ZipWriterOptions options)
    {
        if (compressed.Deferred)
        {
            return WriteAtItsTurn(output, entry, compressed.Method, time, date, options);
        }

        var name = Encoding.UTF8.GetBytes(entry.Name);
        var flags = IsAscii(entry.Name) ? (ushort)0 : Utf8NamesFlag;
        var record = new CentralRecord(name, flags, compressed.Method, compressed.Crc, compressed.UncompressedLength, compressed.CompressedLength, output.Position);
        var zip64 = record.NeedsZip64Sizes(options.Zip64Threshold);

        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, LocalHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], zip64 ? VersionZip64 : record.Version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], flags);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], record.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(header[14..], record.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[18..], zip64 ? uint.MaxValue : (uint)record.CompressedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header[22..], zip64 ? uint.MaxValue : (uint)record.UncompressedLength);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], checked((ushort)name.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)(zip64 ? 20 : 0));
        output.Write(header);
        output.Write(name);
        if (zip64)
        {
            // The local Zip64 field holds both sizes, uncompressed first.
            Span<byte> extra = stackalloc byte[20];
            BinaryPrimitives.WriteUInt16LittleEndian(extra, Zip64ExtraTag);
            BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], 16);
            BinaryPrimitives.WriteInt64LittleEndian(extra[4..], record.UncompressedLength);
            BinaryPrimitives.WriteInt64LittleEndian(extra[12..], record.CompressedLength);
            output.Write(extra);
        }

        if (compressed.Data is { } data)
        {
            data.CopyTo(output, options.CancellationToken);
        }
        else if (record.UncompressedLength > 0)
        {
            // Too large to have been kept: produced again, straight to the output, and checked against the first pass.
            var start = output.Position;
            var (crc, length) = CompressedEntry.Produce(entry, output, options.CancellationToken);
            if (crc != record.Crc || length != record.UncompressedLength || output.Position - start != record.CompressedLength)
            {
                throw new InvalidOperationException($"The zip entry '{entry.Name}' gave other bytes the second time it was written.");
            }
        }

        return record;
    }

    /// <summary>
    /// Writes a large entry in one pass on an output that can seek: a header whose checksum and sizes are filled in once
    /// the bytes are written. The result is the same bytes as the two passes: when the sizes turn out to need Zip64
    /// fields, which that header has no room for, the entry is written again from its header with them.
    /// </summary>
    private static CentralRecord WriteAtItsTurn(CountingStream output, ZipEntrySource entry, ushort method, ushort time, ushort date, ZipWriterOptions options)
    {
        var headerAt = output.Position;
        var unknown = WriteEntry(output, entry, CompressedEntry.Measured(method, 0, 0, 0), time, date, options);
        var dataAt = output.Position;
        var (crc, length) = CompressedEntry.Produce(entry, output, options.CancellationToken);
        var record = unknown with { Crc = crc, UncompressedLength = length, CompressedLength = output.Position - dataAt };
        if (length == 0 || record.NeedsZip64Sizes(options.Zip64Threshold))
        {
            output.Rewind(headerAt);
            using var measured = length == 0 ? CompressedEntry.Measured(CompressedEntry.MethodStored, crc, 0, 0) : CompressedEntry.Measured(method, crc, length, record.CompressedLength);
            return WriteEntry(output, entry, measured, time, date, options);
        }

        Span<byte> fields = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(fields, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[4..], (uint)record.CompressedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(fields[8..], (uint)record.UncompressedLength);
        output.Overwrite(headerAt + 14, fields);
        return record;
    }

    private static void WriteCentralHeader(CountingStream output, CentralRecord record, ushort time, ushort date, long threshold)
    {
        var zip64Sizes = record.NeedsZip64Sizes(threshold);
        var zip64Offset = record.LocalHeaderOffset >= threshold;
        var extraLength = (zip64Sizes ? 16 : 0) + (zip64Offset ? 8 : 0);
        var version = zip64Sizes || zip64Offset ? VersionZip64 : record.Version;

        Span<byte> header = stackalloc byte[46];
        BinaryPrimitives.WriteUInt32LittleEndian(header, CentralHeaderSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], (ushort)(MadeByUnix | version));
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], version);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], record.Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], record.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], time);
        BinaryPrimitives.WriteUInt16LittleEndian(header[14..], date);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], record.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], zip64Sizes ? uint.MaxValue : (uint)record.CompressedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], zip64Sizes ? uint.MaxValue : (uint)record.UncompressedLength);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], (ushort)record.Name.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], (ushort)(extraLength == 0 ? 0 : extraLength + 4));
        // comment length, disk number, internal attributes: zero.
        BinaryPrimitives.WriteUInt32LittleEndian(header[38..], RegularFileAttributes);
        BinaryPrimitives.WriteUInt32LittleEndian(header[42..], zip64Offset ? uint.MaxValue : (uint)record.LocalHeaderOffset);
        output.Write(header);
        output.Write(record.Name);
        if (extraLength > 0)
        {
            // Only the fields whose 32-bit value is 0xFFFFFFFF, in the order the format gives.
            Span<byte> extra = stackalloc byte[28];
            BinaryPrimitives.WriteUInt16LittleEndian(extra, Zip64ExtraTag);
            BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], (ushort)extraLength);
            var at = 4;
            if (zip64Sizes)
            {
                BinaryPrimitives.WriteInt64LittleEndian(extra[at..], record.UncompressedLength);
                BinaryPrimitives.WriteInt64LittleEndian(extra[(at + 8)..], record.CompressedLength);
                at += 16;
            }

            if (zip64Offset)
            {
                BinaryPrimitives.WriteInt64LittleEndian(extra[at..], record.LocalHeaderOffset);
                at += 8;
            }

            output.Write(extra[..at]);
        }
    }

    private static void WriteEnd(CountingStream output, int count, long directoryStart, long directoryLength, long threshold)
    {
        var manyEntries = count >= ushort.MaxValue;
        var bigLength = directoryLength >= threshold;
        var bigStart = directoryStart >= threshold;
        if (manyEntries || bigLength || bigStart)
        {
            var zip64EndStart = output.Position;
            Span<byte> zip64End = stackalloc byte[56 + 20];
            BinaryPrimitives.WriteUInt32LittleEndian(zip64End, Zip64EndSignature);
            BinaryPrimitives.WriteUInt64LittleEndian(zip64End[4..], 44); // the size of the rest of this record
            BinaryPrimitives.WriteUInt16LittleEndian(zip64End[12..], VersionZip64);
            BinaryPrimitives.WriteUInt16LittleEndian(zip64End[14..], VersionZip64);
            // this disk and the directory's disk: 0
            BinaryPrimitives.WriteInt64LittleEndian(zip64End[24..], count);
            BinaryPrimitives.WriteInt64LittleEndian(zip64End[32..], count);
            BinaryPrimitives.WriteInt64LittleEndian(zip64End[40..], directoryLength);
            BinaryPrimitives.WriteInt64LittleEndian(zip64End[48..], directoryStart);
            var locator = zip64End[56..];
            BinaryPrimitives.WriteUInt32LittleEndian(locator, Zip64LocatorSignature);
            BinaryPrimitives.WriteInt64LittleEndian(locator[8..], zip64EndStart);
            BinaryPrimitives.WriteUInt32LittleEndian(locator[16..], 1); // one disk
            output.Write(zip64End);
        }

        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], manyEntries ? ushort.MaxValue : (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], manyEntries ? ushort.MaxValue : (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], bigLength ? uint.MaxValue : (uint)directoryLength);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], bigStart ? uint.MaxValue : (uint)directoryStart);
        output.Write(end);
    }

    /// <summary>The MS-DOS time and date of the timestamp's UTC wall clock (2-second steps), within the years zip can hold.</summary>
    private static (ushort Time, ushort Date) DosTime(DateTimeOffset timestamp)
    {
        var t = timestamp.UtcDateTime;
        if (t.Year < 1980)
        {
            t = new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        }
        else if (t.Year > 2107)
        {
            t = new DateTime(2107, 12, 31, 23, 59, 58, DateTimeKind.Utc);
        }

        return ((ushort)((t.Hour << 11) | (t.Minute << 5) | (t.Second / 2)), (ushort)(((t.Year - 1980) << 9) | (t.Month << 5) | t.Day));
    }

    private static bool IsAscii(string name)
    {
        foreach (var c in name)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What the central directory says of one written entry.</summary>
    private sealed record CentralRecord(byte[] Name, ushort Flags, ushort Method, uint Crc, long UncompressedLength, long CompressedLength, long LocalHeaderOffset)
    {
        public ushort Version => Method == CompressedEntry.MethodDeflated ? VersionDeflated : VersionStored;

        public bool NeedsZip64Sizes(long threshold) => UncompressedLength >= threshold || CompressedLength >= threshold;
    }
}
