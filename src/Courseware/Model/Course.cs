using System.IO.Abstractions;
using Courseware.Diagnostics;

namespace Courseware.Model;

/// <summary>A loaded course: metadata, the page tree in reading order, assets and every diagnostic found while loading.</summary>
public sealed class Course
{
    public required string Title { get; init; }

    /// <summary>BCP 47 language tag, e.g. <c>fr-FR</c>.</summary>
    public required string Language { get; init; }

    public string? Description { get; init; }

    public string? Author { get; init; }

    /// <summary>The publishing organisation, from the settings file.</summary>
    public string? Organisation { get; init; }

    /// <summary>The logo image, when the settings name one that exists in the course.</summary>
    public Asset? Logo { get; init; }

    /// <summary>Stable identifier (front matter or settings <c>id</c>, else derived from title and root path).</summary>
    public required string Id { get; init; }

    /// <summary>File-name-safe short name used for output files (<c>{Slug}-scorm12.zip</c>).</summary>
    public required string Slug { get; init; }

    /// <summary>Absolute path of the course folder in <see cref="FileSystem"/>.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>The file system the course was read from; exporters read asset bytes through <see cref="OpenAsset"/>.</summary>
    public required IFileSystem FileSystem { get; init; }

    public required Page Root { get; init; }

    /// <summary>Every page of the tree in reading order (depth first), root first.</summary>
    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>Local and remote assets referenced by pages, each once, sorted by key.</summary>
    public required IReadOnlyList<Asset> Assets { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public required CourseSettings Settings { get; init; }

    /// <summary>
    /// True when the root page's content-refs are the course tree (its chapters); false when the tree comes from SUMMARY.md,
    /// where they are ordinary link cards in the root page's text.
    /// </summary>
    public bool TreeFromContentRefs { get; init; } = true;

    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Looks a page up by its course-relative path (NFC, '/' separators).</summary>
    public Page? FindPage(string path) => Pages.FirstOrDefault(p => string.Equals(p.Path, path, StringComparison.Ordinal));

    /// <summary>Opens a local asset for reading.</summary>
    public Stream OpenAsset(Asset asset)
    {
        if (asset.IsRemote || asset.Path is null)
        {
            throw new InvalidOperationException($"Asset '{asset.Key}' is remote and has no local bytes.");
        }

        return FileSystem.File.OpenRead(FileSystem.Path.Combine(RootDirectory, asset.DiskPath ?? asset.Path));
    }

    /// <summary>The whole content of a local asset, for an exporter that decodes or rewrites it (an image, an SVG).</summary>
    public byte[] ReadAsset(Asset asset)
    {
        using var stream = OpenAsset(asset);
        using var memory = new MemoryStream(asset.Size is > 0 and < int.MaxValue ? (int)asset.Size.Value : 0);
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>
    /// Whether <paramref name="block"/> is one of the root page's content-refs while those are the course tree (its
    /// chapters): the outputs show them as their table of contents, not as link cards. When SUMMARY.md builds the tree they
    /// are ordinary links of the root page's text.
    /// </summary>
    public bool IsChapterList(Page page, Markdig.Syntax.Block block) =>
        TreeFromContentRefs && page == Root && block is Markdown.GitBook.ContentRef.ContentRefBlock;
}
