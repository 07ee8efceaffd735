using System.Runtime.ExceptionServices;

namespace Courseware.Export.Packaging;

/// <summary>An entry compressed ahead of its turn: checksum, sizes and, unless it was too large to keep, its compressed bytes.</summary>
internal sealed class CompressedEntry : IDisposable
{
    public const ushort MethodStored = 0;
    public const ushort MethodDeflated = 8;

    private CompressedEntry(ushort method, uint crc, long uncompressedLength, long compressedLength, EntryBuffer? data, ExceptionDispatchInfo? failure)
    {
        Method = method;
        Crc = crc;
        UncompressedLength = uncompressedLength;
        CompressedLength = compressedLength;
        Data = data;
        Failure = failure;
    }

    public ushort Method { get; }

    public uint Crc { get; }

    public long UncompressedLength { get; }

    public long CompressedLength { get; }

    /// <summary>The compressed bytes, or null when they were too many to keep (the writer produces them again).</summary>
    public EntryBuffer? Data { get; }

    /// <summary>What the entry's writer threw, thrown again when the zip writer reaches the entry.</summary>
    public ExceptionDispatchInfo? Failure { get; }

    /// <summary>Runs the entry's writer through CRC-32 and, unless stored, deflate, keeping the result up to <paramref name="bufferLimit"/> bytes.</summary>
    public static CompressedEntry Compress(ZipEntrySource entry, int bufferLimit, CancellationToken cancellation)
    {
        var buffer = new EntryBuffer(bufferLimit);
        try
        {
            var (crc, length) = Produce(entry, buffer, cancellation);
            if (length == 0)
            {
                // Nothing to deflate: an empty entry is stored, as other zip writers do.
                buffer.Dispose();
                return new CompressedEntry(MethodStored, crc, 0, 0, null, null);
            }

            var kept = buffer.Overflowed ? null : buffer;
            if (kept is null)
            {
                buffer.Dispose();
            }

            return new CompressedEntry(entry.Stored ? MethodStored : MethodDeflated, crc, length, buffer.Length, kept, null);
        }
        catch (Exception e)
        {
            buffer.Dispose();
            return new CompressedEntry(MethodStored, 0, 0, 0, null, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>Writes the entry's bytes, deflated unless stored, to <paramref name="destination"/>; returns their CRC-32 and uncompressed length.</summary>
    public static (uint Crc, long Length) Produce(ZipEntrySource entry, Stream destination, CancellationToken cancellation)
    {
        if (entry.Stored)
        {
            var stored = new ChecksumStream(destination, cancellation);
            entry.Write(stored);
            return (stored.Crc, stored.Length);
        }

        // The writer's flushes stop at the checksum stream: a sync flush inside deflate would change the bytes.
        ChecksumStream deflated;
        using (var deflate = new System.IO.Compression.DeflateStream(destination, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            deflated = new ChecksumStream(deflate, cancellation);
            entry.Write(deflated);
        }

        return (deflated.Crc, deflated.Length);
    }

    public void Dispose() => Data?.Dispose();
}
