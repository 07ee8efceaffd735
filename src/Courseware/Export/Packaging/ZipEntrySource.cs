namespace Courseware.Export.Packaging;

/// <summary>One entry of a zip to write: its name ('/' separators), whether it is stored as is, and how to write its bytes.</summary>
/// <remarks>
/// <see cref="Write"/> may run on a worker thread, and may run twice for an entry too large to hold in memory (once to
/// learn its checksum and sizes, once to write it): it must write the same bytes every time it is called.
/// </remarks>
public sealed class ZipEntrySource
{
    private static readonly HashSet<string> CompressedExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".pdf", ".mp4", ".m4v", ".webm", ".mov", ".mp3", ".m4a", ".ogg",
        ".zip", ".gz", ".7z", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".woff", ".woff2",
    };

    /// <param name="name">The entry's path inside the zip.</param>
    /// <param name="stored">True to store the bytes as they are (already-compressed formats), false to deflate them.</param>
    /// <param name="write">Writes the entry's uncompressed bytes to the stream it is given.</param>
    public ZipEntrySource(string name, bool stored, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Stored = stored;
        Write = write;
    }

    /// <summary>An entry stored when its name says its format is already compressed, deflated otherwise.</summary>
    public ZipEntrySource(string name, Action<Stream> write)
        : this(name, IsAlreadyCompressed(name), write)
    {
    }

    /// <summary>An entry whose bytes are already known.</summary>
    public ZipEntrySource(string name, byte[] content)
        : this(name, stream => stream.Write(content))
    {
    }

    public string Name { get; }

    public bool Stored { get; }

    public Action<Stream> Write { get; }

    /// <summary>True when the file's format is already compressed (by its extension), so deflating it again would only cost time.</summary>
    public static bool IsAlreadyCompressed(string path) => CompressedExtensions.Contains(System.IO.Path.GetExtension(path));
}
