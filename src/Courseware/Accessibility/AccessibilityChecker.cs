using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Markdown.GitBook.Include;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Accessibility;

/// <summary>
/// Runs the accessibility checks of the content (CW08xx) in one pass over each page's resolved tree: every check sees every
/// node in document order, with the file it was written in (included blocks keep their own file).
/// </summary>
internal static class AccessibilityChecker
{
    public static void Check(IReadOnlyList<Page> pages, AccessibilityMode mode, DiagnosticBag diagnostics)
    {
        if (mode == AccessibilityMode.Off)
        {
            return;
        }

        // Each page on any core with checks of the thread's own; the diagnostics join the course's in page order.
        var found = PerPage.Run(pages, () => new PageChecker(), (page, checker) =>
        {
            var bag = new DiagnosticBag();
            checker.Check(page, new AccessibilityContext(mode, bag));
            return bag;
        });
        foreach (var bag in found)
        {
            diagnostics.AddRange(bag.ToList());
        }
    }

    /// <summary>One thread's checks (they keep state within a page) and its HTML reader.</summary>
    private sealed class PageChecker
    {
        private readonly ContentCheck[] _checks =
        [
            new ImageAlternativeCheck(),
            new LinkTextCheck(),
            new HeadingLevelCheck(),
            new TableHeaderCheck(),
            new EmbedTitleCheck(),
            new ColourOnlyHighlightCheck(),
        ];

        private readonly RawHtmlReader _html = new();
        private readonly Stack<(MarkdownObject Node, string File)> _stack = new();

        public void Check(Page page, AccessibilityContext context)
        {
            context.Page = page;
            context.File = page.Path;
            foreach (var check in _checks)
            {
                check.StartPage(context);
            }

            Walk(page, _checks, context, _html, _stack);
        }
    }

    private static void Walk(Page page, ContentCheck[] checks, AccessibilityContext context, RawHtmlReader html, Stack<(MarkdownObject Node, string File)> stack)
    {
        stack.Clear();
        stack.Push((page.Document, page.Path));
        while (stack.Count > 0)
        {
            var (node, file) = stack.Pop();
            if (node is IncludeBlock include && IncludedFrom.Get(include) is { } includedFile)
            {
                file = includedFile;
            }

            context.File = file;
            foreach (var check in checks)
            {
                check.Visit(node, context);
            }

            if (node is HtmlBlock block)
            {
                foreach (var element in html.Elements(block))
                {
                    foreach (var check in checks)
                    {
                        check.VisitHtml(block, element, context);
                    }
                }
            }

            PageWalk.PushChildren(stack, node, file);
        }
    }

    /// <summary>Reads raw HTML blocks that may hold images or tables, keeping each element's line and column.</summary>
    private sealed class RawHtmlReader
    {
        private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });
        private IElement? _body;

        public IEnumerable<IElement> Elements(HtmlBlock block)
        {
            var text = block.Lines.ToString();
            if (text.IndexOf("<img", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("<table", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return [];
            }

            _body ??= _parser.ParseDocument(string.Empty).Body!;
            var nodes = _parser.ParseFragment(text, _body);
            return nodes.OfType<IElement>().SelectMany(e => (IEnumerable<IElement>)[e, .. e.QuerySelectorAll("img, table")]).Where(e => e.LocalName is "img" or "table").ToList();
        }
    }
}
