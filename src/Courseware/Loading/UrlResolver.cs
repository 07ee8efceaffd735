using System.Text.RegularExpressions;
using Courseware.Diagnostics;

namespace Courseware.Loading;

/// <summary>What a URL written in a page designates.</summary>
public enum UrlKind
{
    /// <summary>A path inside the course (it may not exist).</summary>
    Local,

    /// <summary>Only an anchor: a heading of the same page.</summary>
    Anchor,

    /// <summary>http(s), mailto, tel: kept as is.</summary>
    External,

    /// <summary>GitBook's placeholders for links it could not resolve.</summary>
    Broken,

    /// <summary>Refused (absolute path, file: URL, drive or UNC path, disallowed scheme); a diagnostic was reported.</summary>
    Refused,
}

/// <summary>A URL resolved against the page that holds it.</summary>
public sealed record UrlTarget(UrlKind Kind, string Url, string? Path = null, string? Anchor = null);

/// <summary>Resolves URLs written in pages like a browser resolves relative URLs, confined to the course root.</summary>
public sealed partial class UrlResolver(CourseFileIndex index)
{
    public CourseFileIndex Index { get; } = index;

    /// <summary>Resolves <paramref name="rawUrl"/> written in a file of folder <paramref name="fromFolder"/> (course-relative, NFC, '' for the root).</summary>
    public UrlTarget Resolve(string fromFolder, string rawUrl, SourceLocation location, DiagnosticBag diagnostics)
    {
        var url = rawUrl.Trim();
        if (url.StartsWith('<') && url.EndsWith('>'))
        {
            url = url[1..^1].Trim();
        }

        if (url.Length == 0)
        {
            return new UrlTarget(UrlKind.Anchor, rawUrl, Anchor: string.Empty);
        }

        if (url.StartsWith('#'))
        {
            return new UrlTarget(UrlKind.Anchor, rawUrl, Anchor: Decode(url[1..]));
        }

        // Windows drive and UNC paths.
        if (DrivePath().IsMatch(url) || url.StartsWith(@"\\", StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticCodes.AbsolutePathRefused, location, rawUrl);
            return new UrlTarget(UrlKind.Refused, rawUrl);
        }

        var scheme = Scheme().Match(url);
        if (scheme.Success)
        {
            var name = scheme.Groups[1].Value.ToLowerInvariant();
            switch (name)
            {
                case "http" or "https":
                    return MapGitHubBlob(url) is { } local ? ResolvePath(fromFolder: string.Empty, "/" + local, rawUrl, location, diagnostics, fromRoot: true) : new UrlTarget(UrlKind.External, rawUrl);
                case "mailto" or "tel":
                    return new UrlTarget(UrlKind.External, rawUrl);
                case "file":
                    diagnostics.Report(DiagnosticCodes.FileUrlRefused, location, rawUrl);
                    return new UrlTarget(UrlKind.Refused, rawUrl);
                default:
                    diagnostics.Report(DiagnosticCodes.UnsupportedUrlScheme, location, rawUrl);
                    return new UrlTarget(UrlKind.Refused, rawUrl);
            }
        }

        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return new UrlTarget(UrlKind.External, "https:" + url);
        }

        if (url.StartsWith("/broken/", StringComparison.Ordinal) || IsBrokenReference(url))
        {
            return new UrlTarget(UrlKind.Broken, rawUrl);
        }

        if (url.StartsWith('/'))
        {
            // GitBook writes links from the space's root as '/folder/page.md': one naming a file or folder of the course is read from the course root.
            if (NamesCourseEntry(url))
            {
                return ResolvePath(fromFolder: string.Empty, url, rawUrl, location, diagnostics, fromRoot: true);
            }

            diagnostics.Report(DiagnosticCodes.AbsolutePathRefused, location, rawUrl);
            return new UrlTarget(UrlKind.Refused, rawUrl);
        }

        return ResolvePath(fromFolder, url, rawUrl, location, diagnostics, fromRoot: false);
    }

    private UrlTarget ResolvePath(string fromFolder, string url, string rawUrl, SourceLocation location, DiagnosticBag diagnostics, bool fromRoot)
    {
        string? anchor = null;
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            anchor = Decode(url[(hash + 1)..]);
            url = url[..hash];
        }

        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            url = url[..query];
        }

        var path = Decode(url).Replace('\\', '/');
        var segments = new List<string>();
        if (!fromRoot && fromFolder.Length > 0)
        {
            segments.AddRange(fromFolder.Split('/'));
        }

        var clamped = false;
        foreach (var segment in path.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                    {
                        clamped = true;
                    }
                    else
                    {
                        segments.RemoveAt(segments.Count - 1);
                    }

                    continue;
                default:
                    segments.Add(CourseFileIndex.Nfc(segment));
                    break;
            }
        }

        if (clamped)
        {
            diagnostics.Report(DiagnosticCodes.PathClimbsAboveRoot, location, rawUrl);
        }

        var key = string.Join('/', segments);
        if (Index.IsOutsideLink(key))
        {
            diagnostics.Report(DiagnosticCodes.SymlinkOutsideRefused, location, key);
            return new UrlTarget(UrlKind.Refused, rawUrl);
        }

        return new UrlTarget(UrlKind.Local, rawUrl, key, anchor);
    }

    /// <summary>GitBook's placeholder for a page it lost, written from the page's folder too: <c>broken-reference</c>, <c>../../guide/broken-reference/</c>.</summary>
    private static bool IsBrokenReference(string url)
    {
        var end = url.IndexOfAny(['#', '?']);
        foreach (var segment in (end >= 0 ? url[..end] : url).Split('/'))
        {
            if (segment == "broken-reference")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a root-relative path (anchor and query aside, no '..') names a page, file or folder of the course.</summary>
    private bool NamesCourseEntry(string url)
    {
        var end = url.IndexOfAny(['#', '?']);
        var segments = Decode(end >= 0 ? url[..end] : url).Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".."))
        {
            return false;
        }

        var key = string.Join('/', segments.Select(CourseFileIndex.Nfc));
        return FindPage(key) is not null || Index.FindFile(key) is not null || Index.IsFolder(key);
    }

    /// <summary>Finds the Markdown page a local path designates: the file, <c>folder/README.md</c>, or the path with <c>.md</c> added.</summary>
    public string? FindPage(string key)
    {
        if (key.Length > 0 && Index.FindFile(key) is not null && !Index.IsFolder(key))
        {
            return key;
        }

        if (Index.IsFolder(key))
        {
            var prefix = key.Length == 0 ? string.Empty : key + "/";
            foreach (var readme in new[] { "README.md", "readme.md", "Readme.md", "README.markdown" })
            {
                if (Index.FindFile(prefix + readme) is not null)
                {
                    return prefix + readme;
                }
            }
        }

        if (key.Length > 0 && !key.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && Index.FindFile(key + ".md") is not null)
        {
            return key + ".md";
        }

        return BuiltPageSource(key);
    }

    /// <summary>
    /// The page a link to the built site designates, as books made with the older GitBook (gitbook-cli) write them:
    /// <c>page.html</c> for <c>page.md</c>, <c>folder/index.html</c> for <c>folder/README.md</c>. Only when no such HTML file exists.
    /// </summary>
    private string? BuiltPageSource(string key)
    {
        if (!key.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || Index.FindFile(key) is not null)
        {
            return null;
        }

        var stem = key[..^".html".Length];
        var slash = stem.LastIndexOf('/');
        if (stem[(slash + 1)..] is "index")
        {
            var folder = slash < 0 ? string.Empty : stem[..slash];
            if (Index.IsFolder(folder) && FindPage(folder) is { } readme)
            {
                return readme;
            }
        }

        return stem.Length > 0 && Index.FindFile(stem + ".md") is not null ? stem + ".md" : null;
    }

    /// <summary>Percent-decoding that leaves invalid escapes (GitBook names with a literal <c>%u2019</c>) untouched.</summary>
    public static string Decode(string s) => s.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(s) : s;

    /// <summary>An absolute GitHub URL back to a file of this repository: <c>https://github.com/o/r/blob/branch/path.md</c>; the longest path suffix found in the course wins.</summary>
    private string? MapGitHubBlob(string url)
    {
        var m = GitHubBlob().Match(url);
        if (!m.Success)
        {
            return null;
        }

        var parts = Decode(m.Groups[1].Value).Split('/', StringSplitOptions.RemoveEmptyEntries).Select(CourseFileIndex.Nfc).ToArray();
        for (var skip = 0; skip < parts.Length; skip++)
        {
            var candidate = string.Join('/', parts.Skip(skip));
            if (FindPage(candidate) is not null || Index.FindFile(candidate) is not null)
            {
                return candidate + m.Groups[2].Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z]:[\\/]")]
    private static partial Regex DrivePath();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9+.\-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^https?://github\.com/[^/]+/[^/]+/(?:blob|tree)/[^/]+/([^#?]+)(#.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GitHubBlob();
}
