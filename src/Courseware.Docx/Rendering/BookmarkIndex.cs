using System.Globalization;
using Courseware.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Courseware.Docx.Rendering;

/// <summary>
/// The bookmark of every page heading and in-page heading of one document, known before rendering so that links may point
/// forward. A page's leading level-1 heading is its title: it is replaced by the page heading and shares its bookmark.
/// </summary>
internal sealed class BookmarkIndex
{
    private readonly Dictionary<Page, string> _pages = [];
    private readonly Dictionary<(Page Page, string Anchor), string> _anchors = [];
    private readonly Dictionary<HeadingBlock, string> _headings = [];
    private readonly HashSet<HeadingBlock> _titles = [];

    public BookmarkIndex(IEnumerable<Page> pages)
    {
        var index = 0;
        foreach (var page in pages)
        {
            index++;
            var pageName = "_cw" + index.ToString(CultureInfo.InvariantCulture);
            _pages[page] = pageName;
            var blocks = page.Document.Descendants<HeadingBlock>().ToList();
            var title = page.Document.Count > 0 && page.Document[0] is HeadingBlock { Level: 1 } first ? first : null;
            for (var i = 0; i < blocks.Count; i++)
            {
                var heading = blocks[i];
                string name;
                if (heading == title)
                {
                    _titles.Add(heading);
                    name = pageName;
                }
                else
                {
                    name = pageName + "_" + (i + 1).ToString(CultureInfo.InvariantCulture);
                }

                _headings[heading] = name;
                foreach (var id in AnchorsOf(page, heading, i, blocks.Count))
                {
                    _anchors.TryAdd((page, id), name);
                }
            }
        }
    }

    public bool Contains(Page page) => _pages.ContainsKey(page);

    /// <summary>True for the leading level-1 heading a page heading replaces.</summary>
    public bool IsPageTitle(HeadingBlock heading) => _titles.Contains(heading);

    public string? ForPage(Page page) => _pages.GetValueOrDefault(page);

    public string? ForHeading(HeadingBlock heading) => _headings.GetValueOrDefault(heading);

    /// <summary>The bookmark of a heading of <paramref name="page"/> by its id, else the page's bookmark; null when the page is not in this document.</summary>
    public string? ForAnchor(Page page, string? anchor)
    {
        if (!_pages.TryGetValue(page, out var pageName))
        {
            return null;
        }

        if (string.IsNullOrEmpty(anchor))
        {
            return pageName;
        }

        return _anchors.GetValueOrDefault((page, anchor)) ?? _anchors.GetValueOrDefault((page, anchor.ToLowerInvariant())) ?? pageName;
    }

    private static IEnumerable<string> AnchorsOf(Page page, HeadingBlock heading, int index, int count)
    {
        if (heading.GetAttributes().Id is { Length: > 0 } attributeId)
        {
            yield return attributeId;
        }

        // The loader attaches each heading's anchor to it; without one, match the page's list by position, else by line.
        var anchor = HeadingAnchor.Of(heading)
            ?? (page.Headings.Count == count
            ? page.Headings[index]
            : page.Headings.FirstOrDefault(h => h.Line == heading.Line + 1));
        if (anchor is not null)
        {
            yield return anchor.Id;
            yield return anchor.FoldedId;
        }
    }
}
