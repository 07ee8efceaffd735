namespace Courseware.Model;

/// <summary>How the tree is ordered.</summary>
public enum TocMode
{
    /// <summary>content-ref blocks from the root page (SUMMARY.md when the root has none).</summary>
    ContentRef,

    /// <summary>SUMMARY.md.</summary>
    Summary,
}

/// <summary>What the accessibility checks of the content (CW08xx) do.</summary>
public enum AccessibilityMode
{
    /// <summary>Report them as warnings (the default).</summary>
    Warn,

    /// <summary>Report them as errors: <c>check</c> fails and <c>export</c> refuses unless forced.</summary>
    Strict,

    /// <summary>Do not run them.</summary>
    Off,
}

/// <summary>Options that shape loading. Exporter options live in <see cref="Export.ExportOptions"/>.</summary>
public sealed record CourseSettings
{
    public TocMode Toc { get; init; } = TocMode.ContentRef;

    public bool IncludeHidden { get; init; }

    /// <summary>How the accessibility checks report (<c>--a11y</c>, <c>accessibility:</c>).</summary>
    public AccessibilityMode Accessibility { get; init; } = AccessibilityMode.Warn;

    /// <summary>Overrides of metadata (settings file or command line); null keeps what the course says.</summary>
    public string? Title { get; init; }

    public string? Language { get; init; }

    public string? Author { get; init; }

    public string? Id { get; init; }

    public string? Slug { get; init; }

    /// <summary>The organisation publishing the course (cover pages, manifest metadata).</summary>
    public string? Organisation { get; init; }

    /// <summary>Course-relative path of a logo image for cover pages.</summary>
    public string? Logo { get; init; }

    /// <summary>Default pass mark of quizzes, in percent.</summary>
    public double PassPercent { get; init; } = 80;

    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    public int MaxPages { get; init; } = 100_000;

    /// <summary>Largest single image or file a course may reference (videos and PDFs included).</summary>
    public long MaxAssetBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>Largest total size of the local images and files a course references, each counted once.</summary>
    public long MaxTotalAssetBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// The size of Markdown (every page file of the course folder together) up to which the pages' trees are kept in memory
    /// once loaded; a larger course lets each tree go and parses the page again each time its tree is read, so that memory
    /// does not grow with the trees (about eight times the Markdown). The trees and every output are the same either way.
    /// </summary>
    internal long KeepPageTreesUpToBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Keeps every page's tree, whatever the size of the course (tests comparing both ways).</summary>
    internal bool KeepPageTrees
    {
        get => KeepPageTreesUpToBytes == long.MaxValue;
        init => KeepPageTreesUpToBytes = value ? long.MaxValue : 0;
    }
}
