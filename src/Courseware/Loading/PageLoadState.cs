using Courseware.Diagnostics;
using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>What the loader knows of a page between reading it and the end of the load (the tree itself is let go early).</summary>
internal sealed class PageLoadState(PageMarkdown markdown)
{
    /// <summary>The page's text, from which its tree is made again.</summary>
    public PageMarkdown Markdown { get; } = markdown;

    /// <summary>The page's content-ref blocks (included files left out), which make its children in the tree.</summary>
    public IReadOnlyList<ContentRefLink> ContentRefs { get; set; } = [];

    /// <summary>What the block walk (includes, headings) reported.</summary>
    public DiagnosticBag BlockDiagnostics { get; set; } = new();

    /// <summary>The page holds API operation blocks: it keeps its tree and is resolved at its turn.</summary>
    public bool HasApiOperations { get; set; }

    /// <summary>The page's links as far as the page alone resolves them; null until a page with API operations is resolved.</summary>
    public PageLinks? Links { get; set; }

    /// <summary>What the accessibility checks reported, when they ran with the page (null: run at the end, or off).</summary>
    public DiagnosticBag? Accessibility { get; set; }
}

/// <summary>A page's whole text and where its front matter's closing line starts and ends in it (-1 when it has none).</summary>
internal sealed record PageMarkdown(string Text, int ClosingLineStart, int ClosingLineEnd);

/// <summary>A content-ref block of a page: its URL and where it stands (0-based, as Markdig counts).</summary>
internal sealed record ContentRefLink(string Url, int Line, int Column)
{
    public static ContentRefLink Of(ContentRefBlock block) => new(block.Url, block.Line, block.Column);
}

/// <summary>How a page's tree is made again once the loader has let it go: its text and the links the loader resolved.</summary>
internal sealed class PageSource(PageMarkdown markdown, IReadOnlyList<LinkSlot> slots, LinkResolver links)
{
    public PageMarkdown Markdown { get; } = markdown;

    public IReadOnlyList<LinkSlot> Slots { get; } = slots;

    public MarkdownDocument Build(Page page) => links.Rebuild(page, this);
}

/// <summary>
/// The work done on each page as soon as it is read, on whichever core reads it: the page's own checks and resolution
/// (<see cref="LinkResolver.Prepare"/>), its accessibility checks, then its tree is let go unless the course is small enough
/// to keep every tree (<see cref="CourseSettings.KeepPageTreesUpToBytes"/>) or the page holds API operations.
/// </summary>
internal sealed class PageProcessor(LinkResolver links, CourseSettings settings, bool keepTrees) : IDisposable
{
    private readonly ThreadLocal<(NodeWalker Walker, Accessibility.AccessibilityChecker.PageChecker Checker)> _tools =
        new(() => (new NodeWalker(), new Accessibility.AccessibilityChecker.PageChecker()));

    public void Process(Page page)
    {
        var state = page.Load!;
        var document = page.Document;
        state.ContentRefs = [.. document.Descendants<ContentRefBlock>().Select(ContentRefLink.Of)];
        page.OpensWithTitle = document.FirstOrDefault() is HeadingBlock { Level: 1 };
        var (walker, checker) = _tools.Value;
        links.Prepare(page, document, walker, state);
        if (state.HasApiOperations)
        {
            return;
        }

        if (settings.Accessibility != AccessibilityMode.Off)
        {
            state.Accessibility = checker.Check(page, document, settings.Accessibility);
        }

        if (!keepTrees)
        {
            page.ReleaseDocument(new PageSource(state.Markdown, state.Links!.Slots, links));
        }
    }

    public void Dispose() => _tools.Dispose();
}
