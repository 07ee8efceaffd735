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
    /// <summary>Checks the pages that have not been checked yet (those whose tree the loader keeps), then adds every page's findings in page order.</summary>
    public static void Check(IReadOnlyList<Page> pages, AccessibilityMode mode, DiagnosticBag diagnostics)
    {
        if (mode == AccessibilityMode.Off)
        {
            return;
        }

        var checker = new PageChecker();
        foreach (var page in pages)
        {
            var bag = page.Load?.Accessibility ?? checker.Check(page, page.Document, mode);
            diagnostics.AddRange(bag.ToList());
        }
    }

    /// <summary>One thread's checks (they keep state within a page) and its HTML reader.</summary>
    internal sealed class PageChecker
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

        /// <summary>Checks one page's resolved tree; returns what the checks found, in document order.</summary>
        public DiagnosticBag Check(Page page, MarkdownDocument document, AccessibilityMode mode)
        {
            var bag = new DiagnosticBag();
            var context = new AccessibilityContext(mode, bag) { Page = page, File = page.Path };
            foreach (var check in _checks)
            {
                check.StartPage(context);
            }

            Walk(document, page.Path, _checks, context, _html, _stack);
            return bag;
        }
    }

    private static void Walk(MarkdownDocument document, string path, ContentCheck[] checks, AccessibilityContext context, RawHtmlReader html, Stack<(MarkdownObject Node, string File)> stack)
    {
        stack.Clear();
        stack.Push((document, path));
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
        private HtmlParser? _parser;
        private IElement? _body;

        public IEnumerable<IElement> Elements(HtmlBlock block)
        {
            var text = block.Lines.ToString();
            if (text.IndexOf("<img", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("<table", StringComparison.OrdinalIgnoreCase) < 0)
            {
                return [];
            }

            _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
            _body ??= _parser.ParseDocument(string.Empty).Body!;
            var nodes = _parser.ParseFragment(text, _body);
            return nodes.OfType<IElement>().SelectMany(e => (IEnumerable<IElement>)[e, .. e.QuerySelectorAll("img, table")]).Where(e => e.LocalName is "img" or "table").ToList();
        }
    }
}
