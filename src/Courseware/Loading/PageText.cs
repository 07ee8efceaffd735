using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Loading;

/// <summary>Plain text of Markdown nodes (inline markup stripped, emoji and entities kept as characters).</summary>
public static class PageText
{
    /// <summary>The text of the first level-1 heading, or null.</summary>
    public static string? FirstHeading(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 1 } heading)
            {
                var text = Of(heading.Inline);
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
    }

    /// <summary>Plain text of an inline container, whitespace collapsed and trimmed.</summary>
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        Append(inline, sb);
        return Collapse(sb.ToString());
    }

    private static void Append(Inline root, StringBuilder sb)
    {
        var stack = new Stack<Inline>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            switch (node)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case AutolinkInline auto:
                    sb.Append(auto.Url);
                    break;
                case ContainerInline container:
                    // Push children in reverse so they pop in order.
                    var children = new List<Inline>();
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        children.Add(child);
                    }

                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        stack.Push(children[i]);
                    }

                    break;
            }
        }
    }

    /// <summary>The words of <paramref name="text"/> joined by single spaces (whitespace as <see cref="char.IsWhiteSpace(char)"/> sees it).</summary>
    public static string Collapse(string text)
    {
        // Most text is collapsed already: returned as it is, without splitting and joining.
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            var c = text[i];
            clean = !char.IsWhiteSpace(c) || (c == ' ' && i > 0 && i < text.Length - 1 && text[i - 1] != ' ');
        }

        if (clean)
        {
            return text;
        }

        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }
}
