using System.IO.Abstractions;

namespace Courseware.Export;

/// <summary>Writes outputs into one folder: each file goes to a temporary name in that folder and is renamed into place when complete.</summary>
public sealed class FileSystemOutputSink : IOutputSink
{
    /// <summary>Prefix of temporary files; a later run removes leftovers of an interrupted one.</summary>
    public const string TempPrefix = ".courseware-tmp-";

    private readonly IFileSystem _fs;
    private readonly List<string> _written = [];
    private readonly Lock _lock = new();
    private int _counter;

    public FileSystemOutputSink(IFileSystem fileSystem, string directory)
    {
        _fs = fileSystem;
        Directory = _fs.Path.GetFullPath(directory);
    }

    public string Directory { get; }

    /// <summary>Files committed so far (full paths), in commit order.</summary>
    public IReadOnlyList<string> Written
    {
        get
        {
            lock (_lock)
            {
                return [.. _written];
            }
        }
    }

    /// <summary>Removes temporary files left by an interrupted run.</summary>
    public void CleanStaleTemporaries()
    {
        if (!_fs.Directory.Exists(Directory))
        {
            return;
        }

        foreach (var file in _fs.Directory.EnumerateFiles(Directory, TempPrefix + "*"))
        {
            _fs.File.Delete(file);
        }
    }

    public OutputFile Create(string fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName) || fileName != _fs.Path.GetFileName(fileName) || fileName is "." or ".." || fileName.StartsWith(TempPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Output name '{fileName}' must be a plain file name.", nameof(fileName));
        }

        _fs.Directory.CreateDirectory(Directory);
        var n = Interlocked.Increment(ref _counter);
        var temp = _fs.Path.Combine(Directory, $"{TempPrefix}{Environment.ProcessId}-{n}-{fileName}");
        return new AtomicFile(this, fileName, temp, _fs.Path.Combine(Directory, fileName));
    }

    private sealed class AtomicFile : OutputFile
    {
        private readonly FileSystemOutputSink _sink;
        private readonly string _temp;
        private readonly string _final;
        private readonly FileSystemStream _stream;
        private bool _committed;

        public AtomicFile(FileSystemOutputSink sink, string fileName, string temp, string final)
            : base(fileName)
        {
            _sink = sink;
            _temp = temp;
            _final = final;
            _stream = sink._fs.File.Create(temp);
        }

        public override Stream Stream => _stream;

        public override void Commit()
        {
            if (_committed)
            {
                return;
            }

            _stream.Flush(flushToDisk: true);
            _stream.Dispose();
            _sink._fs.File.Move(_temp, _final, overwrite: true);
            _committed = true;
            lock (_sink._lock)
            {
                _sink._written.Add(_final);
            }
        }

        protected override void Dispose(bool disposing)
        {
            _stream.Dispose();
            if (!_committed && _sink._fs.File.Exists(_temp))
            {
                _sink._fs.File.Delete(_temp);
            }
        }
    }
}
