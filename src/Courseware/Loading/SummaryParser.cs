using Courseware.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Loading;

/// <summary>One entry of SUMMARY.md: a title, a link, the part it opens and its nested entries.</summary>
public sealed record SummaryEntry(string Title, string Url, int Line, int Column, string? Part, IReadOnlyList<SummaryEntry> Children);

/// <summary>Reads GitBook's table of contents (SUMMARY.md): <c>## Part</c> headings and nested <c>* [Title](path.md)</c> items.</summary>
public static class SummaryParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static IReadOnlyList<SummaryEntry> Parse(string text)
    {
        var document = Markdown.GitBookPipeline.Parse(text, Pipeline);
        var entries = new List<SummaryEntry>();
        string? part = null;
        var partPending = false;
        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: >= 2 } heading:
                    part = PageText.Of(heading.Inline);
                    partPending = true;
                    break;
                case ListBlock list:
                    foreach (var entry in ReadList(list))
                    {
                        entries.Add(partPending ? entry with { Part = part } : entry);
                        partPending = false;
                    }

                    break;
            }
        }

        return entries;
    }

    private static List<SummaryEntry> ReadList(ListBlock root)
    {
        var result = new List<SummaryEntry>();
        foreach (var item in root.OfType<ListItemBlock>())
        {
            var entry = ReadItem(item);
            if (entry is not null)
            {
                result.Add(entry);
            }
        }

        return result;
    }

    private static SummaryEntry? ReadItem(ListItemBlock item)
    {
        var paragraph = item.OfType<ParagraphBlock>().FirstOrDefault();
        var link = paragraph?.Inline?.Descendants<LinkInline>().FirstOrDefault(l => !l.IsImage);
        var children = item.OfType<ListBlock>().SelectMany(ReadList).ToList();
        if (link is null)
        {
            return children.Count == 0 ? null : new SummaryEntry(PageText.Of(paragraph?.Inline), string.Empty, item.Line + 1, item.Column + 1, null, children);
        }

        return new SummaryEntry(PageText.Of(link), link.Url ?? string.Empty, link.Line + 1, link.Column + 1, null, children);
    }
}

/// <summary>Builds the page tree from SUMMARY.md entries.</summary>
internal sealed class SummaryTreeBuilder(PageReader reader, UrlResolver resolver, Model.CourseSettings settings, DiagnosticBag diagnostics)
{
    private bool _pageCapReported;

    public List<Model.Page> Build(Model.Page root, IReadOnlyList<SummaryEntry> entries, string summaryKey)
    {
        var order = new List<Model.Page> { root };
        var inTree = new HashSet<string>(StringComparer.Ordinal) { root.Path };
        var folder = ContentRefTreeBuilder.FolderOf(summaryKey);
        ReadAhead(entries, folder, summaryKey, root.Path);
        var stack = new Stack<(SummaryEntry Entry, Model.Page Parent)>();
        foreach (var entry in entries.Reverse())
        {
            stack.Push((entry, root));
        }

        while (stack.Count > 0)
        {
            var (entry, parent) = stack.Pop();
            var location = new SourceLocation(summaryKey, entry.Line, entry.Column);
            var page = parent;
            if (entry.Url.Length > 0)
            {
                page = AddPage(entry, parent, folder, location, order, inTree) ?? parent;
            }

            foreach (var child in entry.Children.Reverse())
            {
                stack.Push((child, page));
            }
        }

        reader.DropReadAhead();

        // The reading order is the depth-first order of the tree.
        return Flatten(root);
    }

    /// <summary>Starts reading and parsing every page SUMMARY.md lists on the other cores, in the order of the walk (their problems are reported when the walk reaches them).</summary>
    private void ReadAhead(IReadOnlyList<SummaryEntry> entries, string folder, string summaryKey, string rootKey)
    {
        var scratch = new DiagnosticBag();
        var stack = new Stack<SummaryEntry>(entries.Reverse());
        var count = 0;
        while (stack.Count > 0 && count < settings.MaxPages)
        {
            var entry = stack.Pop();
            if (entry.Url.Length > 0)
            {
                var target = resolver.Resolve(folder, entry.Url, new SourceLocation(summaryKey, entry.Line, entry.Column), scratch);
                if (target.Kind == UrlKind.Local && resolver.FindPage(target.Path!) is { } key && key != rootKey)
                {
                    reader.ReadAhead(key);
                    count++;
                }
            }

            foreach (var child in entry.Children.Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private Model.Page? AddPage(SummaryEntry entry, Model.Page parent, string folder, SourceLocation location, List<Model.Page> order, HashSet<string> inTree)
    {
        var target = resolver.Resolve(folder, entry.Url, location, diagnostics);
        if (target.Kind == UrlKind.External)
        {
            diagnostics.Report(DiagnosticCodes.SummaryExternalEntry, location, entry.Url);
            return null;
        }

        if (target.Kind != UrlKind.Local)
        {
            return null;
        }

        var key = resolver.FindPage(target.Path!);
        if (key is null)
        {
            diagnostics.Report(DiagnosticCodes.SummaryEntryMissing, location, entry.Url);
            return null;
        }

        if (!inTree.Add(key))
        {
            // The root page listed in SUMMARY.md (usually first) keeps its place as root.
            if (key != order[0].Path)
            {
                diagnostics.Report(DiagnosticCodes.PageReferencedTwice, location, key, "SUMMARY.md");
            }

            return key == order[0].Path ? order[0] : null;
        }

        if (order.Count >= settings.MaxPages)
        {
            if (!_pageCapReported)
            {
                diagnostics.Report(DiagnosticCodes.TooManyPages, location, settings.MaxPages);
                _pageCapReported = true;
            }

            return null;
        }

        var page = reader.Read(key, location);
        if (page is null)
        {
            return null;
        }

        if (page.Hidden && !settings.IncludeHidden)
        {
            diagnostics.Report(DiagnosticCodes.HiddenPageSkipped, location, key);
            return null;
        }

        page.NavigationTitle = entry.Title.Length > 0 ? entry.Title : null;
        if (page.TitleIsFileName && page.NavigationTitle is { } navigationTitle)
        {
            // A page with no title of its own is called what SUMMARY.md calls it, as GitBook does, not after its file.
            page.Title = navigationTitle;
        }

        page.Part = entry.Part;
        page.Parent = parent;
        parent.ChildList.Add(page);
        order.Add(page);
        return page;
    }

    internal static List<Model.Page> Flatten(Model.Page root)
    {
        var result = new List<Model.Page>();
        var stack = new Stack<Model.Page>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var page = stack.Pop();
            result.Add(page);
            for (var i = page.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(page.Children[i]);
            }
        }

        return result;
    }
}
