namespace Courseware.Export;

/// <summary>Where exporters write files. Every file is written completely or not at all.</summary>
public interface IOutputSink
{
    /// <summary>Starts a file (a plain name like <c>course-scorm12.zip</c>, no folders). Write to <see cref="OutputFile.Stream"/>, then <see cref="OutputFile.Commit"/>; disposing without commit discards it.</summary>
    OutputFile Create(string fileName);
}

/// <summary>A file being written.</summary>
public abstract class OutputFile : IDisposable
{
    protected OutputFile(string fileName) => FileName = fileName;

    public string FileName { get; }

    public abstract Stream Stream { get; }

    /// <summary>Makes the file visible under its final name, replacing a previous one atomically.</summary>
    public abstract void Commit();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}
