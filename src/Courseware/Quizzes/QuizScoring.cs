using System.Globalization;
using System.Text;

namespace Courseware.Quizzes;

/// <summary>
/// The scoring rules of quizzes, defined once for every output (SCORM runtime, answer keys, previews):
/// <list type="bullet">
/// <item>single choice: the fraction of the chosen answer, clamped to 0..1; no or several choices score 0;</item>
/// <item>multiple choice: the sum of the fractions of the chosen answers (wrong ones are negative), clamped to 0..1;</item>
/// <item>true-false: 1 when the answer is the right one, else 0;</item>
/// <item>short answer: the first accepted answer equal to the response after <see cref="NormalizeText"/> (trimmed,
/// white space runs as one space, case-insensitive), <c>*</c> matching any text, gives its fraction clamped to 0..1;</item>
/// <item>numerical: the first answer whose value ± tolerance or min..max range holds the number gives its fraction;</item>
/// <item>matching: the share of pairs (distractors left out) given their right text;</item>
/// <item>essay and description: not scored automatically (weight 0 in the quiz score).</item>
/// </list>
/// A quiz scores the weighted sum over automatically graded questions; it is passed when its percentage reaches <see cref="Quiz.PassPercent"/>.
/// </summary>
public static class QuizScoring
{
    /// <summary>Numbers this close to a range bound count as inside it (binary floating point cannot hold 0.1 exactly).</summary>
    private const double Epsilon = 1e-9;

    /// <summary>How questions of <paramref name="type"/> are answered.</summary>
    public static ResponseKind ResponseKindOf(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => ResponseKind.SingleChoice,
        QuestionType.MultipleChoice => ResponseKind.MultipleChoice,
        QuestionType.TrueFalse => ResponseKind.TrueFalse,
        QuestionType.ShortAnswer => ResponseKind.Text,
        QuestionType.Numerical => ResponseKind.Numeric,
        QuestionType.Matching => ResponseKind.Matching,
        QuestionType.Essay => ResponseKind.Essay,
        _ => ResponseKind.None,
    };

    /// <summary>Whether questions of this type get a score without a person grading them.</summary>
    public static bool IsAutoGraded(QuestionType type) => type is not (QuestionType.Essay or QuestionType.Description);

    /// <summary>Scores one answer; a missing response or a response of the wrong kind scores 0.</summary>
    public static QuestionScore Score(Question question, QuestionResponse? response)
    {
        if (!IsAutoGraded(question.Type))
        {
            return new QuestionScore(0, false);
        }

        return (question.Type, response) switch
        {
            (QuestionType.SingleChoice, ChoiceResponse r) => ScoreSingle(question, r),
            (QuestionType.MultipleChoice, ChoiceResponse r) => ScoreMultiple(question, r),
            (QuestionType.TrueFalse, TrueFalseResponse r) => r.Value == question.Correct
                ? new QuestionScore(1, true, question.FeedbackRight)
                : new QuestionScore(0, true, question.FeedbackWrong),
            (QuestionType.ShortAnswer, TextResponse r) => ScoreText(question, r.Text),
            (QuestionType.Numerical, NumericResponse r) => ScoreNumber(question, r.Text),
            (QuestionType.Matching, MatchingResponse r) => ScoreMatching(question, r),
            _ => new QuestionScore(0, true),
        };
    }

    /// <summary>Scores a quiz attempt; <paramref name="responses"/> maps question ids to answers (missing ones score 0).</summary>
    public static QuizScore Score(Quiz quiz, IReadOnlyDictionary<string, QuestionResponse> responses)
    {
        var results = new List<KeyValuePair<string, QuestionScore>>(quiz.Questions.Count);
        double score = 0, max = 0;
        foreach (var q in quiz.Questions)
        {
            var result = Score(q, responses.GetValueOrDefault(q.Id));
            results.Add(new(q.Id, result));
            if (result.AutoGraded)
            {
                score += q.Weight * result.Fraction;
                max += q.Weight;
            }
        }

        var percent = max > 0 ? 100 * score / max : 100;
        return new QuizScore(score, max, percent, percent + Epsilon >= quiz.PassPercent, results);
    }

    /// <summary>The data a runtime needs to score <paramref name="question"/> with the rules above.</summary>
    public static QuestionKey KeyOf(Question question)
    {
        var lefts = new List<string>();
        var rights = new List<string>();
        var correct = new List<int>();
        foreach (var pair in question.Pairs)
        {
            var right = pair.Right.Trim();
            if (!rights.Contains(right, StringComparer.Ordinal))
            {
                rights.Add(right);
            }
        }

        foreach (var pair in question.Pairs.Where(p => !p.Left.IsEmpty))
        {
            lefts.Add(QuizTextPlain.ToPlain(pair.Left));
            correct.Add(rights.IndexOf(pair.Right.Trim()));
        }

        return new QuestionKey(
            question.Id,
            question.Type.ToName(),
            ResponseKindOf(question.Type),
            IsAutoGraded(question.Type) ? question.Weight : 0,
            question.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice ? [.. question.Choices.Select(c => c.Fraction)] : [],
            question.Type == QuestionType.ShortAnswer ? [.. question.Choices.Select(c => new TextAnswerKey(NormalizeText(c.Text.Text), c.Fraction))] : [],
            question.Type == QuestionType.TrueFalse ? question.Correct : null,
            [.. question.Numeric.Select(n => new NumericRangeKey(n.Low, n.High, n.Fraction))],
            lefts,
            question.Type == QuestionType.Matching ? rights : [],
            correct);
    }

    /// <summary>The form short answers are compared in: NFC, trimmed, white space runs as one space, lower case (invariant).</summary>
    public static string NormalizeText(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
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

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>Whether a normalised response matches a normalised accepted answer; <c>*</c> matches any text, <c>\*</c> a star.</summary>
    public static bool MatchesPattern(string pattern, string response)
    {
        // Split the pattern into literal parts at unescaped stars.
        var parts = new List<string>();
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                sb.Append('*');
                i++;
            }
            else if (pattern[i] == '*')
            {
                parts.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(pattern[i]);
            }
        }

        parts.Add(sb.ToString());
        if (parts.Count == 1)
        {
            return string.Equals(parts[0], response, StringComparison.Ordinal);
        }

        if (!response.StartsWith(parts[0], StringComparison.Ordinal) || !response.EndsWith(parts[^1], StringComparison.Ordinal)
            || response.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var position = parts[0].Length;
        var end = response.Length - parts[^1].Length;
        for (var k = 1; k < parts.Count - 1; k++)
        {
            var found = response.IndexOf(parts[k], position, end - position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[k].Length;
        }

        return true;
    }

    /// <summary>Reads a typed number: invariant culture, a single decimal comma accepted, spaces inside ignored.</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var s = new string([.. text.Where(c => !char.IsWhiteSpace(c))]);
        if (!s.Contains('.', StringComparison.Ordinal) && s.Count(c => c == ',') == 1)
        {
            s = s.Replace(',', '.');
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Whether <paramref name="value"/> is in the answer's range (bounds included).</summary>
    public static bool Accepts(NumericAnswer answer, double value)
    {
        var slack = Epsilon * Math.Max(1, Math.Max(Math.Abs(answer.Low), Math.Abs(answer.High)));
        return value >= answer.Low - slack && value <= answer.High + slack;
    }

    private static QuestionScore ScoreSingle(Question q, ChoiceResponse r)
    {
        var chosen = r.Selected.Distinct().ToList();
        if (chosen.Count != 1 || chosen[0] < 0 || chosen[0] >= q.Choices.Count)
        {
            return new QuestionScore(0, true);
        }

        var choice = q.Choices[chosen[0]];
        return new QuestionScore(Clamp(choice.Fraction), true, choice.Feedback);
    }

    private static QuestionScore ScoreMultiple(Question q, ChoiceResponse r)
    {
        var sum = r.Selected.Distinct().Where(i => i >= 0 && i < q.Choices.Count).Sum(i => q.Choices[i].Fraction);
        return new QuestionScore(Clamp(sum), true);
    }

    private static QuestionScore ScoreText(Question q, string text)
    {
        var response = NormalizeText(text);
        foreach (var answer in q.Choices)
        {
            if (MatchesPattern(NormalizeText(answer.Text.Text), response))
            {
                return new QuestionScore(Clamp(answer.Fraction), true, answer.Feedback);
            }
        }

        return new QuestionScore(0, true);
    }

    private static QuestionScore ScoreNumber(Question q, string text)
    {
        if (TryParseNumber(text, out var value))
        {
            foreach (var answer in q.Numeric)
            {
                if (Accepts(answer, value))
                {
                    return new QuestionScore(Clamp(answer.Fraction), true, answer.Feedback);
                }
            }
        }

        return new QuestionScore(0, true, q.OtherFeedback);
    }

    private static QuestionScore ScoreMatching(Question q, MatchingResponse r)
    {
        var pairs = q.Pairs.Where(p => !p.Left.IsEmpty).ToList();
        if (pairs.Count == 0)
        {
            return new QuestionScore(0, true);
        }

        var right = 0;
        for (var i = 0; i < pairs.Count && i < r.Rights.Count; i++)
        {
            if (r.Rights[i] is { } chosen && string.Equals(chosen.Trim(), pairs[i].Right.Trim(), StringComparison.Ordinal))
            {
                right++;
            }
        }

        return new QuestionScore((double)right / pairs.Count, true);
    }

    private static double Clamp(double fraction) => Math.Clamp(fraction, 0, 1);
}
