using System.Globalization;
using Courseware.Markdown;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Courseware.Quizzes;

namespace Courseware.Pdf.Rendering;

/// <summary>
/// A quiz on paper. Learner edition: a worksheet with numbered questions, empty boxes, lines to write on and two columns
/// to join, and no answer or feedback anywhere. Trainer edition: the same with right answers marked in place (a mark and
/// a word, never colour alone) and the feedback printed.
/// </summary>
internal sealed class QuizRenderer : PdfBlockRenderer<QuizBlock>
{
    protected override void Render(QuizBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var quiz = block.Quiz;
        context.QuizCount++;
        var quizNumber = context.QuizCount;
        var column = new ColumnElement();
        var title = QuizTitle(context.Labels, quiz, quizNumber);
        column.Add(new TextBlockElement([new TextRun("\u270E " + title, HandoutTheme.HeadingStyle(4))], context.Shaper)
        {
            KeepWithNext = true,
            Role = StructureRole.Heading4,
            LineSpacing = 1.3,
            Destinations = [context.Unique("quiz:" + quiz.Id)],
        });

        var number = 0;
        ColumnElement? questions = null;
        foreach (var question in quiz.Questions)
        {
            if (question.Type == QuestionType.Description)
            {
                column.Add(context.Text(question.StemPlain, HandoutTheme.Body with { Italic = true }), 8);
                questions = null;
                continue;
            }

            number++;
            var destination = context.Unique($"quiz:{quiz.Id}:q{number}");
            context.Questions.Add(new PlacedQuestion(quiz, quizNumber, question, number, destination));
            // The numbered questions between two descriptions are one list (a nested column lays them out as the quiz column would).
            if (questions is null)
            {
                questions = new ColumnElement();
                column.Add(new TaggedElement(StructureRole.List, questions) { Numbering = ListNumbering.Decimal }, 12);
            }

            questions.Add(new KeepTogetherElement(Question(context, question, number, destination), context.ContentArea.Height * 0.6), questions.Count == 0 ? 0 : 12);
        }

        target.Add(new BoxElement(column) { Background = HandoutTheme.QuizBackground, Border = HandoutTheme.Rule, PaddingLeft = 12, PaddingRight = 12, PaddingTop = 8, PaddingBottom = 10 }, HandoutTheme.BlockSpacing + 4);
    }

    /// <summary>"Quiz 2 : title", or the quiz's own title when it already names itself a quiz.</summary>
    public static string QuizTitle(HandoutLabels labels, Quiz quiz, int number) =>
        string.IsNullOrWhiteSpace(quiz.Title) ? $"{labels.Quiz} {number}"
        : quiz.Title.StartsWith(labels.Quiz, StringComparison.OrdinalIgnoreCase) ? quiz.Title
        : $"{labels.Quiz} {number}{labels.Colon}{quiz.Title}";

    private static Element Question(RenderContext context, Question question, int number, string destination)
    {
        var body = new ColumnElement();
        var stem = new List<TextRun>();
        if (!string.IsNullOrWhiteSpace(question.Title) && !string.Equals(question.Title, question.StemPlain, StringComparison.Ordinal))
        {
            stem.Add(new TextRun(question.Title + " \u2014 ", HandoutTheme.Body with { Bold = true }));
        }

        stem.Add(new TextRun(question.StemPlain, HandoutTheme.Body));
        body.Add(new TextBlockElement(stem, context.Shaper) { LineSpacing = HandoutTheme.BodyLineSpacing, Destinations = [destination], KeepWithNext = true });

        switch (question.Type)
        {
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                var single = question.Type == QuestionType.SingleChoice;
                var choices = Choices(body, single);
                foreach (var choice in question.Choices)
                {
                    var feedback = context.IsTrainer && choice.Feedback is { IsEmpty: false } f ? Feedback(context, f.Text, indent: 20) : null;
                    choices.Add(ChoiceItem(context, choice.Text.Text, single, choice.Fraction > 0, choice.Fraction is > 0 and < 1 ? choice.Fraction : null, feedback), choices.Count == 0 ? 0 : 4);
                }

                break;
            case QuestionType.TrueFalse:
                var answers = Choices(body, single: true);
                answers.Add(ChoiceItem(context, context.Labels.True, true, question.Correct == true, null, null));
                answers.Add(ChoiceItem(context, context.Labels.False, true, question.Correct == false, null, null), 4);
                if (context.IsTrainer)
                {
                    if (question.FeedbackRight is { IsEmpty: false } right)
                    {
                        body.Add(Feedback(context, "\u2714 " + right.Text, indent: 0), 3);
                    }

                    if (question.FeedbackWrong is { IsEmpty: false } wrong)
                    {
                        body.Add(Feedback(context, "\u2718 " + wrong.Text, indent: 0), 2);
                    }
                }

                break;
            case QuestionType.ShortAnswer:
                if (context.IsTrainer)
                {
                    body.Add(AnswerLine(context, AnswerText(context, question)), 5);
                    AddChoiceFeedback(context, question, body);
                }

                AddWritingLines(body, 2);
                break;
            case QuestionType.Numerical:
                if (context.IsTrainer)
                {
                    body.Add(AnswerLine(context, AnswerText(context, question)), 5);
                    foreach (var answer in question.Numeric.Where(a => a.Feedback is { IsEmpty: false }))
                    {
                        body.Add(Feedback(context, Range(answer) + context.Labels.Colon + answer.Feedback!.Text, indent: 0), 2);
                    }
                }
                else
                {
                    body.Add(context.Text(context.Labels.Answer + " : ______________________", HandoutTheme.Body with { Color = HandoutTheme.Muted }), 8);
                }

                break;
            case QuestionType.Matching:
                body.Add(context.Text(context.Labels.Join, HandoutTheme.Small with { Italic = true }), 3);
                body.Add(Matching(context, question), 4);
                break;
            case QuestionType.Essay:
                AddWritingLines(body, 5);
                break;
        }

        if (context.IsTrainer && question.GeneralFeedback is { IsEmpty: false } general)
        {
            body.Add(Feedback(context, general.Text, indent: 0), 5);
        }

        return new RowElement { Gap = 4, Role = StructureRole.ListItem }
            .AddFixed(context.Text($"{number}.", HandoutTheme.Body with { Bold = true, Color = HandoutTheme.Heading }, StructureRole.Label), 20)
            .AddRelative(new TaggedElement(StructureRole.ListBody, body));
    }

    /// <summary>The list of a question's choices, added to its body (a nested column lays the choices out as the body would, 4 points below the stem).</summary>
    private static ColumnElement Choices(ColumnElement body, bool single)
    {
        var choices = new ColumnElement();
        body.Add(new TaggedElement(StructureRole.List, choices) { Numbering = single ? ListNumbering.Circle : ListNumbering.Square }, 4);
        return choices;
    }

    /// <summary>
    /// One choice as a list item: the box as its label, the text as its body. The trainer's feedback on the choice, printed
    /// under the line, goes on in the same body.
    /// </summary>
    private static Element ChoiceItem(RenderContext context, string text, bool single, bool right, double? partial, Element? feedback)
    {
        var line = ChoiceLine(context, text, single, right, partial, feedback is null ? StructureRole.ListItem : null, feedback is not null);
        if (feedback is null)
        {
            return line;
        }

        return new TaggedElement(StructureRole.ListItem, new ColumnElement()
            .Add(line)
            .Add(new TaggedElement(StructureRole.ListBody, feedback) { ContinuesEarlierPart = true }, 1));
    }

    private static RowElement ChoiceLine(RenderContext context, string text, bool single, bool right, double? partial, StructureRole? role, bool bodyGoesOn)
    {
        var marked = context.IsTrainer && right;
        var box = single ? (marked ? "\u25C9" : "\u25CB") : (marked ? "\u2611" : "\u2610");
        var runs = new List<TextRun> { new(text, HandoutTheme.Body with { Bold = marked }) };
        if (marked)
        {
            var label = "  \u2714 " + context.Labels.Correct + (partial is { } p ? $" ({(p * 100).ToString("0.##", CultureInfo.InvariantCulture)} %)" : string.Empty);
            runs.Add(new TextRun(label, HandoutTheme.Small with { Bold = true, Color = HandoutTheme.Right }));
        }

        var markerStyle = new TextStyle(HandoutTheme.BodySize + 2) { Color = marked ? HandoutTheme.Right : HandoutTheme.Text };
        return new RowElement { Gap = 4, Role = role }
            .AddFixed(new TextBlockElement([new TextRun(box, markerStyle)], context.Shaper) { LineSpacing = 1.2, Role = StructureRole.Label }, 16)
            .AddRelative(bodyGoesOn
                ? new TaggedElement(StructureRole.ListBody, new TextBlockElement(runs, context.Shaper) { LineSpacing = 1.35 }) { ContinuesInLaterPart = true }
                : new TextBlockElement(runs, context.Shaper) { LineSpacing = 1.35, Role = StructureRole.ListBody });
    }

    private static Element Feedback(RenderContext context, string text, double indent)
    {
        var block = context.Text([new TextRun("\u21B3 " + context.Labels.Feedback + context.Labels.Colon, HandoutTheme.Small with { Bold = true }), new TextRun(text, HandoutTheme.Small with { Italic = true })]);
        return indent > 0 ? new BoxElement(block) { PaddingLeft = indent } : block;
    }

    private static Element AnswerLine(RenderContext context, string answer) =>
        context.Text([new TextRun("\u2714 " + context.Labels.Answer + context.Labels.Colon, HandoutTheme.Body with { Bold = true, Color = HandoutTheme.Right }), new TextRun(answer, HandoutTheme.Body with { Color = HandoutTheme.Right })]);

    private static void AddChoiceFeedback(RenderContext context, Question question, ColumnElement body)
    {
        foreach (var choice in question.Choices.Where(c => c.Feedback is { IsEmpty: false }))
        {
            body.Add(Feedback(context, choice.Text.Text + context.Labels.Colon + choice.Feedback!.Text, indent: 0), 2);
        }
    }

    private static void AddWritingLines(ColumnElement body, int count)
    {
        for (var i = 0; i < count; i++)
        {
            body.Add(new SpacerElement(22) { RuleColor = HandoutTheme.Rule, RuleWidth = 0.6 }, i == 0 ? 4 : 0);
        }
    }

    private static Element Matching(RenderContext context, Question question)
    {
        var lefts = question.Pairs.Where(p => !p.Left.IsEmpty).ToList();
        // Right-hand items in a fixed order unrelated to the answers (sorted), so the layout gives nothing away.
        var rights = question.Pairs.Select(p => p.Right).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        string Letter(int i) => ((char)('A' + (i % 26))).ToString() + (i >= 26 ? (i / 26).ToString(CultureInfo.InvariantCulture) : string.Empty);

        var left = new ColumnElement();
        for (var i = 0; i < lefts.Count; i++)
        {
            var answer = context.IsTrainer ? Letter(rights.IndexOf(lefts[i].Right)) : "___";
            var runs = new List<TextRun>
            {
                new($"{i + 1}. ", HandoutTheme.Body with { Bold = true }),
                new(lefts[i].Left.Text + "  ", HandoutTheme.Body),
                new("\u2192 " + answer, context.IsTrainer ? HandoutTheme.Body with { Bold = true, Color = HandoutTheme.Right } : HandoutTheme.Body with { Color = HandoutTheme.Muted }),
            };
            left.Add(context.Text(runs), 4);
        }

        var right = new ColumnElement();
        for (var i = 0; i < rights.Count; i++)
        {
            right.Add(context.Text([new TextRun($"{Letter(i)}. ", HandoutTheme.Body with { Bold = true }), new TextRun(rights[i], HandoutTheme.Body)]), 4);
        }

        return new RowElement { Gap = 16 }.AddRelative(left).AddRelative(right);
    }

    /// <summary>The right answer(s) of a question in words, for the trainer edition and the answer key.</summary>
    public static string AnswerText(RenderContext context, Question question)
    {
        static string Percent(double f) => f < 1 ? $" ({(f * 100).ToString("0.##", CultureInfo.InvariantCulture)} %)" : string.Empty;
        return question.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.ShortAnswer =>
                string.Join(" ; ", question.Choices.Where(c => c.Fraction > 0).Select(c => c.Text.Text + Percent(c.Fraction))),
            QuestionType.TrueFalse => question.Correct == true ? context.Labels.True : context.Labels.False,
            QuestionType.Numerical => string.Join(" ; ", question.Numeric.Where(a => a.Fraction > 0).Select(a => Range(a) + Percent(a.Fraction))),
            QuestionType.Matching => string.Join(" ; ", question.Pairs.Where(p => !p.Left.IsEmpty).Select(p => p.Left.Text + " \u2192 " + p.Right)),
            _ => "\u2014",
        };
    }

    private static string Range(NumericAnswer answer)
    {
        string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
        if (answer.Value is { } value)
        {
            return answer.Tolerance > 0 ? $"{F(value)} \u00B1 {F(answer.Tolerance)}" : F(value);
        }

        return $"{F(answer.Low)} \u2013 {F(answer.High)}";
    }
}
