using System.IO.Abstractions;
using Courseware.Export;

namespace Courseware.Cli.Watch;

/// <summary>Watches a course folder and calls back once per burst of changes (debounced), ignoring the output folder and editors' temporary files.</summary>
public sealed class CourseWatcher : IDisposable
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(300);

    private readonly IFileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly string _root;
    private readonly string? _ignoredFolder;
    private readonly TimeSpan _debounce;
    private readonly Action<IReadOnlyList<string>> _onChange;
    private readonly Lock _lock = new();
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);

    public CourseWatcher(IFileSystem fs, string root, string? ignoredFolder, TimeSpan debounce, Action<IReadOnlyList<string>> onChange)
    {
        _root = fs.Path.GetFullPath(root);
        _ignoredFolder = ignoredFolder is null ? null : fs.Path.GetFullPath(ignoredFolder);
        _debounce = debounce;
        _onChange = onChange;
        _timer = new Timer(_ => Flush());
        _watcher = fs.FileSystemWatcher.New(_root);
        _watcher.IncludeSubdirectories = true;
        _watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        _watcher.Changed += (_, e) => Touch(e.FullPath);
        _watcher.Created += (_, e) => Touch(e.FullPath);
        _watcher.Deleted += (_, e) => Touch(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Touch(e.OldFullPath);
            Touch(e.FullPath);
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>True for files no course is made of: editors' swap and backup files, partial downloads, our own temporaries, .git.</summary>
    public static bool IsTemporary(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Contains(".git") || parts.Contains("node_modules"))
        {
            return true;
        }

        var name = parts[^1];
        return name.StartsWith(".#", StringComparison.Ordinal)
            || name.StartsWith("~$", StringComparison.Ordinal)
            || name.StartsWith(FileSystemOutputSink.TempPrefix, StringComparison.Ordinal)
            || name.EndsWith('~')
            || name is "4913" or ".DS_Store" or "Thumbs.db"
            || (name.StartsWith('#') && name.EndsWith('#'))
            || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
        _timer.Dispose();
    }

    private void Touch(string fullPath)
    {
        if (_ignoredFolder is not null && (fullPath == _ignoredFolder || fullPath.StartsWith(_ignoredFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            return;
        }

        var relative = Path.GetRelativePath(_root, fullPath);
        if (relative.StartsWith("..", StringComparison.Ordinal) || IsTemporary(relative))
        {
            return;
        }

        lock (_lock)
        {
            _pending.Add(relative.Replace('\\', '/'));
            _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        // One rebuild at a time; changes that arrive meanwhile start the next one.
        lock (_onChange)
        {
            List<string> changed;
            lock (_lock)
            {
                changed = [.. _pending];
                _pending.Clear();
            }

            if (changed.Count > 0)
            {
                _onChange(changed);
            }
        }
    }
}
