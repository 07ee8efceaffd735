using System.Globalization;
using Courseware.Docx.Styling;
using Courseware.Loading;
using Courseware.Model;
using Courseware.Quizzes;

namespace Courseware.Docx.Rendering.Quizzes;

/// <summary>The trainer's answer key: after the course, every quiz with the right answer of each question.</summary>
internal static class AnswerKeyRenderer
{
    public static void Write(DocxRenderer renderer, IReadOnlyList<(Page Page, Quiz Quiz)> quizzes, string bookmark)
    {
        if (quizzes.Count == 0)
        {
            return;
        }

        renderer.WriteHeading(1, renderer.Labels.AnswerKey, bookmark);
        foreach (var (page, quiz) in quizzes)
        {
            renderer.BeginParagraph(StyleIds.QuizTitle);
            renderer.WriteText(QuizRenderer.Title(renderer.Labels, quiz) + " (" + page.Title + ")");
            renderer.EndParagraph();
            var number = 0;
            foreach (var question in quiz.Questions.Where(q => q.Type != QuestionType.Description))
            {
                number++;
                renderer.BeginParagraph(StyleIds.QuizAnswer);
                using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Strong }))
                {
                    renderer.WriteText(number.ToString(CultureInfo.InvariantCulture) + ". ");
                }

                renderer.WriteText(Answer(renderer.Labels, question));
                renderer.EndParagraph();
            }
        }
    }

    /// <summary>The right answer of a question in words.</summary>
    public static string Answer(DocxLabels labels, Question question)
    {
        switch (question.Type)
        {
            case QuestionType.SingleChoice:
            case QuestionType.MultipleChoice:
                return string.Join(" ; ", question.Choices.Where(c => c.Fraction > 0).Select(c => QuizRenderer.Plain(c.Text)));
            case QuestionType.TrueFalse:
                return question.Correct == true ? labels.True : labels.False;
            case QuestionType.ShortAnswer:
                return string.Join(" ; ", question.Choices.Where(c => c.Fraction > 0).Select(c => QuizRenderer.Plain(c.Text)));
            case QuestionType.Numerical:
                return string.Join(" ; ", question.Numeric.Where(n => n.Fraction > 0).Select(Numeric));
            case QuestionType.Matching:
                var options = QuizRenderer.MatchOptions(question);
                var items = question.Pairs.Where(p => !p.Left.IsEmpty).ToList();
                return string.Join(" ; ", items.Select((p, i) =>
                    (i + 1).ToString(CultureInfo.InvariantCulture) + " → " + QuizRenderer.Letter(IndexOf(options, p.Right)) + " (" + PageText.Collapse(p.Right) + ")"));
            case QuestionType.Essay:
                return labels.OpenAnswer;
            default:
                return string.Empty;
        }
    }

    private static int IndexOf(IReadOnlyList<string> options, string right)
    {
        var collapsed = PageText.Collapse(right);
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i] == collapsed)
            {
                return i;
            }
        }

        return 0;
    }

    private static string Numeric(NumericAnswer answer)
    {
        static string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
        if (answer.Min is not null && answer.Max is not null)
        {
            return "[" + F(answer.Min.Value) + " ; " + F(answer.Max.Value) + "]";
        }

        return answer.Tolerance > 0 ? F(answer.Value ?? 0) + " ± " + F(answer.Tolerance) : F(answer.Value ?? 0);
    }
}
