using AngleSharp.Dom;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>
/// Turns an HTML fragment GitBook wrote (a figure caption, a details summary) into Markdig inlines: text, emphasis,
/// code, links, images, hard breaks and marks; other elements give their content; scripts and styles give nothing.
/// </summary>
internal static class HtmlInlineConverter
{
    /// <summary>The inlines of the children of an element already parsed.</summary>
    public static ContainerInline Convert(IEnumerable<INode> nodes)
    {
        var container = new ContainerInline();
        AppendAll(container, nodes);
        TrimEdges(container);
        return container;
    }

    /// <summary>The inlines of plain HTML text (no markup, no entity): its white space collapsed and trimmed, as <see cref="Convert"/> gives.</summary>
    public static ContainerInline Text(string text)
    {
        var container = new ContainerInline();
        var data = CollapseWhiteSpace(text);
        if (data.Length > 0)
        {
            container.AppendChild(new LiteralInline(data));
        }

        TrimEdges(container);
        return container;
    }

    /// <summary>Gives <paramref name="inline"/> and everything inside it the place of the HTML it came from (0-based, as Markdig).</summary>
    public static T PlaceAt<T>(T inline, int line, int column)
        where T : Inline
    {
        inline.Line = line;
        inline.Column = column;
        if (inline is ContainerInline container)
        {
            foreach (var child in container)
            {
                PlaceAt(child, line, column);
            }
        }

        return inline;
    }

    /// <summary>A Markdig image for an <c>&lt;img&gt;</c>: Url is the raw src, the alt text is the child literal; width, height and data-size are kept as attributes.</summary>
    public static LinkInline ImageFrom(IElement img) => ImageFrom(img.GetAttribute);

    /// <summary>A Markdig image from the attributes of an <c>&lt;img&gt;</c> start tag.</summary>
    public static LinkInline ImageFrom(IReadOnlyDictionary<string, string> attributes) => ImageFrom(attributes.GetValueOrDefault);

    private static LinkInline ImageFrom(Func<string, string?> attribute)
    {
        var image = new LinkInline(attribute("src") ?? string.Empty, attribute("title") ?? string.Empty) { IsImage = true };
        var alt = attribute("alt");
        if (!string.IsNullOrEmpty(alt))
        {
            image.AppendChild(new LiteralInline(alt));
        }
        else if (alt is not null)
        {
            DecorativeImage.Mark(image);
        }

        foreach (var name in (string[])["width", "height", "data-size"])
        {
            if (attribute(name) is { } value)
            {
                image.GetAttributes().AddProperty(name, value);
            }
        }

        return image;
    }

    private static void AppendAll(ContainerInline container, IEnumerable<INode> nodes)
    {
        var paragraphs = 0;
        foreach (var node in nodes)
        {
            if (node is IElement { LocalName: "p" or "div" } && paragraphs++ > 0 && container.LastChild is not null)
            {
                container.AppendChild(new LineBreakInline { IsHard = true });
            }

            Append(container, node);
        }
    }

    private static void Append(ContainerInline container, INode node)
    {
        switch (node)
        {
            case IText text:
                // HTML shows any run of white space (new lines included) as one space.
                var data = CollapseWhiteSpace(text.Data);
                if (data.Length > 0)
                {
                    container.AppendChild(new LiteralInline(data));
                }

                break;
            case IElement element:
                AppendElement(container, element);
                break;
        }
    }

    private static void AppendElement(ContainerInline container, IElement element)
    {
        switch (element.LocalName)
        {
            case "script" or "style" or "template":
                return;
            case "br":
                container.AppendChild(new LineBreakInline { IsHard = true });
                return;
            case "img":
                container.AppendChild(ImageFrom(element));
                return;
            case "code":
                container.AppendChild(new CodeInline(element.TextContent) { Delimiter = '`', DelimiterCount = 1 });
                return;
        }

        ContainerInline? wrapper = element.LocalName switch
        {
            "strong" or "b" => new EmphasisInline { DelimiterChar = '*', DelimiterCount = 2 },
            "em" or "i" => new EmphasisInline { DelimiterChar = '*', DelimiterCount = 1 },
            "s" or "del" or "strike" => new EmphasisInline { DelimiterChar = '~', DelimiterCount = 2 },
            "mark" => new MarkInline { Style = element.GetAttribute("style") },
            "a" when element.GetAttribute("href") is { } href => new LinkInline(href, element.GetAttribute("title") ?? string.Empty),
            _ => null,
        };

        if (wrapper is null)
        {
            AppendAll(container, element.ChildNodes);
            return;
        }

        AppendAll(wrapper, element.ChildNodes);
        container.AppendChild(wrapper);
    }

    private static string CollapseWhiteSpace(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!inSpace)
                {
                    builder.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                builder.Append(c);
                inSpace = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>Leading and trailing white space of a caption is layout, not content.</summary>
    private static void TrimEdges(ContainerInline container)
    {
        while (container.FirstChild is LiteralInline first && TrimLiteral(first, start: true))
        {
        }

        while (container.LastChild is LiteralInline last && TrimLiteral(last, start: false))
        {
        }

        while (container.LastChild is LineBreakInline trailing)
        {
            trailing.Remove();
        }
    }

    /// <summary>Trims one end of a literal; returns true when the literal was all space and has been removed.</summary>
    private static bool TrimLiteral(LiteralInline literal, bool start)
    {
        var text = literal.Content.ToString();
        var trimmed = start ? text.TrimStart() : text.TrimEnd();
        if (trimmed.Length == 0)
        {
            literal.Remove();
            return true;
        }

        literal.Content = new Markdig.Helpers.StringSlice(trimmed);
        return false;
    }
}
