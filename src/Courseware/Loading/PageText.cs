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

        if (inline.FirstChild is LiteralInline only && only.NextSibling is null)
        {
            // Most headings and link texts: one run of text, no builder needed.
            return Collapse(only.Content.ToString());
        }

        var sb = new StringBuilder();
        Append(inline, sb);
        return Collapse(sb.ToString());
    }

    /// <summary>Appends the text of <paramref name="root"/> and everything under it, in document order.</summary>
    private static void Append(Inline root, StringBuilder sb)
    {
        for (Inline? node = root; node is not null; node = Next(node, root))
        {
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
            }
        }
    }

    /// <summary>
    /// The inline after <paramref name="node"/> in document order under <paramref name="root"/> (its first child, else the
    /// next sibling of it or of the nearest parent that has one), or null past the end. Follows the tree's own links: no
    /// stack to allocate, and no recursion however deeply inlines nest.
    /// </summary>
    internal static Inline? Next(Inline node, Inline root)
    {
        if (node is ContainerInline { FirstChild: { } first })
        {
            return first;
        }

        while (node != root && node.NextSibling is null)
        {
            node = node.Parent!;
        }

        return node == root ? null : node.NextSibling;
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
