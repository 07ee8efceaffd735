using System.Globalization;
using System.Text.RegularExpressions;
using Courseware.Docx.ListNumbering;
using Courseware.Docx.Rendering.Blocks;
using Courseware.Docx.Styling;
using Courseware.Docx.WordXml;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Markdown;
using Courseware.Quizzes;

namespace Courseware.Docx.Rendering.Quizzes;

/// <summary>
/// Quizzes on paper. The learner edition shows numbered questions, ☐ boxes for choices, lines for written answers and matching
/// tables, and nothing that gives an answer away; the trainer edition marks right answers (☑ and a label, not colour alone),
/// adds feedback, and feeds the answer key at the end of the document.
/// </summary>
internal sealed partial class QuizRenderer : DocxObjectRenderer<QuizBlock>
{
    protected override void Write(DocxRenderer renderer, QuizBlock obj)
    {
        var quiz = obj.Quiz;
        var trainer = renderer.Edition == Edition.Trainer;
        if (renderer.Page is { } page)
        {
            renderer.Quizzes.Add((page, quiz));
        }

        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.QuizTitle);
        renderer.WriteText(Title(renderer.Labels, quiz));
        renderer.EndParagraph();

        var numId = renderer.Numbering.NewInstance(ListKind.QuizQuestion);
        foreach (var question in quiz.Questions)
        {
            if (question.Type == QuestionType.Description)
            {
                Paragraph(renderer, StyleIds.BodyText, Plain(question.Stem));
                continue;
            }

            renderer.KeepTogether(() => WriteQuestion(renderer, question, numId, trainer));
        }
    }

    private static void WriteQuestion(DocxRenderer renderer, Question question, int numId, bool trainer)
    {
        renderer.PendingNumbering = (numId, 0);
        Paragraph(renderer, StyleIds.QuizQuestion, question.StemPlain);
        switch (question.Type)
        {
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                if (question.Type == QuestionType.MultipleChoice)
                {
                    Paragraph(renderer, StyleIds.QuizChoice, renderer.Labels.SeveralAnswers);
                }

                foreach (var choice in question.Choices)
                {
                    WriteChoice(renderer, Plain(choice.Text), trainer && choice.Fraction > 0, trainer ? choice.Feedback : null);
                }

                break;
            case QuestionType.TrueFalse:
                WriteChoice(renderer, renderer.Labels.True, trainer && question.Correct == true, trainer ? (question.Correct == true ? question.FeedbackRight : question.FeedbackWrong) : null);
                WriteChoice(renderer, renderer.Labels.False, trainer && question.Correct == false, trainer ? (question.Correct == false ? question.FeedbackRight : question.FeedbackWrong) : null);
                break;
            case QuestionType.Matching:
                WriteMatching(renderer, question);
                break;
            case QuestionType.Essay:
                AnswerLines(renderer, 4);
                break;
            default:
                AnswerLines(renderer, question.MissingWord ? 1 : 2);
                break;
        }

        if (trainer)
        {
            if (AnswerKeyRenderer.Answer(renderer.Labels, question) is { Length: > 0 } answer && question.Type is not (QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.TrueFalse or QuestionType.Essay))
            {
                Paragraph(renderer, StyleIds.QuizAnswer, renderer.Labels.RightAnswer + renderer.Labels.Colon + answer);
            }

            if (question.GeneralFeedback is { IsEmpty: false } general)
            {
                Paragraph(renderer, StyleIds.QuizFeedback, renderer.Labels.Feedback + renderer.Labels.Colon + Plain(general));
            }
        }
    }

    /// <summary>"Quiz : title", or the title alone when it already says it is a quiz.</summary>
    public static string Title(DocxLabels labels, Quiz quiz) =>
        string.IsNullOrWhiteSpace(quiz.Title) ? labels.Quiz
        : quiz.Title.StartsWith(labels.Quiz, StringComparison.OrdinalIgnoreCase) ? quiz.Title
        : labels.Quiz + labels.Colon + quiz.Title;

    /// <summary>Quiz text as plain text: HTML markup removed, whitespace collapsed.</summary>
    public static string Plain(QuizText? text)
    {
        if (text is null || text.IsEmpty)
        {
            return string.Empty;
        }

        var value = text.Format == TextFormat.Html ? System.Net.WebUtility.HtmlDecode(Tags().Replace(text.Text, " ")) : text.Text;
        return PageText.Collapse(value);
    }

    private static void Paragraph(DocxRenderer renderer, string style, string text)
    {
        renderer.BeginParagraph(style);
        renderer.WriteText(text);
        renderer.EndParagraph();
    }

    private static void WriteChoice(DocxRenderer renderer, string text, bool right, QuizText? feedback)
    {
        renderer.BeginParagraph(StyleIds.QuizChoice);
        renderer.WriteText((right ? "☑" : "☐") + "\t");
        renderer.WriteText(text);
        if (right)
        {
            using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Strong }))
            {
                renderer.WriteText(" — " + renderer.Labels.RightAnswer);
            }
        }

        renderer.EndParagraph();
        if (feedback is { IsEmpty: false })
        {
            Paragraph(renderer, StyleIds.QuizFeedback, Plain(feedback));
        }
    }

    private static void AnswerLines(DocxRenderer renderer, int count)
    {
        for (var i = 0; i < count; i++)
        {
            renderer.BeginParagraph(StyleIds.AnswerLine);
            renderer.EndParagraph();
        }
    }

    /// <summary>Items numbered on the left, options lettered on the right in a fixed order unrelated to the pairs.</summary>
    private static void WriteMatching(DocxRenderer renderer, Question question)
    {
        var items = question.Pairs.Where(p => !p.Left.IsEmpty).Select(p => Plain(p.Left)).ToList();
        var options = MatchOptions(question);
        Paragraph(renderer, StyleIds.QuizChoice, renderer.Labels.MatchInstruction);
        var table = TableBuilder.Create(renderer, 2, hasHeader: true);
        var header = TableBuilder.Row(header: true);
        table.Append(header);
        header.Append(TextCell(renderer, renderer.Labels.MatchItem)).Append(TextCell(renderer, renderer.Labels.MatchOption));
        for (var i = 0; i < Math.Max(items.Count, options.Count); i++)
        {
            var row = TableBuilder.Row(header: false);
            table.Append(row);
            row.Append(TextCell(renderer, i < items.Count ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " + items[i] + "   → ____" : string.Empty))
                .Append(TextCell(renderer, i < options.Count ? Letter(i) + ". " + options[i] : string.Empty));
        }

        renderer.AppendTable(table);
    }

    /// <summary>The right-hand options in ordinal order, each once.</summary>
    public static IReadOnlyList<string> MatchOptions(Question question) =>
        [.. question.Pairs.Select(p => PageText.Collapse(p.Right)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static string Letter(int index) => ((char)('A' + (index % 26))).ToString();

    private static WordElement TextCell(DocxRenderer renderer, string text)
    {
        var cell = TableBuilder.Cell(0.5);
        using (renderer.Into(cell, StyleIds.TableText))
        {
            if (text.Length > 0)
            {
                renderer.BeginParagraph(StyleIds.TableText);
                renderer.WriteText(text);
                renderer.EndParagraph();
            }
        }

        TableBuilder.EnsureParagraph(renderer, cell);
        return cell;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
