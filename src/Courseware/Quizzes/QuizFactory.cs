using Courseware.Diagnostics;
using Courseware.Quizzes.Gift;

namespace Courseware.Quizzes;

/// <summary>Builds the quiz of one ```gift fenced block of a page.</summary>
public static class QuizFactory
{
    /// <summary>
    /// Parses one gift block. <paramref name="fenceInfo"/> is the fence line after the backticks (<c>gift title="…" pass=80 shuffle</c>);
    /// <paramref name="firstLine"/> and <paramref name="firstColumn"/> locate the first character of <paramref name="giftText"/> in the page file.
    /// Option defaults come from the page front matter key <c>quiz</c> (<paramref name="frontMatterDefaults"/>) then from the course.
    /// </summary>
    /// <remarks>
    /// The quiz id is the fence option <c>id=</c> when given, else <c>{page path slug}-quiz-{n}</c> (n counts the page's quizzes from 1).
    /// Question ids are the slug of their title (with <c>-2</c>, <c>-3</c>… on a clash within the quiz), else
    /// <c>{page path slug}-quiz-{n}-q{position}</c>: the same page always gives the same ids.
    /// <paramref name="frontMatterDefaults"/> may be the <c>quiz</c> mapping itself or the whole front matter holding it.
    /// </remarks>
    public static Quiz FromFencedBlock(
        string pagePath,
        int quizIndex,
        string fenceInfo,
        string giftText,
        int firstLine,
        int firstColumn,
        IReadOnlyDictionary<string, object?>? frontMatterDefaults,
        double coursePassPercent,
        DiagnosticBag diagnostics)
    {
        // 1. Options: fence line over front matter over course.
        var fenceLocation = new SourceLocation(pagePath, Math.Max(1, firstLine - 1), Math.Max(1, firstColumn));
        var options = QuizOptionsReader.Read(fenceInfo, frontMatterDefaults, coursePassPercent, fenceLocation, new SourceLocation(pagePath, 1, 1), diagnostics);

        // 2. Questions, located in the page.
        var positionalId = QuizSlug.QuizId(pagePath, quizIndex);
        var questions = GiftParser.Parse(giftText, new GiftSource(pagePath, firstLine, Math.Max(1, firstColumn), positionalId), diagnostics);
        var id = options.Id ?? positionalId;
        if (questions.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.QuizEmpty, fenceLocation, id);
        }

        return new Quiz
        {
            Id = id,
            Title = options.Title,
            PassPercent = options.PassPercent,
            Shuffle = options.Shuffle,
            Attempts = options.Attempts,
            Questions = questions,
            Location = fenceLocation,
        };
    }
}
