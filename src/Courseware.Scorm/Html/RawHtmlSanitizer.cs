using Courseware.Diagnostics;
using Ganss.Xss;

namespace Courseware.Scorm.Html;

/// <summary>Cleans raw HTML written in pages (no scripts, no event handlers, no javascript: URLs) and reports what it removed at the place it was written.</summary>
public sealed class RawHtmlSanitizer
{
    private static readonly string[] ExtraTags = ["figure", "figcaption", "mark", "details", "summary", "picture", "source", "video", "audio", "track"];
    private static readonly string[] ExtraAttributes = ["id", "controls", "poster", "preload", "muted", "loop", "playsinline", "kind", "srclang", "label", "open", "loading", "role", "aria-label", "aria-hidden"];

    /// <summary>Characters the HTML parser or the serializer would change or read as markup.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkupCharacters = System.Buffers.SearchValues.Create("<>&\"'\r\0\u00A0");

    private readonly HtmlSanitizer _sanitizer;
    private readonly List<string> _removed = [];
    private Func<string, string?>? _rewriteUrl;

    public RawHtmlSanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        foreach (var tag in ExtraTags)
        {
            _sanitizer.AllowedTags.Add(tag);
        }

        foreach (var attribute in ExtraAttributes)
        {
            _sanitizer.AllowedAttributes.Add(attribute);
        }

        // A form in a page must not post the learner's input anywhere.
        _sanitizer.AllowedAttributes.Remove("action");
        _sanitizer.AllowedAttributes.Remove("formaction");
        _sanitizer.AllowDataAttributes = true;
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.RemovingTag += (_, e) => _removed.Add($"<{e.Tag.LocalName}>");
        _sanitizer.RemovingAttribute += (_, e) =>
        {
            // A style value GitBook understands but CSS does not ($primary) is no threat; only report what could run code.
            if (!string.Equals(e.Attribute.Name, "style", StringComparison.OrdinalIgnoreCase) && !string.Equals(e.Attribute.Name, "class", StringComparison.OrdinalIgnoreCase))
            {
                _removed.Add($"{e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\"");
            }
        };
        _sanitizer.FilterUrl += (_, e) =>
        {
            if (_rewriteUrl is not null && e.SanitizedUrl is { } url)
            {
                e.SanitizedUrl = _rewriteUrl(url);
            }
        };
    }

    /// <summary>Sanitises <paramref name="html"/>; what was removed is reported once as a warning at <paramref name="location"/>. <paramref name="rewriteUrl"/> maps kept URLs (e.g. to packaged assets).</summary>
    public string Sanitize(string html, SourceLocation location, DiagnosticBag diagnostics, Func<string, string?>? rewriteUrl = null)
    {
        if (html.AsSpan().IndexOfAny(MarkupCharacters) < 0)
        {
            // Text without markup, entities or characters the serializer escapes comes back unchanged: no parse needed.
            return html;
        }

        _removed.Clear();
        _rewriteUrl = rewriteUrl;
        try
        {
            var clean = _sanitizer.Sanitize(html);
            if (_removed.Count > 0)
            {
                diagnostics.Report(DiagnosticCodes.RawHtmlSanitized, location, string.Join(", ", _removed.Distinct(StringComparer.Ordinal)));
            }

            return clean;
        }
        finally
        {
            _rewriteUrl = null;
        }
    }

    /// <summary>True when the tag name is one the sanitiser keeps.</summary>
    public bool IsAllowedTag(string name) => _sanitizer.AllowedTags.Contains(name);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
