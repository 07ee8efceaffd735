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

/// <summary>A content-ref block of a page: its URL and where it stands (0-based, as Markdig counts).</summary>
internal sealed record ContentRefLink(string Url, int Line, int Column)
{
    public static ContentRefLink Of(ContentRefBlock block) => new(block.Url, block.Line, block.Column);
}
