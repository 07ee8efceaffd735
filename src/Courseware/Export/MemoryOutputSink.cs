namespace Courseware.Export;

/// <summary>Keeps outputs in memory (for tests, previews and library users who want streams).</summary>
public sealed class MemoryOutputSink : IOutputSink
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public IReadOnlyDictionary<string, byte[]> Files
    {
        get
        {
            lock (_lock)
            {
                return new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal);
            }
        }
    }

    public OutputFile Create(string fileName) => new MemoryFile(this, fileName);

    private sealed class MemoryFile(MemoryOutputSink sink, string fileName) : OutputFile(fileName)
    {
        private readonly MemoryStream _stream = new();

        public override Stream Stream => _stream;

        public override void Commit()
        {
            lock (sink._lock)
            {
                sink._files[FileName] = _stream.ToArray();
            }
        }

        protected override void Dispose(bool disposing) => _stream.Dispose();
    }
}
