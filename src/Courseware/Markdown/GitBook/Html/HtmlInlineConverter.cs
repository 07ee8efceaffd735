using AngleSharp.Dom;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>
/// Turns an HTML fragment GitBook wrote (a figure caption, a details summary) into Markdig inlines: text, emphasis,
/// code, links, images, hard breaks, marks and list items (one a line, with their bullet or number); headings are bold; other
/// elements give their content; scripts and styles give nothing.
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

    /// <summary>
    /// Gives the images and links of <paramref name="inlines"/> (converted from <paramref name="nodes"/>, parsed keeping
    /// positions) the line and column of the <c>&lt;img&gt;</c> or <c>&lt;a href&gt;</c> each came from: both are met in the same
    /// document order. The HTML's own place is the 0-based <paramref name="line"/> and <paramref name="column"/>.
    /// </summary>
    public static void PlaceLinksAndImages(ContainerInline inlines, IEnumerable<INode> nodes, int line, int column)
    {
        var elements = nodes.OfType<IElement>()
            .SelectMany(e => (IEnumerable<IElement>)[e, .. e.Descendants<IElement>()])
            .Where(e => (e.LocalName == "img" || (e.LocalName == "a" && e.HasAttribute("href"))) && e.Closest("code, script, style, template") is null)
            .ToList();
        var converted = inlines.Descendants<LinkInline>().ToList();
        if (converted.Count != elements.Count)
        {
            return;
        }

        for (var i = 0; i < elements.Count; i++)
        {
            if (converted[i].IsImage == (elements[i].LocalName == "img"))
            {
                var (elementLine, elementColumn) = SourcePlace(elements[i], line, column);
                converted[i].Line = elementLine;
                converted[i].Column = elementColumn;
            }
        }
    }

    /// <summary>The 0-based line and column of an element parsed keeping positions, from the HTML's own (0-based) place.</summary>
    public static (int Line, int Column) SourcePlace(IElement element, int line, int column) =>
        element.SourceReference?.Position is { Line: > 0 } p
            ? (line + p.Line - 1, p.Line == 1 ? column + p.Column - 1 : p.Column - 1)
            : (line, column);

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
            case "li":
                // A list in a table cell or summary: one item a line, with its bullet or number.
                if (container.LastChild is not null and not LineBreakInline)
                {
                    container.AppendChild(new LineBreakInline { IsHard = true });
                }

                container.AppendChild(new LiteralInline(ListMarker(element)));
                AppendAll(container, element.ChildNodes);
                return;
        }

        ContainerInline? wrapper = element.LocalName switch
        {
            "strong" or "b" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => new EmphasisInline { DelimiterChar = '*', DelimiterCount = 2 },
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

    private static string ListMarker(IElement item)
    {
        if (item.ParentElement?.LocalName != "ol")
        {
            return "\u2022 ";
        }

        var number = 1;
        for (var previous = item.PreviousElementSibling; previous is not null; previous = previous.PreviousElementSibling)
        {
            number += previous.LocalName == "li" ? 1 : 0;
        }

        return number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". ";
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
        while ((container.FirstChild is LiteralInline first && TrimLiteral(first, start: true)) || container.FirstChild is LineBreakInline)
        {
            if (container.FirstChild is LineBreakInline leading)
            {
                leading.Remove();
            }
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
