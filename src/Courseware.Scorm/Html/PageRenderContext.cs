using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;
using Courseware.Scorm.Packaging;

namespace Courseware.Scorm.Html;

/// <summary>What the node renderers need to know about the page being rendered and the package it goes into.</summary>
public sealed class PageRenderContext
{
    public required Course Course { get; init; }

    public required Page Page { get; init; }

    public required PackageLayout Layout { get; init; }

    public required ExportOptions Options { get; init; }

    public required DiagnosticBag Diagnostics { get; init; }

    public required UiStrings Strings { get; init; }

    /// <summary>Package path of each asset the package holds (local files and downloaded remote ones).</summary>
    public required IReadOnlyDictionary<Asset, string> PackagedAssets { get; init; }

    public required RawHtmlSanitizer Sanitizer { get; init; }

    /// <summary>Levels added to Markdown heading levels (the single-SCO layout nests pages).</summary>
    public int HeadingShift { get; init; }

    private int _headingIndex;

    private Dictionary<Markdig.Syntax.MarkdownObject, string>? _elementIds;

    /// <summary>
    /// Gives <paramref name="node"/> the element id it is to be written with. Kept here, not on the node: the course
    /// model is shared by every exporter and read by several threads at once, so rendering never writes into it.
    /// </summary>
    public void AssignElementId(Markdig.Syntax.MarkdownObject node, string id) => (_elementIds ??= new(ReferenceEqualityComparer.Instance))[node] = id;

    /// <summary>The element id given with <see cref="AssignElementId"/>, or null.</summary>
    public string? AssignedElementId(Markdig.Syntax.MarkdownObject node) => _elementIds?.GetValueOrDefault(node);

    /// <summary>The GitBook id of a heading: the one the loader recorded for its line, else the one Markdig gave it.</summary>
    public string? HeadingId(Markdig.Syntax.HeadingBlock heading)
    {
        var index = _headingIndex++;
        var byLine = Page.Headings.FirstOrDefault(h => h.Line == heading.Line + 1);
        if (byLine is not null)
        {
            return byLine.Id;
        }

        var attributes = Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(heading);
        if (attributes?.Id is { Length: > 0 } id)
        {
            return id;
        }

        return index < Page.Headings.Count ? Page.Headings[index].Id : null;
    }

    /// <summary>Maps a URL written in raw HTML: course files go to their packaged copy, safe absolute URLs stay, others are dropped.</summary>
    public string? RawHtmlUrl(string url)
    {
        if (url.StartsWith('#'))
        {
            return "#" + Layout.HeadingElementId(Page, Uri.UnescapeDataString(url[1..]));
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return SafeExternalUrl(url);
        }

        var directory = Page.Path.Contains('/') ? Page.Path[..Page.Path.LastIndexOf('/')] : string.Empty;
        var combined = new List<string>();
        foreach (var segment in (directory.Length > 0 ? directory + "/" : string.Empty).Split('/').Concat(Uri.UnescapeDataString(url.Split('#', '?')[0]).Split('/')))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (combined.Count > 0)
                {
                    combined.RemoveAt(combined.Count - 1);
                }

                continue;
            }

            combined.Add(segment);
        }

        var path = string.Join('/', combined).Normalize(System.Text.NormalizationForm.FormC);
        var asset = PackagedAssets.Keys.FirstOrDefault(a => string.Equals(a.Path, path, StringComparison.Ordinal));
        if (asset is not null)
        {
            return AssetHref(asset);
        }

        var page = Course.FindPage(path);
        return page is not null && Layout.Contains(page) ? Layout.PageHref(Page, page, null) : null;
    }

    /// <summary>Counter for element ids that must be unique in the document (tabs, quizzes).</summary>
    public int NextSerial() => ++_serial;

    private int _serial;

    /// <summary>The URL of a resolved link seen from this page; null when it must be rendered as plain text.</summary>
    public string? Href(ResolvedLink link)
    {
        switch (link.Kind)
        {
            case LinkTargetKind.Page when link.Page is not null && Layout.Contains(link.Page):
                return Layout.PageHref(Page, link.Page, link.Anchor);
            case LinkTargetKind.Anchor when link.Anchor is not null:
                return "#" + Layout.HeadingElementId(Page, link.Anchor);
            case LinkTargetKind.Asset when link.Asset is not null:
                return AssetHref(link.Asset);
            case LinkTargetKind.External:
                return SafeExternalUrl(link.ExternalUrl ?? link.OriginalUrl);
            default:
                return null;
        }
    }

    /// <summary>The URL of an asset from this page: its packaged copy, or its remote URL when it is kept as a link.</summary>
    public string? AssetHref(Asset asset)
    {
        if (PackagedAssets.TryGetValue(asset, out var path))
        {
            return Layout.RelativeFromPage(path);
        }

        return asset.RemoteUrl is { } url ? SafeExternalUrl(url.AbsoluteUri) : null;
    }

    /// <summary>The location of a node of the current page, for diagnostics.</summary>
    public SourceLocation LocationOf(Markdig.Syntax.MarkdownObject node) => new(Page.Path, node.Line + 1, node.Column + 1);

    /// <summary>Only http(s) and mailto URLs leave the package; anything else (javascript:, data:, file:) is refused.</summary>
    public static string? SafeExternalUrl(string url)
    {
        var trimmed = url.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme is "http" or "https" or "mailto") ? trimmed : null;
    }
}
