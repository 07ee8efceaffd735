namespace Courseware.Scorm.Packaging;

/// <summary>
/// One file of a SCORM package: its path inside the zip ('/' separators) and how to write its bytes. Pages and assets are
/// written when the zip reaches them, so the package never holds every rendered page or asset in memory at once.
/// </summary>
public sealed class PackageFile
{
    private readonly Action<Stream> _write;

    /// <summary>A file whose bytes are already known.</summary>
    public PackageFile(string path, byte[] content)
        : this(path, stream => stream.Write(content))
    {
    }

    /// <summary>A file whose bytes <paramref name="write"/> produces into the zip entry when it is written.</summary>
    public PackageFile(string path, Action<Stream> write)
    {
        Path = path;
        _write = write;
    }

    public string Path { get; }

    /// <summary>Writes the file's bytes to <paramref name="destination"/>.</summary>
    public void WriteTo(Stream destination) => _write(destination);
}
