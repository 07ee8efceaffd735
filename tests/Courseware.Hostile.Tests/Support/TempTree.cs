using System.Security.Cryptography;

namespace Courseware.Hostile.Tests.Support;

/// <summary>A temporary folder on the real disk holding a course, a secret folder beside it and the output folders; deleted on dispose.</summary>
public sealed class TempTree : IDisposable
{
    /// <summary>Text of the file outside the course: it must never show up in an output.</summary>
    public const string Secret = "TOP-SECRET-OUTSIDE-7f3a";

    public TempTree()
    {
        Parent = Path.Combine(Path.GetTempPath(), "cw-hostile-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Course);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Outside, "secret.md"), "# " + Secret + "\n\n" + Secret + "\n");
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), Secret);
        File.WriteAllBytes(Path.Combine(Outside, "secret.png"), [.. HostileImages.Png1x1, .. System.Text.Encoding.ASCII.GetBytes(Secret)]);
        Directory.CreateDirectory(Path.Combine(Outside, "folder"));
        File.WriteAllText(Path.Combine(Outside, "folder", "page.md"), "# " + Secret);
    }

    public string Parent { get; }

    public string Course => Path.Combine(Parent, "course");

    public string Outside => Path.Combine(Parent, "outside");

    public string Out(string name = "out") => Path.Combine(Parent, name);

    /// <summary>Path, size and SHA-256 of every file and link under the parent folder except the given output folders.</summary>
    public SortedDictionary<string, string> Snapshot(params string[] except)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var skip = except.Select(e => Path.GetFullPath(e).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToArray();
        var pending = new Stack<string>();
        pending.Push(Parent);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            if (skip.Any(s => (dir + Path.DirectorySeparatorChar).StartsWith(s, StringComparison.Ordinal)))
            {
                continue;
            }

            result[Path.GetRelativePath(Parent, dir) + "/"] = "dir";
            foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
            {
                var rel = Path.GetRelativePath(Parent, entry.FullName);
                if (entry.LinkTarget is not null)
                {
                    result[rel] = "link -> " + entry.LinkTarget;
                }
                else if (entry is DirectoryInfo)
                {
                    pending.Push(entry.FullName);
                }
                else
                {
                    using var stream = File.OpenRead(entry.FullName);
                    result[rel] = $"{((FileInfo)entry).Length} {Convert.ToHexString(SHA256.HashData(stream))}";
                }
            }
        }

        return result;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the test result matters more.
        }
    }
}
