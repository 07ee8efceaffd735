using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Courseware.Quizzes;

/// <summary>Plain-text forms of quiz texts, for summaries, ids, answer keys and <c>inspect</c>.</summary>
public static partial class QuizTextPlain
{
    /// <summary>The text without markup: Markdown rendered to text, HTML tags removed and entities decoded, white space collapsed.</summary>
    public static string ToPlain(QuizText text)
    {
        var plain = text.Format switch
        {
            TextFormat.Markdown => Markdig.Markdown.ToPlainText(text.Text),
            TextFormat.Html or TextFormat.Moodle => WebUtility.HtmlDecode(InlineTagPattern().Replace(BlockTagPattern().Replace(text.Text, " "), string.Empty)),
            _ => text.Text,
        };
        return Collapse(plain);
    }

    /// <summary>The question text as the learner reads it, with <c>_____</c> where a missing-word blank stands.</summary>
    public static string StemPlain(QuizText stem, QuizText after, bool missingWord)
    {
        if (!missingWord)
        {
            return ToPlain(stem);
        }

        var sb = new StringBuilder();
        var before = ToPlain(stem);
        sb.Append(before);
        if (before.Length > 0 && stem.Text.Length > 0 && char.IsWhiteSpace(stem.Text[^1]))
        {
            sb.Append(' ');
        }

        sb.Append("_____");
        var rest = ToPlain(after);
        if (rest.Length > 0 && after.Text.Length > 0 && char.IsWhiteSpace(after.Text[0]))
        {
            sb.Append(' ');
        }

        sb.Append(rest);
        return sb.ToString();
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            if (!char.IsControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Tags that separate words (paragraphs, line breaks, cells, list items).</summary>
    [GeneratedRegex("</?(p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|table|tr|td|th|blockquote|pre|section|figure|figcaption)\\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTagPattern();

    /// <summary>Any other tag (and comments), removed without a space: <c>l'&lt;b&gt;activité&lt;/b&gt;</c> reads <c>l'activité</c>.</summary>
    [GeneratedRegex("<!--.*?-->|</?[A-Za-z][^>]*>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex InlineTagPattern();
}
