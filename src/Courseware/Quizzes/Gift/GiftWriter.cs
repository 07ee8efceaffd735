using System.Globalization;
using System.Text;
using Courseware.Diagnostics;

namespace Courseware.Quizzes.Gift;

/// <summary>
/// Writes questions as GIFT text that Moodle's import and <see cref="GiftParser"/> read back to the same model:
/// every special character escaped, newlines written <c>\n</c>, formats written where they differ from the question's.
/// </summary>
public static class GiftWriter
{
    /// <summary>GIFT for <paramref name="questions"/>, with a <c>$CATEGORY:</c> line wherever the category changes and a blank line after each question.</summary>
    /// <param name="questions">The questions, in order.</param>
    /// <param name="comment">A comment line written before each question (e.g. its id), or null for none.</param>
    public static string Write(IEnumerable<Question> questions, Func<Question, string?>? comment = null)
    {
        var sb = new StringBuilder();
        string? category = null;
        foreach (var q in questions)
        {
            if (q.Category != category)
            {
                // An empty $CATEGORY: line ends the previous category.
                sb.Append(q.Category is null ? "$CATEGORY:" : "$CATEGORY: " + OneLine(q.Category)).Append("\n\n");
                category = q.Category;
            }

            var note = comment?.Invoke(q);
            if (!string.IsNullOrEmpty(note))
            {
                sb.Append("// ").Append(OneLine(note)).Append('\n');
            }

            sb.Append(WriteQuestion(q)).Append("\n\n");
        }

        return sb.ToString();
    }

    /// <summary>One question, without trailing newline.</summary>
    public static string WriteQuestion(Question q)
    {
        var sb = new StringBuilder();
        if (q.Title is not null)
        {
            sb.Append("::").Append(Escape(q.Title)).Append("::");
        }

        var format = q.Stem.Format;
        var forcePrefix = format != TextFormat.Moodle || LooksLikeFormat(q.Stem.Text)
            || (q.Title is null && q.Stem.Text.StartsWith("//", StringComparison.Ordinal));
        if (forcePrefix)
        {
            sb.Append('[').Append(format.ToName()).Append(']');
        }

        sb.Append(Escape(q.Stem.Text));
        if (q.Type == QuestionType.Description)
        {
            return sb.ToString();
        }

        if (!q.MissingWord && q.Stem.Text.Length > 0)
        {
            sb.Append(' ');
        }

        sb.Append('{');
        switch (q.Type)
        {
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                sb.Append('\n');

                // A choice question needs a '~' answer, else it reads back as a short answer: when every choice is right, the last is written '~%100%'.
                var allRight = q.Choices.All(c => c.Fraction == 1);
                for (var i = 0; i < q.Choices.Count; i++)
                {
                    var c = q.Choices[i];
                    var single = q.Type == QuestionType.SingleChoice && !(allRight && i == q.Choices.Count - 1);
                    var marker = single && c.Fraction == 1 ? "=" : "~";
                    var weight = (single && c.Fraction == 1) || (c.Fraction == 0 && !c.Text.Text.StartsWith('%'))
                        ? string.Empty
                        : Weight(c.Fraction);
                    if (marker == "=" && c.Text.Text.StartsWith('%'))
                    {
                        // '=' cannot carry a weight in a choice question, so a text starting with '%' keeps its format prefix instead.
                        sb.Append('\t').Append(marker).Append('[').Append(c.Text.Format.ToName()).Append(']').Append(Escape(c.Text.Text));
                    }
                    else
                    {
                        sb.Append('\t').Append(marker).Append(weight).Append(Text(c.Text, format));
                    }

                    AppendFeedback(sb, c.Feedback, format);
                    sb.Append('\n');
                }

                AppendGeneralFeedback(sb, q, format, true);
                break;

            case QuestionType.ShortAnswer:
                sb.Append('\n');
                foreach (var c in q.Choices)
                {
                    var weight = c.Fraction == 1 && !c.Text.Text.StartsWith('%') ? string.Empty : Weight(c.Fraction);
                    sb.Append("\t=").Append(weight).Append(Text(c.Text, format));
                    AppendFeedback(sb, c.Feedback, format);
                    sb.Append('\n');
                }

                AppendGeneralFeedback(sb, q, format, true);
                break;

            case QuestionType.Numerical:
                sb.Append('#');
                if (q.Numeric.Count == 1 && q.Numeric[0].Fraction == 1 && q.OtherFeedback is null)
                {
                    sb.Append(Number(q.Numeric[0]));
                    AppendFeedback(sb, q.Numeric[0].Feedback, format);
                    AppendGeneralFeedback(sb, q, format, false);
                    break;
                }

                sb.Append('\n');
                foreach (var n in q.Numeric)
                {
                    sb.Append("\t=").Append(n.Fraction == 1 ? string.Empty : Weight(n.Fraction)).Append(Number(n));
                    AppendFeedback(sb, n.Feedback, format);
                    sb.Append('\n');
                }

                if (q.OtherFeedback is not null)
                {
                    sb.Append("\t~#").Append(Text(q.OtherFeedback, format)).Append('\n');
                }

                AppendGeneralFeedback(sb, q, format, true);
                break;

            case QuestionType.Matching:
                sb.Append('\n');
                foreach (var p in q.Pairs)
                {
                    sb.Append("\t=").Append(p.Left.IsEmpty ? string.Empty : Text(p.Left, format)).Append(" -> ").Append(Escape(p.Right)).Append('\n');
                }

                AppendGeneralFeedback(sb, q, format, true);
                break;

            case QuestionType.TrueFalse:
                sb.Append(q.Correct == true ? "TRUE" : "FALSE");
                if (q.FeedbackWrong is not null || q.FeedbackRight is not null)
                {
                    sb.Append('#');
                    if (q.FeedbackWrong is not null)
                    {
                        sb.Append(Text(q.FeedbackWrong, format));
                    }
                }

                if (q.FeedbackRight is not null)
                {
                    sb.Append('#').Append(Text(q.FeedbackRight, format));
                }

                AppendGeneralFeedback(sb, q, format, false);
                break;

            case QuestionType.Essay:
                AppendGeneralFeedback(sb, q, format, false);
                break;
        }

        sb.Append('}');
        if (q.MissingWord)
        {
            sb.Append(Escape(q.StemAfter.Text));
        }

        return sb.ToString();
    }

    /// <summary>Why a question cannot be written so that Moodle reads it back exactly, or null when it can.</summary>
    public static DiagnosticPhrase? FindLossyText(Question q)
    {
        // GIFT has no escape for '->': in an answer block with '=' and no '~' it always makes a matching question.
        if (q.Type == QuestionType.ShortAnswer && q.Choices.Any(c => HasArrow(c.Text) || HasArrow(c.Feedback)))
        {
            return DiagnosticPhrases.ShortAnswerArrow;
        }

        if (q.Type == QuestionType.Matching && q.Pairs.Any(p => p.Left.Text.Contains("->", StringComparison.Ordinal)))
        {
            return DiagnosticPhrases.MatchingArrow;
        }

        if (q.Type == QuestionType.SingleChoice && !q.Choices.Any(c => c.Fraction == 1))
        {
            return DiagnosticPhrases.SingleChoiceWithoutFullAnswer;
        }

        return null;
    }

    private static bool HasArrow(QuizText? text) => text is not null && text.Text.Contains("->", StringComparison.Ordinal);

    /// <summary>Escapes GIFT's special characters (<c>\ ~ = # { } :</c>) and writes line breaks as <c>\n</c>.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '~' or '=' or '#' or '{' or '}' or ':':
                    sb.Append('\\').Append(c);
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    break;
                default:
                    if (!char.IsControl(c) || c == '\t')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static void AppendFeedback(StringBuilder sb, QuizText? feedback, TextFormat questionFormat)
    {
        if (feedback is not null)
        {
            sb.Append('#').Append(Text(feedback, questionFormat));
        }
    }

    private static void AppendGeneralFeedback(StringBuilder sb, Question q, TextFormat questionFormat, bool ownLine)
    {
        if (q.GeneralFeedback is null)
        {
            return;
        }

        sb.Append(ownLine ? "\t####" : "####").Append(Text(q.GeneralFeedback, questionFormat));
        if (ownLine)
        {
            sb.Append('\n');
        }
    }

    /// <summary>A text with its format prefix when it differs from the question's (or when the text itself starts like a prefix).</summary>
    private static string Text(QuizText text, TextFormat questionFormat)
    {
        var escaped = Escape(text.Text);
        return text.Format != questionFormat || LooksLikeFormat(text.Text) ? $"[{text.Format.ToName()}]{escaped}" : escaped;
    }

    private static bool LooksLikeFormat(string text)
    {
        if (!text.StartsWith('['))
        {
            return false;
        }

        var end = text.IndexOf(']', StringComparison.Ordinal);
        return end > 0 && GiftParser.FormatFromName(text[1..end]) is not null;
    }

    private static string Weight(double fraction) =>
        "%" + ((decimal)fraction * 100).ToString("0.##########", CultureInfo.InvariantCulture) + "%";

    private static string Number(NumericAnswer n)
    {
        if (n.Min is not null && n.Max is not null)
        {
            return $"{R(n.Min.Value)}..{R(n.Max.Value)}";
        }

        var value = R(n.Value ?? 0);
        return n.Tolerance == 0 ? value : $"{value}:{R(n.Tolerance)}";
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string OneLine(string text) => text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace('\n', ' ');
}
