using System.Globalization;
using Courseware.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Courseware.Docx.Rendering;

/// <summary>
/// The bookmark of every page heading and in-page heading of one document, known before rendering so that links may point
/// forward. A page's leading level-1 heading is its title: it is replaced by the page heading and shares its bookmark.
/// A page's headings are named by their place in the page, so the tree rendered (read again, see <see cref="Page.Document"/>)
/// gets the names of the tree indexed: <see cref="Bind"/> it before rendering it.
/// </summary>
internal sealed class BookmarkIndex
{
    private readonly Dictionary<Page, string> _pages = [];
    private readonly Dictionary<(Page Page, string Anchor), string> _anchors = [];
    private readonly Dictionary<Page, bool> _opensWithTitle = [];
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
            var opensWithTitle = page.OpensWithTitle;
            _opensWithTitle[page] = opensWithTitle;
            if (!page.HoldsDocument)
            {
                // A page of a large course, parsed again on each read: the loader's headings are those of its tree, in order.
                for (var i = 0; i < page.Headings.Count; i++)
                {
                    var name = Name(pageName, i, opensWithTitle);
                    _anchors.TryAdd((page, page.Headings[i].Id), name);
                    _anchors.TryAdd((page, page.Headings[i].FoldedId), name);
                }

                continue;
            }

            var blocks = page.Document.Descendants<HeadingBlock>().ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                var name = Name(pageName, i, opensWithTitle);
                foreach (var id in AnchorsOf(page, blocks[i], i, blocks.Count))
                {
                    _anchors.TryAdd((page, id), name);
                }
            }
        }
    }

    /// <summary>Names the headings of <paramref name="document"/>, the tree of <paramref name="page"/> about to be rendered.</summary>
    public void Bind(Page page, MarkdownDocument document)
    {
        _headings.Clear();
        _titles.Clear();
        if (!_pages.TryGetValue(page, out var pageName))
        {
            return;
        }

        var opensWithTitle = _opensWithTitle[page];
        var i = 0;
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (i == 0 && opensWithTitle)
            {
                _titles.Add(heading);
            }

            _headings[heading] = Name(pageName, i++, opensWithTitle);
        }
    }

    private static string Name(string pageName, int index, bool opensWithTitle) =>
        index == 0 && opensWithTitle ? pageName : pageName + "_" + (index + 1).ToString(CultureInfo.InvariantCulture);

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
