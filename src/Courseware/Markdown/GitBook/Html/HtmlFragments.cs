using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>Small HTML readings done with AngleSharp: the element a tag opens, the inlines of a summary.</summary>
internal static class HtmlFragments
{
    public static HtmlParser CreateParser() => new(new HtmlParserOptions { IsKeepingSourceReferences = false });

    /// <summary>The nodes of <paramref name="html"/> read as the content of a <c>&lt;body&gt;</c>.</summary>
    public static INodeList Parse(HtmlParser parser, string html)
    {
        var context = parser.ParseDocument(string.Empty).Body!;
        return parser.ParseFragment(html, context);
    }

    /// <summary>The first element of a fragment such as <c>&lt;mark style="…"&gt;</c>, or null.</summary>
    public static IElement? FirstElement(string html) => FirstElement(CreateParser(), html);

    public static IElement? FirstElement(HtmlParser parser, string html) =>
        Parse(parser, html).OfType<IElement>().FirstOrDefault();

    /// <summary>The inlines of the first <c>&lt;summary&gt;</c> in <paramref name="html"/> (or of the whole fragment when there is none).</summary>
    public static ContainerInline Summary(string html)
    {
        var parser = CreateParser();
        var nodes = Parse(parser, html);
        var summary = nodes.OfType<IElement>().FirstOrDefault(e => e.LocalName == "summary");
        return new HtmlInlineConverter(parser).Convert(summary is null ? nodes : summary.ChildNodes);
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

        return (span[start..i].ToString().ToLowerInvariant(), isClosing);
    }
}
