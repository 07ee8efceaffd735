using System.Net;
using Markdig;
using Courseware.Diagnostics;
using Courseware.Quizzes;
using Courseware.Scorm.Html;

namespace Courseware.Scorm.Quizzes;

/// <summary>Turns question, answer and feedback texts into safe HTML according to their GIFT format.</summary>
public sealed class QuizTextRenderer(RawHtmlSanitizer sanitizer, DiagnosticBag diagnostics, bool allowRawHtml)
{
    private static readonly Markdig.MarkdownPipeline InlinePipeline = new Markdig.MarkdownPipelineBuilder().UseEmphasisExtras().Build();

    public string ToHtml(QuizText? text, SourceLocation location)
    {
        if (text is null || text.IsEmpty)
        {
            return string.Empty;
        }

        switch (text.Format)
        {
            case TextFormat.Plain:
                return WebUtility.HtmlEncode(text.Text).Replace("\n", "<br>", StringComparison.Ordinal);
            case TextFormat.Markdown:
                var html = Markdig.Markdown.ToHtml(text.Text, InlinePipeline).Trim();
                if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
                {
                    html = html[3..^4];
                }

                return Clean(html, location);
            default:
                // Moodle and HTML formats may hold markup; line breaks are kept as GIFT authors expect.
                return Clean(text.Text.Replace("\n", "<br>", StringComparison.Ordinal), location);
        }
    }

    /// <summary>Plain text of a quiz text (for labels, interaction descriptions).</summary>
    public static string ToPlain(QuizText? text)
    {
        if (text is null || text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Format == TextFormat.Plain)
        {
            return text.Text.Trim();
        }

        var noTags = System.Text.RegularExpressions.Regex.Replace(text.Text, "<[^>]*>", " ");
        return System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(noTags), @"\s+", " ").Trim();
    }

    private string Clean(string html, SourceLocation location) => allowRawHtml ? html : sanitizer.Sanitize(html, location, diagnostics);
}
