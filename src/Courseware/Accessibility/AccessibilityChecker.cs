using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Html;
using Courseware.Markdown.GitBook.Include;
using Courseware.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

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

        ContentCheck[] checks =
        [
            new ImageAlternativeCheck(),
            new LinkTextCheck(),
            new HeadingLevelCheck(),
            new TableHeaderCheck(),
            new EmbedTitleCheck(),
            new ColourOnlyHighlightCheck(),
        ];
        var context = new AccessibilityContext(mode, diagnostics);
        var html = new RawHtmlReader();
        foreach (var page in pages)
        {
            context.Page = page;
            context.File = page.Path;
            foreach (var check in checks)
            {
                check.StartPage(context);
            }

            Walk(page, checks, context, html);
        }
    }

    private static void Walk(Page page, ContentCheck[] checks, AccessibilityContext context, RawHtmlReader html)
    {
        // Iterative: pages can nest blocks thousands deep.
        var stack = new Stack<(MarkdownObject Node, string File)>();
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

            PushChildren(stack, node, file);
        }
    }

    private static void PushChildren(Stack<(MarkdownObject, string)> stack, MarkdownObject node, string file)
    {
        switch (node)
        {
            case ContentRefBlock:
                // A content-ref card shows the target page's title, not its inner link text.
                break;
            case ContainerBlock container:
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    stack.Push((container[i], file));
                }

                if (node is DetailsBlock details)
                {
                    stack.Push((details.Summary, file));
                }

                break;
            case FigureBlock figure:
                stack.Push((figure.Caption, file));
                break;
            case LeafBlock { Inline: { } inline }:
                stack.Push((inline, file));
                break;
            case ContainerInline containerInline:
                var children = new List<Inline>();
                for (var child = containerInline.FirstChild; child is not null; child = child.NextSibling)
                {
                    children.Add(child);
                }

                for (var i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push((children[i], file));
                }

                break;
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
