using Markdig.Syntax;

namespace Courseware.Model;

/// <summary>What a link, image or GitBook url points to once resolved against the course.</summary>
public enum LinkTargetKind
{
    /// <summary>A page of the exported tree (optionally with an anchor).</summary>
    Page,

    /// <summary>A heading of the same page.</summary>
    Anchor,

    /// <summary>A local file (image, PDF, ...) recorded in <see cref="Course.Assets"/>.</summary>
    Asset,

    /// <summary>An http(s), mailto or other allowed external URL.</summary>
    External,

    /// <summary>Nothing could be found; a diagnostic was reported. Render as text.</summary>
    Broken,
}

/// <summary>The resolved target of a link; attached to Markdig nodes by the loader.</summary>
public sealed record ResolvedLink(LinkTargetKind Kind, string OriginalUrl, Page? Page = null, string? Anchor = null, Asset? Asset = null, string? ExternalUrl = null)
{
    private static readonly object DataKey = typeof(ResolvedLink);

    /// <summary>The resolved target recorded on a node, or null.</summary>
    public static ResolvedLink? Of(MarkdownObject node) => node.GetData(DataKey) as ResolvedLink;

    internal static void Attach(MarkdownObject node, ResolvedLink link) => node.SetData(DataKey, link);
}
