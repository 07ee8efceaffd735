using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>
/// Inline raw HTML arrives one tag at a time (<c>&lt;kbd&gt;</c>, text, <c>&lt;/kbd&gt;</c>): an allowed tag is kept after its
/// attributes are sanitised, a closing tag is rewritten plainly, anything else is dropped with a warning.
/// </summary>
public sealed partial class SanitizedHtmlInlineRenderer : ScormObjectRenderer<HtmlInline>
{
    private static readonly HashSet<string> VoidTags = new(StringComparer.OrdinalIgnoreCase) { "br", "img", "wbr", "hr", "source", "track" };

    protected override void Write(ScormHtmlRenderer renderer, HtmlInline inline)
    {
        var context = renderer.Context;
        var tag = inline.Tag;
        if (context.Options.AllowRawHtml)
        {
            renderer.Write(tag);
            return;
        }

        if (tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            return;
        }

        var location = context.LocationOf(inline);
        if (!TagPattern().IsMatch(tag))
        {
            context.Sanitizer.Sanitize(tag, location, context.Diagnostics);
            return;
        }

        renderer.Write(SanitizeTag(tag, context, location));
    }

    /// <summary>True when the text is exactly one opening or closing tag.</summary>
    internal static bool IsLoneTag(string text) => LoneTagPattern().IsMatch(text);

    /// <summary>One tag, sanitised on its own: a disallowed tag gives nothing (and a warning), a closing tag is rewritten plainly.</summary>
    internal static string SanitizeTag(string tag, PageRenderContext context, Courseware.Diagnostics.SourceLocation location)
    {
        var match = TagPattern().Match(tag);
        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (!context.Sanitizer.IsAllowedTag(name))
        {
            context.Diagnostics.Report(Diagnostics.DiagnosticCodes.RawHtmlSanitized, location, $"<{name}>");
            return string.Empty;
        }

        if (match.Groups["close"].Success)
        {
            return "</" + name + ">";
        }

        if (VoidTags.Contains(name))
        {
            return context.Sanitizer.Sanitize(tag, location, context.Diagnostics, context.RawHtmlUrl);
        }

        // Sanitise the opening tag with an empty element, then keep only the opening part.
        var clean = context.Sanitizer.Sanitize(tag + "</" + name + ">", location, context.Diagnostics, context.RawHtmlUrl);
        var end = clean.LastIndexOf("</", StringComparison.Ordinal);
        return end > 0 ? clean[..end] : "<" + name + ">";
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>$")]
    private static partial Regex LoneTagPattern();
}
