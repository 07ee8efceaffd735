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

        var match = TagPattern().Match(tag);
        var location = context.LocationOf(inline);
        if (!match.Success)
        {
            context.Sanitizer.Sanitize(tag, location, context.Diagnostics);
            return;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (!context.Sanitizer.IsAllowedTag(name))
        {
            context.Diagnostics.Report(Diagnostics.DiagnosticCodes.RawHtmlSanitized, location, $"<{name}>");
            return;
        }

        if (match.Groups["close"].Success)
        {
            renderer.Write("</").Write(name).Write('>');
            return;
        }

        if (VoidTags.Contains(name))
        {
            renderer.Write(context.Sanitizer.Sanitize(tag, location, context.Diagnostics, context.RawHtmlUrl));
            return;
        }

        // Sanitise the opening tag with an empty element, then keep only the opening part.
        var clean = context.Sanitizer.Sanitize(tag + "</" + name + ">", location, context.Diagnostics, context.RawHtmlUrl);
        var end = clean.LastIndexOf("</", StringComparison.Ordinal);
        renderer.Write(end > 0 ? clean[..end] : "<" + name + ">");
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagPattern();
}
