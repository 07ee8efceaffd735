using Courseware.Diagnostics;

namespace Courseware.Quizzes;

/// <summary>Builds the quiz of one ```gift fenced block of a page.</summary>
public static class QuizFactory
{
    /// <summary>
    /// Parses one gift block. <paramref name="fenceInfo"/> is the fence line after the backticks (<c>gift title="…" pass=80 shuffle</c>);
    /// <paramref name="firstLine"/> and <paramref name="firstColumn"/> locate the first character of <paramref name="giftText"/> in the page file.
    /// Option defaults come from the page front matter key <c>quiz</c> (<paramref name="frontMatterDefaults"/>) then from the course.
    /// </summary>
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
        _ = fenceInfo;
        _ = giftText;
        _ = firstLine;
        _ = firstColumn;
        _ = frontMatterDefaults;
        _ = diagnostics;
        return new Quiz { Id = $"{pagePath}#quiz-{quizIndex + 1}", PassPercent = coursePassPercent, Questions = [] };
    }
}
