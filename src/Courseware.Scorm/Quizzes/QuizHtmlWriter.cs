using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Courseware.Diagnostics;
using Courseware.Quizzes;
using Courseware.Scorm.Html;
using Courseware.Scorm.Packaging;

namespace Courseware.Scorm.Quizzes;

/// <summary>
/// Writes a quiz as an accessible form (one fieldset per question, native inputs in their labels) followed by the data the
/// runtime scores it with: fractions, accepted answers, ranges, and each version's interaction ids and correct patterns.
/// </summary>
public sealed class QuizHtmlWriter(ScormVersion version, UiStrings strings, QuizTextRenderer texts, DiagnosticBag diagnostics)
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The HTML of one quiz; <paramref name="elementId"/> is unique in the document and <paramref name="storageKey"/> names the quiz in suspend data.</summary>
    public string Write(Quiz quiz, string elementId, string storageKey)
    {
        var html = new StringBuilder();
        var answerable = quiz.Questions.Where(q => q.Type != QuestionType.Description).ToList();
        // "Quiz : <title>" unless the title already says it is a quiz.
        var separator = strings.Language == "fr" ? " : " : ": ";
        var title = string.IsNullOrWhiteSpace(quiz.Title) ? strings["quiz"]
            : quiz.Title.StartsWith(strings["quiz"], StringComparison.OrdinalIgnoreCase) ? quiz.Title
            : strings["quiz"] + separator + quiz.Title;

        html.Append("<section class=\"cw-quiz\" data-cw-quiz").Append(Attr("id", elementId)).Append(Attr("aria-labelledby", elementId + "-title")).Append('>');
        html.Append("<h2 class=\"cw-quiz-title\"").Append(Attr("id", elementId + "-title")).Append("><span class=\"cw-icon\" aria-hidden=\"true\"></span>").Append(Escape(title)).Append("</h2>");
        html.Append("<p class=\"cw-quiz-intro\">").Append(Escape(strings.Format("passMark", Number(quiz.PassPercent))));
        if (quiz.Attempts is { } attempts)
        {
            html.Append(' ').Append(Escape(strings.Format("attemptsAllowed", attempts.ToString(CultureInfo.InvariantCulture))));
        }

        html.Append("</p>");
        html.Append("<form class=\"cw-quiz-form\" novalidate").Append(Attr("aria-labelledby", elementId + "-title")).Append('>');
        var number = 0;
        for (var i = 0; i < quiz.Questions.Count; i++)
        {
            var question = quiz.Questions[i];
            var qid = elementId + "-q" + (i + 1).ToString(CultureInfo.InvariantCulture);
            if (question.Type == QuestionType.Description)
            {
                html.Append("<div class=\"cw-question-description\">").Append(texts.ToHtml(question.Stem, question.Location)).Append("</div>");
                continue;
            }

            number++;
            WriteQuestion(html, question, qid, i, strings.Format("questionOf", number, answerable.Count));
        }

        html.Append("<div class=\"cw-quiz-actions\"><button type=\"submit\" class=\"cw-button cw-submit\">").Append(Escape(strings["submit"])).Append("</button></div>");
        html.Append("</form>");
        html.Append("<div class=\"cw-quiz-result\" role=\"status\" aria-live=\"polite\" tabindex=\"-1\"").Append(Attr("id", elementId + "-result")).Append("></div>");
        html.Append("<script type=\"application/json\" class=\"cw-quiz-data\">").Append(Data(quiz, elementId, storageKey)).Append("</script>");
        html.Append("</section>\n");
        return html.ToString();
    }

    private void WriteQuestion(StringBuilder html, Question question, string qid, int index, string numberLabel)
    {
        html.Append("<div class=\"cw-question\"").Append(Attr("id", qid)).Append(" data-cw-question=\"").Append(index.ToString(CultureInfo.InvariantCulture)).Append("\">");
        html.Append("<fieldset><legend><span class=\"cw-question-number\">").Append(Escape(numberLabel)).Append("</span> ");
        if (question.MissingWord)
        {
            // The sentence is shown once, with its blank as a control; the legend gives it whole to screen readers.
            html.Append("<span class=\"cw-question-text cw-visually-hidden\">").Append(Escape(question.StemPlain)).Append("</span>");
        }
        else
        {
            html.Append("<span class=\"cw-question-text\">").Append(texts.ToHtml(question.Stem, question.Location)).Append("</span>");
        }

        html.Append("</legend>");
        switch (question.Type)
        {
            case QuestionType.SingleChoice when question.MissingWord:
                WriteSentence(html, question, qid, SelectOfChoices(question, qid));
                break;
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                WriteChoices(html, question, qid, question.Type == QuestionType.SingleChoice ? "radio" : "checkbox");
                break;
            case QuestionType.TrueFalse:
                html.Append("<div class=\"cw-choices\">");
                html.Append(ChoiceLabel("radio", qid, "true", strings["true"]));
                html.Append(ChoiceLabel("radio", qid, "false", strings["false"]));
                html.Append("</div>");
                break;
            case QuestionType.ShortAnswer when question.MissingWord:
            case QuestionType.Numerical when question.MissingWord:
                WriteSentence(html, question, qid, TextInput(question, qid, hiddenLabel: true));
                break;
            case QuestionType.ShortAnswer:
            case QuestionType.Numerical:
                html.Append("<p class=\"cw-answer\"><label").Append(Attr("for", qid + "-input")).Append('>').Append(Escape(strings["yourAnswer"])).Append("</label> ")
                    .Append(TextInput(question, qid, hiddenLabel: false)).Append("</p>");
                break;
            case QuestionType.Matching:
                WriteMatching(html, question, qid);
                break;
            case QuestionType.Essay:
                html.Append("<p class=\"cw-answer\"><label").Append(Attr("for", qid + "-input")).Append('>').Append(Escape(strings["yourAnswer"])).Append("</label> ")
                    .Append("<span class=\"cw-hint-text\"").Append(Attr("id", qid + "-note")).Append('>').Append(Escape(strings["essayNote"])).Append("</span>")
                    .Append("<textarea rows=\"5\"").Append(Attr("id", qid + "-input")).Append(Attr("name", qid)).Append(Attr("aria-describedby", qid + "-note")).Append("></textarea></p>");
                break;
        }

        html.Append("<div class=\"cw-feedback\" hidden").Append(Attr("id", qid + "-feedback")).Append("></div>");
        html.Append("</fieldset></div>");
    }

    private void WriteSentence(StringBuilder html, Question question, string qid, string control)
    {
        html.Append("<p class=\"cw-sentence\">").Append(texts.ToHtml(question.Stem, question.Location)).Append(' ').Append(control).Append(' ')
            .Append(texts.ToHtml(question.StemAfter, question.Location)).Append("</p>");
    }

    private void WriteChoices(StringBuilder html, Question question, string qid, string inputType)
    {
        html.Append("<div class=\"cw-choices\" data-cw-shuffle>");
        for (var c = 0; c < question.Choices.Count; c++)
        {
            html.Append(ChoiceLabel(inputType, qid, c.ToString(CultureInfo.InvariantCulture), null, texts.ToHtml(question.Choices[c].Text, question.Location)));
        }

        html.Append("</div>");
    }

    private string ChoiceLabel(string inputType, string qid, string value, string? text, string? html = null) =>
        $"<label class=\"cw-choice\"><input type=\"{inputType}\"{Attr("name", qid)}{Attr("value", value)}> <span>{html ?? Escape(text!)}</span></label>";

    private string SelectOfChoices(Question question, string qid)
    {
        var sb = new StringBuilder();
        sb.Append("<label class=\"cw-visually-hidden\"").Append(Attr("for", qid + "-input")).Append('>').Append(Escape(strings["missingWord"])).Append("</label>");
        sb.Append("<select").Append(Attr("id", qid + "-input")).Append(Attr("name", qid)).Append(" data-cw-shuffle><option value=\"\">").Append(Escape(strings["chooseOption"])).Append("</option>");
        for (var c = 0; c < question.Choices.Count; c++)
        {
            sb.Append("<option").Append(Attr("value", c.ToString(CultureInfo.InvariantCulture))).Append('>').Append(Escape(QuizTextRenderer.ToPlain(question.Choices[c].Text))).Append("</option>");
        }

        return sb.Append("</select>").ToString();
    }

    private string TextInput(Question question, string qid, bool hiddenLabel)
    {
        var sb = new StringBuilder();
        if (hiddenLabel)
        {
            sb.Append("<label class=\"cw-visually-hidden\"").Append(Attr("for", qid + "-input")).Append('>').Append(Escape(strings["missingWord"])).Append("</label>");
        }

        sb.Append("<input type=\"text\" autocomplete=\"off\" spellcheck=\"false\"").Append(Attr("id", qid + "-input")).Append(Attr("name", qid));
        if (question.Type == QuestionType.Numerical)
        {
            sb.Append(" inputmode=\"decimal\"");
        }

        return sb.Append('>').ToString();
    }

    private void WriteMatching(StringBuilder html, Question question, string qid)
    {
        var (lefts, rights) = MatchingParts(question);
        html.Append("<div class=\"cw-matching\">");
        for (var l = 0; l < lefts.Count; l++)
        {
            var id = qid + "-m" + (l + 1).ToString(CultureInfo.InvariantCulture);
            html.Append("<p class=\"cw-match\"><label").Append(Attr("for", id)).Append('>').Append(texts.ToHtml(lefts[l].Left, question.Location)).Append("</label> ");
            html.Append("<select").Append(Attr("id", id)).Append(Attr("name", id)).Append(" data-cw-shuffle><option value=\"\">").Append(Escape(strings["chooseOption"])).Append("</option>");
            for (var r = 0; r < rights.Count; r++)
            {
                html.Append("<option").Append(Attr("value", r.ToString(CultureInfo.InvariantCulture))).Append('>').Append(Escape(rights[r])).Append("</option>");
            }

            html.Append("</select></p>");
        }

        html.Append("</div>");
    }

    /// <summary>Left-hand items (distractors left out) and the right-hand answers in a fixed order that does not give the pairs away.</summary>
    internal static (IReadOnlyList<MatchPair> Lefts, IReadOnlyList<string> Rights) MatchingParts(Question question)
    {
        var lefts = question.Pairs.Where(p => !p.Left.IsEmpty).ToList();
        var rights = question.Pairs.Select(p => p.Right).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (lefts, rights);
    }

    private string Data(Quiz quiz, string elementId, string storageKey)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", quiz.Id);
            json.WriteString("element", elementId);
            json.WriteString("key", storageKey);
            json.WriteNumber("pass", quiz.PassPercent);
            if (quiz.Attempts is { } attempts)
            {
                json.WriteNumber("attempts", attempts);
            }

            json.WriteBoolean("shuffle", quiz.Shuffle);
            json.WriteStartArray("questions");
            for (var i = 0; i < quiz.Questions.Count; i++)
            {
                var question = quiz.Questions[i];
                if (question.Type == QuestionType.Description)
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteNumber("index", i);
                json.WriteString("element", elementId + "-q" + (i + 1).ToString(CultureInfo.InvariantCulture));
                new QuestionData(version, texts, diagnostics).Write(json, question);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => HtmlText.Escape(text);

    private static string Attr(string name, string value) => $" {name}=\"{HtmlText.Escape(value)}\"";
}
