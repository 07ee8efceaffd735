namespace Courseware.Export.Packaging;

/// <summary>How <see cref="DeterministicZipWriter"/> writes a zip; of the public settings only the timestamp changes its bytes.</summary>
public sealed record ZipWriterOptions
{
    /// <summary>The time of every entry (zip keeps local time without a zone: the UTC wall clock is written), clamped to 1980–2107.</summary>
    public DateTimeOffset Timestamp { get; init; } = ExportContext.DefaultTimestamp;

    /// <summary>How many entries are compressed at once, on as many worker threads; 1 compresses on the calling thread.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>Called on the calling thread after each entry is written, in entry order.</summary>
    public Action<ZipEntrySource>? EntryWritten { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>
    /// The largest compressed entry held in memory while it waits for its turn; a larger one is written in a second
    /// pass (its bytes produced again) straight to the output.
    /// </summary>
    internal int BufferLimit { get; init; } = 8 << 20;

    /// <summary>Sizes and offsets from this value on are written in Zip64 fields (lower only to test those fields on small zips).</summary>
    internal long Zip64Threshold { get; init; } = uint.MaxValue;

    /// <summary>Entry counts from this value on are written in the Zip64 end records.</summary>
    internal int Zip64EntryCountThreshold { get; init; } = ushort.MaxValue;
}
