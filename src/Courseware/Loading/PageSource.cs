using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>A page's whole text and where its front matter's closing line starts and ends in it (-1 when it has none).</summary>
internal sealed record PageMarkdown(string Text, int ClosingLineStart, int ClosingLineEnd);

/// <summary>How a page's tree is made again once the loader has let it go: its text and the links the loader resolved.</summary>
internal sealed class PageSource(PageMarkdown markdown, IReadOnlyList<LinkSlot> slots, LinkResolver links)
{
    public PageMarkdown Markdown { get; } = markdown;

    public IReadOnlyList<LinkSlot> Slots { get; } = slots;

    public MarkdownDocument Build(Page page) => links.Rebuild(page, this);
}
