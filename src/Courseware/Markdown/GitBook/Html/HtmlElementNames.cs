using System.Collections.Frozen;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>
/// The element names of HTML (current and obsolete ones still met in pages). Text such as <c>&lt;sans titre&gt;</c> or
/// <c>&lt;n&gt;</c> is a tag for Markdown, but names no HTML element: GitBook shows it as written, and so do we.
/// </summary>
internal static class HtmlElementNames
{
    private static readonly FrozenSet<string> Names = new[]
    {
        "a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big", "blink",
        "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data",
        "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset",
        "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li", "link",
        "main", "map", "mark", "marquee", "math", "menu", "meta", "meter", "nav", "nobr", "noembed", "noframes", "noscript",
        "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress", "q", "rb",
        "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span",
        "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea",
        "tfoot", "th", "thead", "time", "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for the name of an HTML element, in any case.</summary>
    public static bool Contains(string name) => Names.Contains(name);
}
