using System.IO.Abstractions;
using System.Text;

namespace Courseware.Loading;

/// <summary>
/// Every file and folder under the course root, listed once, keyed by course-relative path in Unicode NFC with '/'
/// separators, mapping to the real on-disk name (macOS writes NFD names). Links leading outside the course are recorded as refused.
/// </summary>
public sealed class CourseFileIndex
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules", ".svn", ".hg" };

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal) { string.Empty };
    private readonly HashSet<string> _outsideLinks = new(StringComparer.Ordinal);
    private Dictionary<string, string?>? _filesIgnoringCase;

    private CourseFileIndex(IFileSystem fileSystem, string root)
    {
        FileSystem = fileSystem;
        Root = root;
    }

    public IFileSystem FileSystem { get; }

    /// <summary>Absolute path of the course folder.</summary>
    public string Root { get; }

    public IEnumerable<string> Files => _files.Keys;

    /// <summary>Lists the course folder iteratively (no recursion, so any depth is fine).</summary>
    public static CourseFileIndex Build(IFileSystem fs, string root)
    {
        var index = new CourseFileIndex(fs, root);
        var rootFull = WithSeparator(fs, fs.Path.GetFullPath(root));
        var pending = new Stack<(string Disk, string Key)>();
        pending.Push((root, string.Empty));
        while (pending.Count > 0)
        {
            var (dir, key) = pending.Pop();
            IEnumerable<IFileSystemInfo> entries;
            try
            {
                entries = fs.DirectoryInfo.New(dir).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var name = entry.Name;
                var childKey = key.Length == 0 ? Nfc(name) : key + "/" + Nfc(name);
                var childDisk = key.Length == 0 ? name : DiskOf(index, key) + "/" + name;
                if (entry.LinkTarget is not null && !IsInside(fs, entry, rootFull))
                {
                    index._outsideLinks.Add(childKey);
                    continue;
                }

                if (entry is IDirectoryInfo)
                {
                    if (SkippedFolders.Contains(name) || entry.LinkTarget is not null)
                    {
                        // Linked folders inside the course are reached through their real place.
                        continue;
                    }

                    index._folders.Add(childKey);
                    index._folderDisk[childKey] = childDisk;
                    pending.Push((entry.FullName, childKey));
                }
                else
                {
                    index._files.TryAdd(childKey, childDisk);
                }
            }
        }

        return index;
    }

    private readonly Dictionary<string, string> _folderDisk = new(StringComparer.Ordinal) { [string.Empty] = string.Empty };

    private static string DiskOf(CourseFileIndex index, string key) => index._folderDisk[key];

    /// <summary>The on-disk relative path of a file, or null.</summary>
    public string? FindFile(string key) => _files.TryGetValue(key, out var disk) ? disk : null;

    /// <summary>The one file whose key equals <paramref name="key"/> but for case (<c>Photo.PNG</c> for <c>photo.png</c>), or null when none or several.</summary>
    public string? FindFileDifferingInCase(string key)
    {
        var byFoldedKey = LazyInitializer.EnsureInitialized(ref _filesIgnoringCase, () =>
            _files.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count() == 1 ? g.Single() : null, StringComparer.OrdinalIgnoreCase));
        return byFoldedKey.TryGetValue(key, out var found) && found != key ? found : null;
    }

    public bool IsFolder(string key) => _folders.Contains(key);

    /// <summary>True when the path is a link to something outside the course.</summary>
    public bool IsOutsideLink(string key)
    {
        // The link may be the file itself or one of its folders.
        var k = key;
        while (true)
        {
            if (_outsideLinks.Contains(k))
            {
                return true;
            }

            var slash = k.LastIndexOf('/');
            if (slash < 0)
            {
                return false;
            }

            k = k[..slash];
        }
    }

    public string FullPath(string diskRelative) => FileSystem.Path.Combine(Root, diskRelative.Replace('/', FileSystem.Path.DirectorySeparatorChar));

    public long Length(string diskRelative) => FileSystem.FileInfo.New(FullPath(diskRelative)).Length;

    /// <summary>The size of every Markdown file of the course together, counted up to <paramref name="limit"/> (a larger sum stops there).</summary>
    public long MarkdownBytes(long limit)
    {
        long total = 0;
        foreach (var (_, disk) in _files)
        {
            if (total > limit)
            {
                break;
            }

            if (disk.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || disk.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            {
                total += Length(disk);
            }
        }

        return total;
    }

    public static string Nfc(string s) => s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);

    private static bool IsInside(IFileSystem fs, IFileSystemInfo entry, string rootFull)
    {
        try
        {
            var target = entry.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null)
            {
                return false;
            }

            var full = WithSeparator(fs, fs.Path.GetFullPath(target.FullName));
            return full.StartsWith(rootFull, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    private static string WithSeparator(IFileSystem fs, string path) =>
        path.EndsWith(fs.Path.DirectorySeparatorChar) ? path : path + fs.Path.DirectorySeparatorChar;
}
