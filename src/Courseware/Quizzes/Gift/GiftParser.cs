using System.Globalization;
using Courseware.Diagnostics;
using Span = Courseware.Quizzes.Gift.GiftText.Span;

namespace Courseware.Quizzes.Gift;

/// <summary>Where a GIFT text stands: the page file, the line and column of its first character, and the id prefix of untitled questions.</summary>
/// <remarks>Every line of the text is taken to start at <see cref="FirstColumn"/>, as the lines of a fenced block do.</remarks>
public sealed record GiftSource(string File, int FirstLine, int FirstColumn, string IdPrefix);

/// <summary>
/// Reads GIFT, Moodle's question text format, into <see cref="Question"/>s. Questions are separated by blank lines;
/// <c>//</c> lines are comments; <c>$CATEGORY:</c> sets the category of the questions that follow. A malformed
/// question is reported with its exact location and name and left out; the other questions still load.
/// </summary>
public static class GiftParser
{
    /// <summary>Parses every question of <paramref name="text"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<Question> Parse(string text, GiftSource source, DiagnosticBag diagnostics) =>
        new Reader(text, source, diagnostics).Run();

    /// <summary>The known text format names of a <c>[format]</c> prefix.</summary>
    internal static TextFormat? FormatFromName(string name) => name switch
    {
        "moodle" => TextFormat.Moodle,
        "plain" => TextFormat.Plain,
        "markdown" => TextFormat.Markdown,
        "html" => TextFormat.Html,
        _ => null,
    };

    private sealed class Reader(string text, GiftSource source, DiagnosticBag diagnostics)
    {
        private readonly string _text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        private readonly List<int> _lineStarts = [];
        private readonly List<(Question Question, int Position)> _questions = [];
        private string? _category;
        private int _position;

        public DiagnosticBag Diagnostics { get; } = diagnostics;

        public IReadOnlyList<Question> Run()
        {
            // 1. Split into lines; blank lines separate questions, comment lines are skipped.
            var block = new List<(string Line, int Start)>();
            var start = 0;
            while (start <= _text.Length)
            {
                _lineStarts.Add(start);
                var end = _text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = _text.Length;
                }

                var line = _text[start..end];
                if (string.IsNullOrWhiteSpace(line))
                {
                    ReadBlock(block);
                }
                else if (!line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    block.Add((line, start));
                }

                start = end + 1;
            }

            ReadBlock(block);

            // 2. Give each question its stable id.
            return AssignIds();
        }

        private void ReadBlock(List<(string Line, int Start)> block)
        {
            if (block.Count == 0)
            {
                return;
            }

            var t = new GiftText();
            for (var i = 0; i < block.Count; i++)
            {
                t.AppendLine(block[i].Line, block[i].Start, i == 0);
            }

            block.Clear();
            var question = new QuestionReader(this, t).Read();
            if (question is not null)
            {
                _questions.Add((question, _position));
            }
        }

        private IReadOnlyList<Question> AssignIds()
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<Question>(_questions.Count);
            foreach (var (q, position) in _questions)
            {
                var slug = q.Title is null ? string.Empty : QuizSlug.FromTitle(q.Title);
                string id;
                if (slug.Length == 0)
                {
                    id = string.Create(CultureInfo.InvariantCulture, $"{source.IdPrefix}-q{position}");
                    used.Add(id);
                }
                else
                {
                    id = slug;
                    for (var n = 2; !used.Add(id); n++)
                    {
                        id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
                    }

                    if (id != slug)
                    {
                        Diagnostics.Report(DiagnosticCodes.GiftDuplicateTitle, q.Location, q.Title, id[slug.Length..]);
                    }
                }

                result.Add(q with { Id = id });
            }

            return result;
        }

        private SourceLocation Locate(int offset)
        {
            var line = _lineStarts.BinarySearch(offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            line = Math.Max(0, line);
            return new SourceLocation(source.File, source.FirstLine + line, source.FirstColumn + offset - _lineStarts[line]);
        }

        /// <summary>Reads one question block.</summary>
        private sealed class QuestionReader(Reader owner, GiftText t)
        {
            private string _name = string.Empty;
            private TextFormat _format = TextFormat.Moodle;

            private SourceLocation Loc(int index) => owner.Locate(t.OffsetOf(index));

            private void Report(DiagnosticDescriptor descriptor, int index, params object?[] args) =>
                owner.Diagnostics.Report(descriptor, Loc(index), [_name, .. args]);

            public Question? Read()
            {
                var all = t.Trim(new Span(0, t.Length));
                if (all.IsEmpty)
                {
                    return null;
                }

                // $CATEGORY: applies to the questions that follow; a question may follow on the next line.
                if (t.IsMarkerAt(all.Start, "$CATEGORY:"))
                {
                    var newline = t.IndexOf("\n", all.Start, all.End);
                    var lineEnd = newline < 0 ? all.End : newline;
                    var name = t.ToString(t.Trim(new Span(all.Start + "$CATEGORY:".Length, lineEnd)));
                    if (name.Length == 0)
                    {
                        owner.Diagnostics.Report(DiagnosticCodes.GiftEmptyCategory, Loc(all.Start));
                    }

                    owner._category = name.Length == 0 ? null : name;
                    if (newline < 0)
                    {
                        return null;
                    }

                    all = t.Trim(new Span(newline + 1, all.End));
                    if (all.IsEmpty)
                    {
                        return null;
                    }
                }

                owner._position++;
                var questionStart = all.Start;
                var s = all.Start;
                string? title = null;
                var titleUnclosed = false;
                if (t.IsMarkerAt(s, "::"))
                {
                    var titleEnd = t.IndexOf("::", s + 2, all.End);
                    if (titleEnd < 0)
                    {
                        titleUnclosed = true;
                        s += 2;
                    }
                    else
                    {
                        title = t.ToString(t.Trim(new Span(s + 2, titleEnd)));
                        title = title.Length == 0 ? null : title;
                        s = titleEnd + 2;
                    }
                }

                var open = t.IndexOf("{", s, all.End);
                var close = t.IndexOf("}", s, all.End);
                _name = NameOf(title, new Span(s, open < 0 ? all.End : open));
                if (titleUnclosed)
                {
                    Report(DiagnosticCodes.GiftUnclosedTitle, questionStart);
                }

                var location = Loc(questionStart);
                var (stemFormat, stemBody) = ReadFormat(t.Trim(new Span(s, open < 0 ? all.End : open)), TextFormat.Moodle);
                _format = stemFormat;

                // A question without answer block is a description.
                if (open < 0 && close < 0)
                {
                    var text = new QuizText(t.ToString(stemBody), stemFormat);
                    if (text.IsEmpty)
                    {
                        Report(DiagnosticCodes.GiftEmptyStem, questionStart);
                    }

                    return new Question
                    {
                        Id = string.Empty,
                        Title = title,
                        Type = QuestionType.Description,
                        Stem = text,
                        StemPlain = QuizTextPlain.ToPlain(text),
                        Category = owner._category,
                        Location = location,
                    };
                }

                if (close >= 0 && (open < 0 || close < open))
                {
                    Report(DiagnosticCodes.GiftUnexpectedBrace, close);
                    return null;
                }

                close = t.IndexOf("}", open + 1, all.End);
                if (close < 0)
                {
                    Report(DiagnosticCodes.GiftUnclosedBrace, open);
                    return null;
                }

                var extra = t.IndexOfAny("{}", close + 1, all.End);
                if (extra >= 0)
                {
                    Report(DiagnosticCodes.GiftSecondAnswerBlock, extra);
                    return null;
                }

                // Text after the answer block makes a missing-word question: the blank stands where the block was.
                var after = new Span(close + 1, all.End);
                var missingWord = !t.IsBlank(after);
                var stemText = t.ToString(stemBody);
                var afterText = string.Empty;
                if (missingWord)
                {
                    var afterTrimmed = t.Trim(after);
                    afterText = t.ToString(afterTrimmed);
                    if (afterTrimmed.Start > after.Start)
                    {
                        afterText = " " + afterText;
                    }

                    if (stemText.Length > 0 && open > 0 && t.IsBlank(open - 1))
                    {
                        stemText += " ";
                    }
                }

                var stem = new QuizText(stemText, stemFormat);
                var stemAfter = missingWord ? new QuizText(afterText, stemFormat) : QuizText.Empty;

                // General feedback follows the last '####' of the answer block.
                var inner = t.Trim(new Span(open + 1, close));
                QuizText? generalFeedback = null;
                var hashes = t.LastIndexOf("####", inner.Start, inner.End);
                if (hashes >= 0)
                {
                    generalFeedback = TextOrNull(new Span(hashes + 4, inner.End));
                    inner = t.Trim(new Span(inner.Start, hashes));
                }

                var question = new Question
                {
                    Id = string.Empty,
                    Title = title,
                    Type = QuestionType.Essay,
                    Stem = stem,
                    StemAfter = stemAfter,
                    MissingWord = missingWord,
                    StemPlain = QuizTextPlain.StemPlain(stem, stemAfter, missingWord),
                    GeneralFeedback = generalFeedback,
                    Category = owner._category,
                    Location = location,
                };

                if (stem.IsEmpty && stemAfter.IsEmpty)
                {
                    Report(DiagnosticCodes.GiftEmptyStem, questionStart);
                }

                // The question type follows from the answer block, in Moodle's order.
                if (inner.IsEmpty)
                {
                    return question;
                }

                if (t.IsMarkerAt(inner.Start, "#"))
                {
                    return ReadNumerical(question, new Span(inner.Start + 1, inner.End));
                }

                if (t.IndexOf("~", inner.Start, inner.End) >= 0)
                {
                    return ReadChoice(question, inner);
                }

                if (t.IndexOf("=", inner.Start, inner.End) >= 0 && t.IndexOf("->", inner.Start, inner.End) >= 0)
                {
                    return ReadMatching(question, inner);
                }

                var hash = t.IndexOf("#", inner.Start, inner.End);
                var head = t.ToString(t.Trim(new Span(inner.Start, hash < 0 ? inner.End : hash)));
                if (head.ToUpperInvariant() is "T" or "TRUE" or "F" or "FALSE")
                {
                    return ReadTrueFalse(question, inner, head);
                }

                if (t.IsMarkerAt(inner.Start, "="))
                {
                    return ReadShortAnswer(question, inner);
                }

                Report(DiagnosticCodes.GiftUnknownAnswerBlock, inner.Start, Shorten(t.ToString(inner)));
                return null;
            }

            private Question? ReadChoice(Question question, Span inner)
            {
                var choices = new List<Choice>();
                var single = false;
                foreach (var (marker, at, content) in Split(inner, "=~"))
                {
                    if (marker == '\0')
                    {
                        Report(DiagnosticCodes.GiftUnknownAnswerBlock, content.Start, Shorten(t.ToString(content)));
                        return null;
                    }

                    var (weight, rest) = ReadWeight(content);
                    double fraction;
                    if (marker == '=')
                    {
                        single = true;
                        fraction = 1;
                        if (weight is not null)
                        {
                            Report(DiagnosticCodes.GiftWeightAfterEquals, content.Start);
                        }
                    }
                    else
                    {
                        fraction = weight ?? 0;
                    }

                    var (answer, feedback) = ReadAnswer(rest);
                    if (answer.IsEmpty)
                    {
                        Report(DiagnosticCodes.GiftEmptyAnswer, at);
                        return null;
                    }

                    choices.Add(new Choice(answer, fraction, feedback));
                }

                if (choices.Count < 2)
                {
                    Report(DiagnosticCodes.GiftTooFewChoices, inner.Start);
                    return null;
                }

                if (!single)
                {
                    CheckReachesFull(choices.Sum(c => Math.Max(0, c.Fraction)), inner.Start);
                }

                return question with { Type = single ? QuestionType.SingleChoice : QuestionType.MultipleChoice, Choices = choices };
            }

            private Question? ReadShortAnswer(Question question, Span inner)
            {
                var answers = new List<Choice>();
                foreach (var (_, at, content) in Split(inner, "="))
                {
                    var (weight, rest) = ReadWeight(content);
                    var (answer, feedback) = ReadAnswer(rest);
                    if (answer.IsEmpty)
                    {
                        Report(DiagnosticCodes.GiftEmptyAnswer, at);
                        return null;
                    }

                    answers.Add(new Choice(answer, weight ?? 1, feedback));
                }

                CheckReachesFull(answers.Max(a => a.Fraction), inner.Start);
                return question with { Type = QuestionType.ShortAnswer, Choices = answers };
            }

            private Question? ReadMatching(Question question, Span inner)
            {
                var pairs = new List<MatchPair>();
                foreach (var (marker, _, content) in Split(inner, "="))
                {
                    var arrow = t.IndexOf("->", content.Start, content.End);
                    if (marker == '\0' || arrow < 0)
                    {
                        Report(DiagnosticCodes.GiftMatchingWithoutArrow, content.Start, Shorten(t.ToString(content)));
                        return null;
                    }

                    var left = Text(new Span(content.Start, arrow));
                    var right = t.ToString(t.Trim(new Span(arrow + 2, content.End)));
                    if (right.Length == 0)
                    {
                        Report(DiagnosticCodes.GiftEmptyAnswer, arrow);
                        return null;
                    }

                    pairs.Add(new MatchPair(left, right));
                }

                var real = pairs.Count(p => !p.Left.IsEmpty);
                if (real < 2)
                {
                    Report(DiagnosticCodes.GiftMatchingTooFewPairs, inner.Start, real);
                    return null;
                }

                return question with { Type = QuestionType.Matching, Pairs = pairs };
            }

            private Question ReadTrueFalse(Question question, Span inner, string head)
            {
                var first = t.IndexOf("#", inner.Start, inner.End);
                QuizText? wrong = null;
                QuizText? right = null;
                if (first >= 0)
                {
                    var second = t.IndexOf("#", first + 1, inner.End);
                    wrong = TextOrNull(new Span(first + 1, second < 0 ? inner.End : second));
                    if (second >= 0)
                    {
                        right = TextOrNull(new Span(second + 1, inner.End));
                        var third = t.IndexOf("#", second + 1, inner.End);
                        if (third >= 0)
                        {
                            Report(DiagnosticCodes.GiftTrueFalseExtraFeedback, third);
                        }
                    }
                }

                var correct = head.ToUpperInvariant() is "T" or "TRUE";
                return question with { Type = QuestionType.TrueFalse, Correct = correct, FeedbackWrong = wrong, FeedbackRight = right };
            }

            private Question? ReadNumerical(Question question, Span body)
            {
                // '~' starts the feedback for any other answer.
                QuizText? other = null;
                var tilde = t.IndexOf("~", body.Start, body.End);
                if (tilde >= 0)
                {
                    var rest = t.Trim(new Span(tilde + 1, body.End));
                    var hash = t.IndexOf("#", rest.Start, rest.End);
                    other = TextOrNull(hash < 0 ? new Span(rest.End, rest.End) : new Span(hash + 1, rest.End));
                    var ignored = t.Trim(new Span(rest.Start, hash < 0 ? rest.End : hash));
                    if (!ignored.IsEmpty)
                    {
                        Report(DiagnosticCodes.GiftNumericalOtherText, ignored.Start, Shorten(t.ToString(ignored)));
                    }
                    body = new Span(body.Start, tilde);
                }

                var main = t.Trim(body);
                var pieces = t.IndexOf("=", main.Start, main.End) >= 0
                    ? Split(main, "=")
                    : main.IsEmpty ? [] : [('\0', main.Start, main)];
                if (pieces.Count == 0)
                {
                    Report(DiagnosticCodes.GiftBadNumber, body.Start, string.Empty);
                    return null;
                }

                var answers = new List<NumericAnswer>();
                foreach (var (_, _, content) in pieces)
                {
                    var (weight, rest) = ReadWeight(content);
                    var hash = t.IndexOf("#", rest.Start, rest.End);
                    var valueSpan = t.Trim(new Span(rest.Start, hash < 0 ? rest.End : hash));
                    var feedback = hash < 0 ? null : TextOrNull(new Span(hash + 1, rest.End));
                    var answer = ReadNumber(valueSpan, weight ?? 1, feedback);
                    if (answer is null)
                    {
                        return null;
                    }

                    answers.Add(answer);
                }

                CheckReachesFull(answers.Max(a => a.Fraction), main.Start);
                return question with { Type = QuestionType.Numerical, Numeric = answers, OtherFeedback = other };
            }

            private NumericAnswer? ReadNumber(Span span, double fraction, QuizText? feedback)
            {
                var text = t.ToString(span);
                var range = text.IndexOf("..", 1, StringComparison.Ordinal);
                if (text.Length > 1 && range > 0)
                {
                    if (!TryNumber(text[..range], span.Start, out var min) || !TryNumber(text[(range + 2)..], span.Start + range + 2, out var max))
                    {
                        return null;
                    }

                    if (min > max)
                    {
                        Report(DiagnosticCodes.GiftBadRange, span.Start, text);
                        return null;
                    }

                    return new NumericAnswer(fraction, Min: min, Max: max, Feedback: feedback);
                }

                var colon = t.IndexOf(":", span.Start + 1, span.End);
                if (colon > span.Start)
                {
                    if (!TryNumber(t.ToString(new Span(span.Start, colon)), span.Start, out var value))
                    {
                        return null;
                    }

                    var toleranceText = t.ToString(t.Trim(new Span(colon + 1, span.End)));
                    if (!double.TryParse(toleranceText, NumberStyles.Float, CultureInfo.InvariantCulture, out var tolerance) || !double.IsFinite(tolerance) || tolerance < 0)
                    {
                        Report(DiagnosticCodes.GiftBadTolerance, colon + 1, toleranceText);
                        return null;
                    }

                    return new NumericAnswer(fraction, value, tolerance, Feedback: feedback);
                }

                return TryNumber(text, span.Start, out var exact) ? new NumericAnswer(fraction, exact, Feedback: feedback) : null;
            }

            private bool TryNumber(string text, int index, out double value)
            {
                if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
                {
                    return true;
                }

                Report(DiagnosticCodes.GiftBadNumber, index, text.Trim());
                return false;
            }

            private void CheckReachesFull(double best, int index)
            {
                if (best <= 0)
                {
                    Report(DiagnosticCodes.GiftNoRightAnswer, index);
                }
                else if (best < 0.995)
                {
                    Report(DiagnosticCodes.GiftWeightsBelowFull, index, Math.Round(best * 100, 2).ToString(CultureInfo.InvariantCulture));
                }
            }

            /// <summary>Splits an answer block at each unescaped marker; a non-blank piece before the first marker has marker '\0'.</summary>
            private List<(char Marker, int At, Span Content)> Split(Span inner, string markers)
            {
                var result = new List<(char, int, Span)>();
                var marker = '\0';
                var start = inner.Start;
                for (var i = inner.Start; i <= inner.End; i++)
                {
                    if (i < inner.End && (t.IsEscaped(i) || !markers.Contains(t[i], StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var piece = t.Trim(new Span(start, i));
                    if (marker != '\0')
                    {
                        // An empty piece keeps its place (just after its marker) so that the report points at it.
                        result.Add((marker, start - 1, piece.IsEmpty ? new Span(start, start) : piece));
                    }
                    else if (!piece.IsEmpty)
                    {
                        result.Add((marker, start, piece));
                    }

                    if (i < inner.End)
                    {
                        marker = t[i];
                        start = i + 1;
                    }
                }

                return result;
            }

            /// <summary>Reads a leading <c>%weight%</c>; returns the fraction (weight / 100) or null, and the rest.</summary>
            private (double? Fraction, Span Remainder) ReadWeight(Span content)
            {
                if (!t.IsMarkerAt(content.Start, "%"))
                {
                    return (null, content);
                }

                var end = t.IndexOf("%", content.Start + 1, content.End);
                if (end < 0)
                {
                    return (null, content);
                }

                var text = t.ToString(new Span(content.Start + 1, end));
                var rest = t.Trim(new Span(end + 1, content.End));
                // Decimal arithmetic keeps %33.33333% as 0.3333333 exactly as written.
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) && weight is >= -100 and <= 100)
                {
                    return ((double)(weight / 100), rest);
                }

                Report(DiagnosticCodes.GiftBadWeight, content.Start, text);
                return (0, rest);
            }

            /// <summary>Reads <c>answer#feedback</c>.</summary>
            private (QuizText Answer, QuizText? Feedback) ReadAnswer(Span span)
            {
                var hash = t.IndexOf("#", span.Start, span.End);
                return hash < 0
                    ? (Text(span), null)
                    : (Text(new Span(span.Start, hash)), TextOrNull(new Span(hash + 1, span.End)));
            }

            private QuizText Text(Span span)
            {
                var (format, body) = ReadFormat(t.Trim(span), _format);
                return new QuizText(t.ToString(body), format);
            }

            private QuizText? TextOrNull(Span span)
            {
                var text = Text(span);
                return text.Text.Length == 0 ? null : text;
            }

            /// <summary>Reads a leading <c>[html]</c>, <c>[markdown]</c>, <c>[plain]</c> or <c>[moodle]</c>; other brackets are text.</summary>
            private (TextFormat Format, Span Body) ReadFormat(Span span, TextFormat fallback)
            {
                if (!t.IsMarkerAt(span.Start, "["))
                {
                    return (fallback, span);
                }

                var end = t.IndexOf("]", span.Start + 1, Math.Min(span.End, span.Start + 10));
                if (end < 0)
                {
                    return (fallback, span);
                }

                var format = FormatFromName(t.ToString(new Span(span.Start + 1, end)));
                return format is null ? (fallback, span) : (format.Value, t.Trim(new Span(end + 1, span.End)));
            }

            private string NameOf(string? title, Span stem)
            {
                if (title is not null)
                {
                    return $"'{title}'";
                }

                var text = t.ToString(t.Trim(stem));
                if (text.Length == 0)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"#{owner._position}");
                }

                return string.Create(CultureInfo.InvariantCulture, $"#{owner._position} '{Shorten(text)}'");
            }

            private static string Shorten(string text)
            {
                var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                return flat.Length <= 40 ? flat : string.Concat(flat.AsSpan(0, 39), "…");
            }
        }
    }
}
