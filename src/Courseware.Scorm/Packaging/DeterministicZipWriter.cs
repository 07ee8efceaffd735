using System.IO.Compression;

namespace Courseware.Scorm.Packaging;

/// <summary>Writes a zip whose bytes depend only on its files: entries sorted by path, one fixed timestamp, already-compressed formats stored.</summary>
public static class DeterministicZipWriter
{
    private static readonly HashSet<string> StoredExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf", ".mp4", ".m4v", ".webm", ".mov", ".mp3", ".m4a", ".ogg",
        ".zip", ".gz", ".7z", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".woff", ".woff2",
    };

    /// <summary>True when the file's format is already compressed, so deflating it again would only cost time.</summary>
    public static bool IsAlreadyCompressed(string path) => StoredExtensions.Contains(System.IO.Path.GetExtension(path));

    public static void Write(Stream destination, IEnumerable<PackageFile> files, DateTimeOffset timestamp)
    {
        // Zip stores local time without a zone: write the UTC wall clock so the bytes do not depend on the machine's zone.
        var stamp = new DateTimeOffset(timestamp.UtcDateTime.Ticks, TimeSpan.Zero);
        if (stamp.Year < 1980)
        {
            stamp = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        }

        // A zip written to a stream that cannot seek uses data descriptors (other bytes): such a stream gets a buffered copy.
        if (!destination.CanSeek)
        {
            using var buffer = new MemoryStream();
            Write(buffer, files, stamp);
            buffer.Position = 0;
            buffer.CopyTo(destination);
            return;
        }

        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var level = IsAlreadyCompressed(file.Path) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
            var entry = zip.CreateEntry(file.Path, level);
            entry.LastWriteTime = stamp;
            using var stream = entry.Open();
            file.WriteTo(stream);
        }
    }
}
