using System.Globalization;
using System.Text.Json;
using Courseware.Diagnostics;
using Courseware.Quizzes;
using Courseware.Scorm.Packaging;

namespace Courseware.Scorm.Quizzes;

/// <summary>
/// The scoring data of one question for the runtime, and the interaction it records: type, id, choice identifiers and
/// correct-response patterns in the exact format of the SCORM version.
/// </summary>
/// <remarks>
/// The runtime applies the rules of <see cref="QuizScoring"/> to this data: fractions of choices, accepted answers as
/// <see cref="QuizScoring.NormalizeText"/> patterns, numeric ranges, matching items, weights (0 for essays).
/// </remarks>
public sealed class QuestionData(ScormVersion version, QuizTextRenderer texts, DiagnosticBag diagnostics)
{
    private bool Is12 => version == ScormVersion.Scorm12;

    public void Write(Utf8JsonWriter json, Question question)
    {
        json.WriteString("iid", InteractionIds.Question(question));
        json.WriteString("kind", Kind(question.Type));
        json.WriteString("type", InteractionType(question.Type));
        var scored = question.Type != QuestionType.Essay;
        if (!scored)
        {
            diagnostics.Report(DiagnosticCodes.EssayNotScored, question.Location, question.Id);
        }

        json.WriteNumber("weight", QuizScoring.IsAutoGraded(question.Type) ? question.Weight : 0);
        json.WriteString("text", Truncate(question.StemPlain, 250));
        WriteFeedback(json, "general", question.GeneralFeedback, question);

        var patterns = new List<string>();
        string expected = string.Empty;
        switch (question.Type)
        {
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                if (Is12 && question.Choices.Count > 36)
                {
                    diagnostics.Report(DiagnosticCodes.TooManyChoicesForScorm12, question.Location, question.Id, question.Choices.Count);
                }

                json.WriteStartArray("choices");
                for (var c = 0; c < question.Choices.Count; c++)
                {
                    var choice = question.Choices[c];
                    json.WriteStartObject();
                    json.WriteString("rid", InteractionIds.Choice(version, c) ?? string.Empty);
                    json.WriteNumber("fraction", choice.Fraction);
                    WriteFeedback(json, "feedback", choice.Feedback, question);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                (patterns, expected) = ChoicePatterns(question);
                break;
            case QuestionType.TrueFalse:
                var right = question.Correct ?? true;
                json.WriteBoolean("correct", right);
                WriteFeedback(json, "feedbackRight", question.FeedbackRight, question);
                WriteFeedback(json, "feedbackWrong", question.FeedbackWrong, question);
                patterns.Add(Is12 ? (right ? "t" : "f") : (right ? "true" : "false"));
                break;
            case QuestionType.ShortAnswer:
                json.WriteStartArray("answers");
                foreach (var answer in question.Choices)
                {
                    json.WriteStartObject();
                    json.WriteString("pattern", QuizScoring.NormalizeText(answer.Text.Text));
                    json.WriteNumber("fraction", answer.Fraction);
                    WriteFeedback(json, "feedback", answer.Feedback, question);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                var best = question.Choices.Where(a => a.Fraction > 0).OrderByDescending(a => a.Fraction).ToList();
                var top = best.Count > 0 ? best[0].Fraction : 0;
                foreach (var answer in best.Where(a => a.Fraction >= top).Take(Is12 ? 10 : 5))
                {
                    patterns.Add(FillInPattern(QuizTextRenderer.ToPlain(answer.Text)));
                }

                expected = best.Count > 0 ? QuizTextRenderer.ToPlain(best[0].Text) : string.Empty;
                break;
            case QuestionType.Numerical:
                json.WriteStartArray("ranges");
                foreach (var range in question.Numeric)
                {
                    json.WriteStartObject();
                    json.WriteNumber("low", range.Low);
                    json.WriteNumber("high", range.High);
                    json.WriteNumber("fraction", range.Fraction);
                    WriteFeedback(json, "feedback", range.Feedback, question);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                WriteFeedback(json, "otherFeedback", question.OtherFeedback, question);
                if (question.Numeric.Where(r => r.Fraction > 0).OrderByDescending(r => r.Fraction).FirstOrDefault() is { } bestRange)
                {
                    var value = bestRange.Value ?? bestRange.Low;
                    patterns.Add(Is12 ? Number(value) : Number(bestRange.Low) + "[:]" + Number(bestRange.High));
                    expected = bestRange.Value is { } v
                        ? (bestRange.Tolerance > 0 ? $"{Number(v)} ± {Number(bestRange.Tolerance)}" : Number(v))
                        : $"{Number(bestRange.Low)} – {Number(bestRange.High)}";
                }

                break;
            case QuestionType.Matching:
                var (lefts, rights) = QuizHtmlWriter.MatchingParts(question);
                json.WriteStartArray("items");
                var pairs = new List<string>();
                var expectedPairs = new List<string>();
                for (var l = 0; l < lefts.Count; l++)
                {
                    var answer = rights.ToList().IndexOf(lefts[l].Right);
                    json.WriteStartObject();
                    json.WriteString("rid", InteractionIds.MatchSource(version, l) ?? string.Empty);
                    json.WriteNumber("answer", answer);
                    json.WriteEndObject();
                    pairs.Add(InteractionIds.MatchSource(version, l) + (Is12 ? "." : "[.]") + InteractionIds.MatchTarget(version, answer));
                    expectedPairs.Add(QuizTextRenderer.ToPlain(lefts[l].Left) + " → " + lefts[l].Right);
                }

                json.WriteEndArray();
                json.WriteStartArray("targets");
                for (var r = 0; r < rights.Count; r++)
                {
                    json.WriteStringValue(InteractionIds.MatchTarget(version, r) ?? string.Empty);
                }

                json.WriteEndArray();
                patterns.Add(string.Join(Is12 ? "," : "[,]", pairs));
                expected = string.Join(" ; ", expectedPairs);
                break;
        }

        json.WriteStartArray("patterns");
        foreach (var pattern in patterns)
        {
            json.WriteStringValue(pattern);
        }

        json.WriteEndArray();
        json.WriteString("expected", expected);
    }

    private (List<string> Patterns, string Expected) ChoicePatterns(Question question)
    {
        var separator = Is12 ? "," : "[,]";
        var ids = question.Choices.Select((c, i) => (Choice: c, Id: InteractionIds.Choice(version, i))).Where(x => x.Id is not null).ToList();
        if (question.Type == QuestionType.MultipleChoice)
        {
            var positive = ids.Where(x => x.Choice.Fraction > 0).ToList();
            return ([string.Join(separator, positive.Select(x => x.Id))], string.Join(" ; ", positive.Select(x => QuizTextRenderer.ToPlain(x.Choice.Text))));
        }

        var top = ids.Count > 0 ? ids.Max(x => x.Choice.Fraction) : 0;
        var best = ids.Where(x => x.Choice.Fraction > 0 && x.Choice.Fraction >= top).ToList();
        return ([.. best.Select(x => x.Id!)], string.Join(" ; ", best.Select(x => QuizTextRenderer.ToPlain(x.Choice.Text))));
    }

    private string FillInPattern(string text)
    {
        // SCORM 2004 reserves "[" sequences as delimiters: keep the answer readable by dropping them.
        var clean = Is12 ? text : text.Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal);
        return Truncate(clean, Is12 ? 255 : 250);
    }

    private void WriteFeedback(Utf8JsonWriter json, string name, QuizText? text, Question question)
    {
        if (text is not null && !text.IsEmpty)
        {
            json.WriteString(name, texts.ToHtml(text, question.Location));
        }
    }

    private string InteractionType(QuestionType type) => type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleChoice => "choice",
        QuestionType.TrueFalse => "true-false",
        QuestionType.Numerical => "numeric",
        QuestionType.Matching => "matching",
        QuestionType.Essay => Is12 ? "fill-in" : "long-fill-in",
        _ => "fill-in",
    };

    private static string Kind(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "single",
        QuestionType.MultipleChoice => "multiple",
        QuestionType.TrueFalse => "truefalse",
        QuestionType.ShortAnswer => "short",
        QuestionType.Numerical => "numeric",
        QuestionType.Matching => "matching",
        QuestionType.Essay => "essay",
        _ => "description",
    };

    private static string Number(double value) => value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
