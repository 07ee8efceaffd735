using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Html;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>
/// The depth-first walk of a page's tree shared by link resolution and the content checks: an explicit stack (pages can nest
/// blocks thousands deep), every node in document order with the file it was written in.
/// </summary>
internal static class PageWalk
{
    /// <summary>
    /// Pushes the children of <paramref name="node"/> so that they pop in document order: a details block's summary before its
    /// body, a table's caption before its rows, a figure's caption, a leaf block's inlines. Content-ref cards are not entered: a card shows the target page's
    /// title, and its inner link is the card's own.
    /// </summary>
    public static void PushChildren(Stack<(MarkdownObject Node, string File)> stack, MarkdownObject node, string file)
    {
        switch (node)
        {
            case ContentRefBlock:
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
                else if (node is CardBlock card)
                {
                    // The title; the card's target and cover are links of the card itself, resolved with it.
                    stack.Push((card.Title, file));
                }
                else if (TableCaption.Of(node) is { } caption)
                {
                    stack.Push((caption, file));
                }

                break;
            case FigureBlock figure:
                stack.Push((figure.Caption, file));
                break;
            case LeafBlock { Inline: { } inline }:
                stack.Push((inline, file));
                break;
            case Markdig.Syntax.Inlines.ContainerInline containerInline:
                // From the last child back: no list of the children is needed.
                for (var child = containerInline.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, file));
                }

                break;
        }
    }
}
