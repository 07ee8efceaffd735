using System.Runtime.ExceptionServices;

namespace Courseware.Export.Packaging;

/// <summary>An entry compressed ahead of its turn: checksum, sizes and, unless it was too large to keep, its compressed bytes.</summary>
internal sealed class CompressedEntry : IDisposable
{
    public const ushort MethodStored = 0;
    public const ushort MethodDeflated = 8;

    private CompressedEntry(ushort method, uint crc, long uncompressedLength, long compressedLength, EntryBuffer? data, ExceptionDispatchInfo? failure, bool deferred = false)
    {
        Deferred = deferred;
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

    /// <summary>
    /// True when the entry went past the bytes kept in memory and was stopped there: checksum and sizes are unknown, and
    /// the zip writer writes the entry at its turn, straight to an output it can seek back in to fill in its header.
    /// </summary>
    public bool Deferred { get; }

    /// <summary>What the entry's writer threw, thrown again when the zip writer reaches the entry.</summary>
    public ExceptionDispatchInfo? Failure { get; }

    /// <summary>
    /// Runs the entry's writer through CRC-32 and, unless stored, deflate, keeping the result up to <paramref name="bufferLimit"/>
    /// bytes. Past that, with <paramref name="deferLarge"/> the writer is stopped and the entry left to the zip writer's turn;
    /// without, it runs to its end to learn the checksum and sizes (the bytes are produced again at the entry's turn).
    /// </summary>
    public static CompressedEntry Compress(ZipEntrySource entry, int bufferLimit, bool deferLarge, CancellationToken cancellation)
    {
        var buffer = new EntryBuffer(bufferLimit, stopAtLimit: deferLarge);
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
        catch (LimitReachedException)
        {
            buffer.Dispose();
            return new CompressedEntry(entry.Stored ? MethodStored : MethodDeflated, 0, 0, 0, null, null, deferred: true);
        }
        catch (Exception e)
        {
            buffer.Dispose();
            return new CompressedEntry(MethodStored, 0, 0, 0, null, ExceptionDispatchInfo.Capture(e));
        }
    }

    /// <summary>An entry whose checksum and sizes are known and whose bytes are to be produced again at its turn.</summary>
    public static CompressedEntry Measured(ushort method, uint crc, long uncompressedLength, long compressedLength) =>
        new(method, crc, uncompressedLength, compressedLength, null, null);

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
