using System.IO.Compression;

namespace Courseware.Docx.Packaging;

/// <summary>
/// Rewrites an Open XML package so that the same content always gives the same bytes: System.IO.Packaging stamps entries
/// with the current time, so entries are copied in a fixed order with a fixed time.
/// </summary>
internal static class DeterministicZip
{
    public static void Rewrite(Stream package, Stream output, DateTimeOffset timestamp)
    {
        var time = Clamp(timestamp);
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = source.Entries
            .OrderBy(e => Rank(e.FullName))
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries)
        {
            // Media is already compressed; storing it again saves time and changes nothing in size.
            var level = entry.FullName.StartsWith("word/media/", StringComparison.Ordinal) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            var copy = target.CreateEntry(entry.FullName, level);
            copy.LastWriteTime = time;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    // Word and other readers expect the content types first, then the package relationships.
    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };

    private static DateTimeOffset Clamp(DateTimeOffset t)
    {
        var min = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var max = new DateTimeOffset(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);
        var utc = t.ToUniversalTime();
        // Zip times carry no zone; an offset of zero keeps the stored time independent of the machine's zone.
        return new DateTimeOffset(utc < min ? min.DateTime : utc > max ? max.DateTime : utc.DateTime, TimeSpan.Zero);
    }
}
