using Courseware.Export;
using Courseware.Model;

namespace Courseware.Scorm.Packaging;

/// <summary>Where each page lives in a package and under which identifiers: item, resource, file and element ids, all derived from page paths.</summary>
public sealed class PackageLayout
{
    /// <summary>Folder of the files every SCO shares (CSS, scripts, assets).</summary>
    public const string SharedFolder = "shared";

    /// <summary>Launch file of the single-SCO layout.</summary>
    public const string SingleScoFile = "index.html";

    private readonly Dictionary<Page, PageSlot> _slots = [];

    public PackageLayout(Course course, ScormVersion version, ScoLayout sco)
    {
        Course = course;
        Version = version;
        Sco = sco;
        ManifestId = StableIdentifier.XmlId("MANIFEST-", course.Id);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in course.Pages)
        {
            var slug = StableIdentifier.Unique(PageSlug(page.Path), page.Path, taken);
            _slots[page] = new PageSlot(
                ItemId: "ITEM-" + slug,
                ClusterId: "CLUSTER-" + slug,
                ResourceId: "RES-" + slug,
                File: sco == ScoLayout.Single ? SingleScoFile : $"pages/{slug}.html",
                ElementId: "page-" + slug);
        }
    }

    public Course Course { get; }

    public ScormVersion Version { get; }

    public ScoLayout Sco { get; }

    public string ManifestId { get; }

    public string OrganizationId => "ORG-" + ManifestId["MANIFEST-".Length..];

    public string SharedResourceId => "RES-shared";

    public string SingleItemId => "ITEM-course";

    public string SingleResourceId => "RES-course";

    public PageSlot this[Page page] => _slots[page];

    public bool Contains(Page page) => _slots.ContainsKey(page);

    /// <summary>Relative URL from a page's HTML file to a file of the package (both package paths).</summary>
    public string RelativeFromPage(string packagePath) =>
        Sco == ScoLayout.Single ? packagePath : "../" + packagePath;

    /// <summary>The URL a link on <paramref name="from"/> uses to reach <paramref name="target"/> (and a heading of it).</summary>
    public string PageHref(Page from, Page target, string? anchor)
    {
        var slot = this[target];
        if (Sco == ScoLayout.Single)
        {
            return "#" + (anchor is null ? slot.ElementId : HeadingElementId(target, anchor));
        }

        var file = target == from ? string.Empty : slot.File["pages/".Length..];
        return anchor is null ? (file.Length == 0 ? "#" : file) : file + "#" + HeadingElementId(target, anchor);
    }

    /// <summary>The id of a heading in the generated HTML: the GitBook id, prefixed by the page in the single-SCO layout where all pages share one document.</summary>
    public string HeadingElementId(Page page, string headingId) =>
        Sco == ScoLayout.Single ? this[page].ElementId + "--" + headingId : headingId;

    private static string PageSlug(string path)
    {
        var withoutExtension = path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var slug = StableIdentifier.Slug(withoutExtension);
        return slug.Length == 0 ? "page" : slug;
    }
}

/// <summary>The identifiers and file of one page.</summary>
public sealed record PageSlot(string ItemId, string ClusterId, string ResourceId, string File, string ElementId);
