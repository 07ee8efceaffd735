using AngleSharp.Dom;
using Courseware.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>
/// After parsing, turns the HTML GitBook writes inside Markdown into nodes: <c>&lt;figure&gt;</c> blocks into
/// <see cref="FigureBlock"/>, <c>&lt;table&gt;</c> blocks into tables or card views (<see cref="HtmlTableConverter"/>), blocks of
/// bare <c>&lt;img&gt;</c> or of images wrapped in <c>&lt;p&gt;</c>, <c>&lt;div&gt;</c>, <c>&lt;center&gt;</c> or <c>&lt;a&gt;</c>
/// into paragraphs of images, and in inlines <c>&lt;mark&gt;…&lt;/mark&gt;</c> into <see cref="MarkInline"/>,
/// <c>&lt;img&gt;</c> into images, <c>&lt;a href&gt;</c> around an image into a link, <c>&lt;br&gt;</c> and a paragraph's closing '\' into hard breaks or nothing, a tag naming no HTML element (<c>&lt;n&gt;</c>) into text; heading anchors <c>&lt;a href="#x" id="x"&gt;&lt;/a&gt;</c> are removed and their id kept
/// (<see cref="GitBookHeadingAnchors"/>). Any other HTML is left as it is.
/// </summary>
internal sealed class GitBookHtmlRewriter
{
    private readonly MarkdownDocument _document;
    private readonly HtmlFragmentReader _html;

    private GitBookHtmlRewriter(MarkdownDocument document)
    {
        _document = document;
        _html = HtmlFragmentReader.For(document);
    }

    public static void Rewrite(MarkdownDocument document)
    {
        new GitBookHtmlRewriter(document).Run();
        HtmlFragmentReader.Release(document);
    }

    private void Run()
    {
        // 1. HTML blocks: figures and image-only blocks (collected first: the tree changes while rewriting).
        foreach (var html in _document.Descendants<HtmlBlock>().ToList())
        {
            RewriteHtmlBlock(html);
        }

        // 2. Inlines of every leaf block (paragraphs, headings, table cells).
        foreach (var leaf in _document.Descendants<LeafBlock>().Where(b => b.Inline is not null).ToList())
        {
            RewriteInlines(leaf.Inline!);
            if (leaf is HeadingBlock heading)
            {
                RemoveHeadingAnchors(heading);
                TrimHeading(heading.Inline!);
                if (RemoveHeadingIdAttribute(heading))
                {
                    TrimHeading(heading.Inline!);
                }
            }
            else if (leaf is ParagraphBlock paragraph)
            {
                RemoveBreakMarker(paragraph);
            }
        }
    }

    /// <summary>
    /// GitBook's editor ends a paragraph with '\' (a line break with nothing after it) and writes '\' alone for an empty
    /// line: CommonMark keeps that backslash as text, GitBook shows nothing. An escaped backslash (<c>C:\\</c>) stays.
    /// </summary>
    private static void RemoveBreakMarker(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.LastChild is not LiteralInline { IsFirstCharacterEscaped: false } last
            || last.Content.IsEmpty || last.Content.Text[last.Content.End] != '\\')
        {
            return;
        }

        var content = last.Content;
        content.End--;
        content.TrimEnd();
        if (content.IsEmpty)
        {
            last.Remove();
        }
        else
        {
            last.Content = content;
        }

        if (paragraph.Inline.FirstChild is null)
        {
            paragraph.Parent?.Remove(paragraph);
        }
    }

    private void RewriteHtmlBlock(HtmlBlock html)
    {
        var parent = html.Parent;
        if (parent is null)
        {
            return;
        }

        var text = html.Lines.ToString();
        var isTable = text.AsSpan().TrimStart().StartsWith("<table", StringComparison.OrdinalIgnoreCase);
        var nodes = isTable ? _html.ParseKeepingPositions(text) : _html.Parse(text);
        var elements = nodes.OfType<IElement>().ToList();
        var onlyElements = nodes.All(n => n is IElement || (n is IText t && string.IsNullOrWhiteSpace(t.Data)));
        if (!onlyElements || elements.Count == 0)
        {
            return;
        }

        Block? replacement = null;
        if (elements is [{ LocalName: "figure" } figure])
        {
            replacement = CreateFigure(figure, html);
        }
        else if (elements is [{ LocalName: "details" } details])
        {
            replacement = CreateDetails(details, html);
        }
        else if (elements is [{ LocalName: "table" } table])
        {
            replacement = HtmlTableConverter.Convert(table, html.Line, html.Column);
        }
        else if (elements.All(e => e.LocalName is "img" or "br") && elements.Any(e => e.LocalName == "img"))
        {
            var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
            foreach (var element in elements)
            {
                paragraph.Inline.AppendChild(HtmlInlineConverter.PlaceAt<Inline>(
                    element.LocalName == "img" ? HtmlInlineConverter.ImageFrom(element) : new LineBreakInline { IsHard = true },
                    html.Line,
                    html.Column));
            }

            replacement = paragraph;
        }
        else if (elements.All(e => e.LocalName is "img" or "br" || IsImageWrapper(e)) && elements.Any(IsImageWrapper))
        {
            // <p align="center"><img …></p>, <div>, <center>, <a href><img></a>: the alignment is the page's business, the image is content.
            // Read again keeping positions (a rare shape), so that each image and link is reported where it is written.
            var placed = _html.ParseKeepingPositions(text);
            var inlines = HtmlInlineConverter.PlaceAt(HtmlInlineConverter.Convert(placed), html.Line, html.Column);
            HtmlInlineConverter.PlaceLinksAndImages(inlines, placed, html.Line, html.Column);
            replacement = new ParagraphBlock { Inline = inlines };
        }

        if (replacement is null)
        {
            return;
        }

        replacement.Line = html.Line;
        replacement.Column = html.Column;
        replacement.Span = html.Span;
        var index = parent.IndexOf(html);
        parent.RemoveAt(index);
        parent.Insert(index, replacement);
    }

    /// <summary>Elements an image may be wrapped in, and the phrasing markup that may stand beside it (a caption line, a link).</summary>
    private static readonly HashSet<string> ImageWrapperContent = new(StringComparer.Ordinal)
    {
        "p", "div", "center", "a", "span", "img", "br", "strong", "b", "em", "i", "u", "s", "del", "mark", "code", "sub", "sup", "small",
    };

    /// <summary>A p, div, center or a element holding at least one image and nothing but phrasing markup around it.</summary>
    private static bool IsImageWrapper(IElement element) =>
        element.LocalName is "p" or "div" or "center" or "a"
        && element.QuerySelector("img") is not null
        && element.Descendants<IElement>().All(e => ImageWrapperContent.Contains(e.LocalName));

    private FigureBlock? CreateFigure(IElement figure, HtmlBlock html)
    {
        var img = figure.QuerySelector("img");
        if (img is null)
        {
            GitBookParseDiagnostics.Report(_document, DiagnosticCodes.FigureWithoutImage, html.Line + 1, html.Column + 1);
            return null;
        }

        var caption = figure.QuerySelector("figcaption");
        return new FigureBlock(null)
        {
            Source = img.GetAttribute("src") ?? string.Empty,
            Alt = img.GetAttribute("alt") ?? string.Empty,
            Width = ReadPixels(img.GetAttribute("width")),
            Height = ReadPixels(img.GetAttribute("height")),
            Caption = HtmlInlineConverter.PlaceAt(
                caption is null ? new ContainerInline() : HtmlInlineConverter.Convert(caption.ChildNodes),
                html.Line,
                html.Column),
        };
    }

    /// <summary>A whole <c>&lt;details&gt;</c> written in one HTML block: its body is HTML, read as one paragraph of inlines.</summary>
    private DetailsBlock CreateDetails(IElement details, HtmlBlock html)
    {
        var summary = details.Children.FirstOrDefault(e => e.LocalName == "summary");
        var block = new DetailsBlock(null)
        {
            Open = details.HasAttribute("open"),
            Summary = HtmlInlineConverter.PlaceAt(summary is null ? new ContainerInline() : HtmlInlineConverter.Convert(summary.ChildNodes), html.Line, html.Column),
        };

        var body = HtmlInlineConverter.PlaceAt(HtmlInlineConverter.Convert(details.ChildNodes.Where(n => n != summary)), html.Line, html.Column);
        if (body.FirstChild is not null)
        {
            block.Add(new ParagraphBlock { Inline = body, Line = html.Line, Column = html.Column, Span = html.Span });
        }

        return block;
    }

    private void RewriteInlines(ContainerInline container)
    {
        // Inner containers first, so that a mark inside emphasis is wrapped inside it (rewriting one changes only its own children).
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is ContainerInline inner)
            {
                RewriteInlines(inner);
            }
        }

        // Each inline is taken with the sibling that followed it before it was replaced or wrapped.
        Stack<HtmlInline>? openMarks = null;
        Stack<HtmlInline>? openLinks = null;
        Inline? next;
        for (var inline = container.FirstChild; inline is not null; inline = next)
        {
            next = inline.NextSibling;
            if (inline is not HtmlInline html)
            {
                continue;
            }

            var (name, isClosing) = HtmlFragmentReader.TagName(html.Tag);
            switch (name)
            {
                case "br" when !isClosing:
                    html.ReplaceBy(new LineBreakInline { IsHard = true, Span = html.Span, Line = html.Line, Column = html.Column }, copyChildren: false);
                    break;
                case "img" when !isClosing && HtmlFragmentReader.StartTagAttributes(html.Tag) is { } img:
                    var image = HtmlInlineConverter.PlaceAt(HtmlInlineConverter.ImageFrom(img), html.Line, html.Column);
                    image.Span = html.Span;
                    html.ReplaceBy(image, copyChildren: false);
                    break;
                case "mark" when !isClosing:
                    (openMarks ??= new()).Push(html);
                    break;
                case "mark" when openMarks is { Count: > 0 }:
                    WrapMark(openMarks.Pop(), html);
                    break;
                case "a" when !isClosing:
                    (openLinks ??= new()).Push(html);
                    break;
                case "a" when openLinks is { Count: > 0 }:
                    WrapImageLink(openLinks.Pop(), html);
                    break;
                case { Length: > 0 } when !HtmlElementNames.Contains(name):
                    // A placeholder written like a tag ("une colonne <sans titre>", "fichier-<n>.csv"): text, as GitBook shows it.
                    html.ReplaceBy(new LiteralInline(html.Tag) { Span = html.Span, Line = html.Line, Column = html.Column }, copyChildren: false);
                    break;
            }
        }
    }

    private void WrapMark(HtmlInline open, HtmlInline close)
    {
        var mark = new MarkInline
        {
            Style = HtmlFragmentReader.StartTagAttributes(open.Tag)?.GetValueOrDefault("style"),
            Line = open.Line,
            Column = open.Column,
            Span = new SourceSpan(open.Span.Start, close.Span.End),
        };

        var inline = open.NextSibling;
        while (inline is not null && inline != close)
        {
            var next = inline.NextSibling;
            inline.Remove();
            mark.AppendChild(inline);
            inline = next;
        }

        open.ReplaceBy(mark, copyChildren: false);
        close.Remove();
    }

    /// <summary>
    /// <c>&lt;a href="…"&gt;&lt;img …&gt;&lt;/a&gt;</c> (the image already converted): a Markdig link holding the image, so the
    /// target is resolved and outputs that can link an image do. Links around text only are left as they are.
    /// </summary>
    private static void WrapImageLink(HtmlInline open, HtmlInline close)
    {
        var href = HtmlFragmentReader.StartTagAttributes(open.Tag)?.GetValueOrDefault("href");
        var hasImage = false;
        for (var inline = open.NextSibling; inline is not null && inline != close; inline = inline.NextSibling)
        {
            hasImage |= inline is LinkInline { IsImage: true };
            if (inline is HtmlInline or LinkInline { IsImage: false })
            {
                // Nested or unconverted tags: the HTML is not the simple shape this reads.
                return;
            }
        }

        if (string.IsNullOrWhiteSpace(href) || !hasImage)
        {
            return;
        }

        var title = HtmlFragmentReader.StartTagAttributes(open.Tag)?.GetValueOrDefault("title") ?? string.Empty;
        var link = new LinkInline(href.Trim(), title)
        {
            Line = open.Line,
            Column = open.Column,
            Span = new SourceSpan(open.Span.Start, close.Span.End),
        };

        var child = open.NextSibling;
        while (child is not null && child != close)
        {
            var next = child.NextSibling;
            child.Remove();
            link.AppendChild(child);
            child = next;
        }

        open.ReplaceBy(link, copyChildren: false);
        close.Remove();
    }

    /// <summary>Removes GitBook's <c>&lt;a href="#x" id="x"&gt;&lt;/a&gt;</c> from a heading, keeping its id and any text it wrapped.</summary>
    private void RemoveHeadingAnchors(HeadingBlock heading)
    {
        foreach (var inline in heading.Inline!.ToList())
        {
            if (inline is not HtmlInline html || HtmlFragmentReader.TagName(html.Tag) is not ("a", false))
            {
                continue;
            }

            var anchor = HtmlFragmentReader.StartTagAttributes(html.Tag);
            var id = anchor?.GetValueOrDefault("id") ?? anchor?.GetValueOrDefault("name");
            var href = anchor?.GetValueOrDefault("href");
            if (string.IsNullOrEmpty(id) && href is { Length: > 1 } && href[0] == '#')
            {
                id = href[1..];
            }

            if (string.IsNullOrEmpty(id) || (href is not null && !href.StartsWith('#')))
            {
                continue;
            }

            var close = html.NextSibling;
            while (close is not null && !(close is HtmlInline c && HtmlFragmentReader.TagName(c.Tag) is ("a", true)))
            {
                close = close.NextSibling;
            }

            if (close is null)
            {
                continue;
            }

            GitBookHeadingAnchors.SetExplicitId(heading, id);
            html.Remove();
            close.Remove();
        }
    }

    /// <summary>
    /// Removes the id attribute that ends a heading in books made with the older GitBook (and kramdown, Pandoc):
    /// <c>## Setup {#setup_steps}</c> is the heading "Setup" with the id <c>setup_steps</c>. Returns true when one was removed.
    /// </summary>
    private static bool RemoveHeadingIdAttribute(HeadingBlock heading)
    {
        // Emphasis characters ('_' in an id) split the text into several literals: read the trailing ones together.
        var tail = new List<LiteralInline>();
        for (var inline = heading.Inline!.LastChild; inline is LiteralInline literal; inline = inline.PreviousSibling)
        {
            tail.Insert(0, literal);
        }

        var text = string.Concat(tail.Select(l => l.Content.ToString()));
        if (!text.EndsWith('}'))
        {
            return false;
        }

        var open = text.LastIndexOf("{#", StringComparison.Ordinal);
        var id = open < 0 ? string.Empty : text[(open + 2)..^1];
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':'))
        {
            return false;
        }

        if (GitBookHeadingAnchors.GetExplicitId(heading) is null)
        {
            GitBookHeadingAnchors.SetExplicitId(heading, id);
        }

        var remove = text.Length - open;
        for (var i = tail.Count - 1; i >= 0 && remove > 0; i--)
        {
            var length = tail[i].Content.Length;
            if (length <= remove)
            {
                tail[i].Remove();
                remove -= length;
            }
            else
            {
                var kept = tail[i].Content.ToString()[..(length - remove)];
                tail[i].Content = new Markdig.Helpers.StringSlice(kept);
                remove = 0;
            }
        }

        return true;
    }

    /// <summary>Drops white space at both ends of a heading, including spaces written as entities (<c>&amp;#x20;</c>).</summary>
    private static void TrimHeading(ContainerInline inlines)
    {
        while (inlines.LastChild is { } last && TrimEnd(last, atStart: false))
        {
        }

        while (inlines.FirstChild is { } first && TrimEnd(first, atStart: true))
        {
        }
    }

    /// <summary>Trims one end of a literal or entity; returns true when the inline was all space and has been removed.</summary>
    private static bool TrimEnd(Inline inline, bool atStart)
    {
        switch (inline)
        {
            case HtmlEntityInline entity when string.IsNullOrWhiteSpace(entity.Transcoded.ToString()):
                inline.Remove();
                return true;
            case LiteralInline literal:
                var text = literal.Content.ToString();
                var trimmed = atStart ? text.TrimStart() : text.TrimEnd();
                if (trimmed.Length == 0)
                {
                    inline.Remove();
                    return true;
                }

                if (trimmed.Length != text.Length)
                {
                    literal.Content = new Markdig.Helpers.StringSlice(trimmed);
                }

                return false;
            default:
                return false;
        }
    }

    private static int? ReadPixels(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = value.AsSpan().Trim();
        var length = 0;
        while (length < digits.Length && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }

        return length > 0 && int.TryParse(digits[..length], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pixels)
            ? pixels
            : null;
    }
}
