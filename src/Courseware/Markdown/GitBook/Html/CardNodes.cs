using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>A GitBook card view (<c>&lt;table data-view="cards"&gt;</c>): its children are the <see cref="CardBlock"/>s, one per row.</summary>
public sealed class CardsBlock(BlockParser? parser) : ContainerBlock(parser);

/// <summary>
/// One card of a card view: the title (its first visible cell that holds something), the other visible cells as paragraphs
/// (the children), the page or URL the card opens (<c>data-card-target</c>) and its cover image (<c>data-card-cover</c>).
/// </summary>
public sealed class CardBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The title as inlines (empty when the card shows no text: the target's title stands in).</summary>
    public ContainerInline Title { get; set; } = new();

    /// <summary>The link the card opens (no text of its own: the card's title names it), or null.</summary>
    public LinkInline? Target { get; set; }

    /// <summary>The cover image, decorative (the title says what the card is), or null.</summary>
    public LinkInline? Cover { get; set; }
}
