using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>
/// Small HTML readings done with AngleSharp for one page: fragments, the inlines of a summary, the attributes of a start tag.
/// One reader per parsed document (kept in it), so that the parser and its context element are made once.
/// </summary>
internal sealed class HtmlFragmentReader
{
    private static readonly object DataKey = typeof(HtmlFragmentReader);

    private HtmlParser? _parser;
    private IElement? _context;
    private HtmlParser? _placingParser;
    private IElement? _placingContext;

    /// <summary>The reader of <paramref name="document"/>, made on first use.</summary>
    public static HtmlFragmentReader For(MarkdownDocument document)
    {
        if (document.GetData(DataKey) is not HtmlFragmentReader reader)
        {
            reader = new HtmlFragmentReader();
            document.SetData(DataKey, reader);
        }

        return reader;
    }

    /// <summary>Forgets the reader once the page is parsed: the finished tree holds no parser.</summary>
    public static void Release(MarkdownDocument document) => document.RemoveData(DataKey);

    /// <summary>The nodes of <paramref name="html"/> read as the content of a <c>&lt;body&gt;</c>.</summary>
    public INodeList Parse(string html)
    {
        // Made on first use: most pages need no HTML parse at all, and a parser costs a browsing context.
        _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = false });
        _context ??= _parser.ParseDocument(string.Empty).Body!;
        return _parser.ParseFragment(html, _context);
    }

    /// <summary>
    /// As <see cref="Parse"/>, each element keeping its line and column in <paramref name="html"/>: for tables, whose cells and
    /// links are reported where they stand. A parser of its own, since keeping positions costs every other parse.
    /// </summary>
    public INodeList ParseKeepingPositions(string html)
    {
        _placingParser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        _placingContext ??= _placingParser.ParseDocument(string.Empty).Body!;
        return _placingParser.ParseFragment(html, _placingContext);
    }

    /// <summary>The inlines of the first <c>&lt;summary&gt;</c> in <paramref name="html"/> (or of the whole fragment when there is none).</summary>
    public ContainerInline Summary(string html)
    {
        if (PlainSummaryText(html) is { } plain)
        {
            return HtmlInlineConverter.Text(plain);
        }

        var nodes = Parse(html);
        var summary = nodes.OfType<IElement>().FirstOrDefault(e => e.LocalName == "summary");
        return HtmlInlineConverter.Convert(summary is null ? nodes : summary.ChildNodes);
    }

    /// <summary>
    /// The text of <c>&lt;summary&gt;text&lt;/summary&gt;</c> when it is all there is and the text holds no markup, entity,
    /// carriage return or NUL (which the HTML parser would change): most summaries, read without building a fragment tree.
    /// </summary>
    private static string? PlainSummaryText(string html)
    {
        const string Open = "<summary>";
        const string Close = "</summary>";
        var span = html.AsSpan().Trim();
        if (span.Length < Open.Length + Close.Length
            || !span.StartsWith(Open, StringComparison.OrdinalIgnoreCase)
            || !span.EndsWith(Close, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var text = span[Open.Length..^Close.Length];
        return text.IndexOfAny("<>&\r\0") >= 0 ? null : text.ToString();
    }

    /// <summary>
    /// The attributes of the start tag <paramref name="tag"/> holds (<c>&lt;img src="…" alt="…"&gt;</c>), read with AngleSharp's
    /// tokenizer alone: much cheaper than building a fragment tree for each inline tag of a page. Null when it is no start tag.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? StartTagAttributes(string tag)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(tag), HtmlEntityProvider.Resolver);
        if (tokenizer.Get() is not HtmlTagToken { Type: HtmlTokenType.StartTag } start)
        {
            return null;
        }

        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attribute in start.Attributes)
        {
            attributes.TryAdd(attribute.Name, attribute.Value);
        }

        return attributes;
    }

    /// <summary>The name of the tag an HTML inline holds and whether it closes (<c>&lt;/mark&gt;</c>).</summary>
    public static (string Name, bool IsClosing) TagName(string tag)
    {
        var span = tag.AsSpan().Trim();
        if (span.Length < 3 || span[0] != '<')
        {
            return (string.Empty, false);
        }

        var isClosing = span[1] == '/';
        var i = isClosing ? 2 : 1;
        var start = i;
        while (i < span.Length && (char.IsAsciiLetterOrDigit(span[i]) || span[i] == '-'))
        {
            i++;
        }

        var name = span[start..i];
        return (KnownTagName(name) ?? name.ToString().ToLowerInvariant(), isClosing);
    }

    /// <summary>The tags the rewriter looks for, named without a new string for every inline tag of a page.</summary>
    private static string? KnownTagName(ReadOnlySpan<char> name)
    {
        foreach (var known in (ReadOnlySpan<string>)["a", "br", "img", "mark", "span"])
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }
}
