using Courseware.Diagnostics;
using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>
/// Builds the page tree GitBook's way: the children of a page are the targets of its content-ref blocks, in document order.
/// The walk is iterative (any depth), includes each page once, and breaks cycles.
/// </summary>
internal sealed class ContentRefTreeBuilder(PageReader reader, UrlResolver resolver, CourseSettings settings, DiagnosticBag diagnostics)
{
    public List<Page> Build(Page root)
    {
        var order = new List<Page> { root };
        var inTree = new Dictionary<string, Page>(StringComparer.Ordinal) { [root.Path] = root };
        var onPath = new List<Page>();
        var stack = new Stack<(Page Page, IEnumerator<ContentRefLink> Refs)>();
        Push(root);

        while (stack.Count > 0)
        {
            var (page, refs) = stack.Peek();
            if (!refs.MoveNext())
            {
                stack.Pop();
                onPath.RemoveAt(onPath.Count - 1);
                continue;
            }

            var block = refs.Current;
            var location = Locate(page, block);
            var child = ResolveChild(page, block, location, inTree, onPath);
            if (child is null)
            {
                continue;
            }

            if (order.Count >= settings.MaxPages)
            {
                diagnostics.Report(DiagnosticCodes.TooManyPages, location, settings.MaxPages);
                break;
            }

            if (onPath.Count > settings.MaxDepth)
            {
                diagnostics.Report(DiagnosticCodes.TreeTooDeep, location, settings.MaxDepth);
                continue;
            }

            if (child.Hidden && !settings.IncludeHidden)
            {
                diagnostics.Report(DiagnosticCodes.HiddenPageSkipped, location, child.Path);
                continue;
            }

            child.Parent = page;
            page.ChildList.Add(child);
            inTree[child.Path] = child;
            order.Add(child);
            Push(child);
        }

        reader.DropReadAhead();
        return order;

        void Push(Page page)
        {
            onPath.Add(page);
            var refs = page.Load!.ContentRefs;
            ReadAhead(page, refs);
            stack.Push((page, refs.GetEnumerator()));
        }
    }

    /// <summary>Starts parsing the pages the content-refs point to on other cores (their problems are reported when the walk reaches them).</summary>
    private void ReadAhead(Page page, IReadOnlyList<ContentRefLink> refs)
    {
        var folder = FolderOf(page.Path);
        var scratch = new DiagnosticBag();
        foreach (var block in refs)
        {
            var target = resolver.Resolve(folder, block.Url, Locate(page, block), scratch);
            if (target.Kind is not (UrlKind.External or UrlKind.Broken or UrlKind.Anchor or UrlKind.Refused) && resolver.FindPage(target.Path!) is { } key)
            {
                reader.ReadAhead(key);
            }
        }
    }

    private Page? ResolveChild(Page page, ContentRefLink block, SourceLocation location, Dictionary<string, Page> inTree, List<Page> onPath)
    {
        var folder = FolderOf(page.Path);
        var target = resolver.Resolve(folder, block.Url, location, diagnostics);
        switch (target.Kind)
        {
            case UrlKind.External:
                diagnostics.Report(DiagnosticCodes.ContentRefRemote, location, block.Url);
                return null;
            case UrlKind.Broken:
                diagnostics.Report(DiagnosticCodes.ContentRefBroken, location, block.Url);
                return null;
            case UrlKind.Anchor or UrlKind.Refused:
                return null;
        }

        var key = resolver.FindPage(target.Path!);
        if (key is null)
        {
            if (target.Path!.Length > 0 && resolver.Index.FindFile(target.Path) is not null)
            {
                diagnostics.Report(DiagnosticCodes.ContentRefNotMarkdown, location, block.Url);
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.ContentRefTargetMissing, location, block.Url);
            }

            return null;
        }

        if (inTree.TryGetValue(key, out var existing))
        {
            var ancestor = onPath.FindIndex(p => p.Path == key);
            if (ancestor >= 0)
            {
                var chain = string.Join(" → ", onPath.Skip(ancestor).Select(p => p.Path).Append(key));
                diagnostics.Report(DiagnosticCodes.ContentRefCycle, location, chain);
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.PageReferencedTwice, location, key, existing.Parent?.Path ?? "(root)");
            }

            return null;
        }

        return reader.Read(key, location);
    }

    internal static SourceLocation Locate(Page page, ContentRefLink block) => new(page.Path, block.Line + 1, block.Column + 1);

    internal static string FolderOf(string key)
    {
        var slash = key.LastIndexOf('/');
        return slash < 0 ? string.Empty : key[..slash];
    }
}
