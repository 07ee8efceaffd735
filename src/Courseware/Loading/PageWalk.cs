using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Loading;

/// <summary>The one depth-first walk of a page's tree (no recursion, so deep nesting cannot overflow the stack), shared by link resolution and the content checks.</summary>
internal static class PageWalk
{
    /// <summary>Pushes the children of <paramref name="node"/> in reverse order, so they pop in document order; content-ref cards are not entered.</summary>
    public static void PushChildren(Stack<(MarkdownObject, string)> stack, MarkdownObject node, string file)
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
}
