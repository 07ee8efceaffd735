using Courseware.Diagnostics;
using Courseware.Markdown;
using Courseware.Quizzes;
using Markdig.Syntax;
using Xunit;

namespace Courseware.Tests.Quizzes;

/// <summary>Quizzes as the course loader builds them from ```gift blocks of pages.</summary>
public sealed class QuizLoadingTests
{
    [Fact]
    public void Locations_and_diagnostics_point_at_the_page_lines()
    {
        const string page = """
            ---
            quiz:
              pass: 65
              attempts: 2
            ---
            # Page

            Texte.

            ```gift title="Quiz de la page" shuffle
            // commentaire
            ::Bonne:: Vrai ? {T}

            ::Cassée:: Choisissez {~a ~b
            ```
            """;
        var course = TestCourse.With(("README.md", page)).Load();

        var quiz = Assert.Single(course.Root.Quizzes);
        Assert.Equal(("readme-quiz-1", "Quiz de la page", 65.0, true, (int?)2), (quiz.Id, quiz.Title, quiz.PassPercent, quiz.Shuffle, quiz.Attempts));
        Assert.Equal(new SourceLocation("README.md", 10, 1), quiz.Location);
        var question = Assert.Single(quiz.Questions);
        Assert.Equal(new SourceLocation("README.md", 12, 1), question.Location);

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.GiftUnclosedBrace);
        Assert.Equal("README.md(14,23): error CW0401: question 'Cassée': the answer block opened with '{' is never closed; question left out", d.ToMsBuildString());

        // The fenced block became a quiz block at the same place.
        Assert.Same(quiz, Assert.Single(course.Root.Document.Descendants<QuizBlock>()).Quiz);
        Assert.Empty(course.Root.Document.Descendants<FencedCodeBlock>());
    }

    [Fact]
    public void A_fence_indented_in_a_list_item_keeps_exact_columns()
    {
        const string page = "# Page\n\n1. Étape\n\n   ```gift\n   ::A:: Vrai ? {T}\n   ::B:: Faux ? {=a ~b} {=c}\n   ```\n";
        var course = TestCourse.With(("README.md", page)).Load();

        var quiz = Assert.Single(course.Root.Quizzes);
        Assert.Empty(quiz.Questions);
        var d = DiagnosticAssert.Single(course, DiagnosticCodes.GiftSecondAnswerBlock);
        // Without a blank line, A and B are one question: its second answer block is on the next line.
        Assert.Equal(new SourceLocation("README.md", 7, 4 + "::B:: Faux ? ".Length), d.Location);
    }

    [Fact]
    public void Several_quizzes_of_a_page_get_their_own_ids_and_course_pass_mark()
    {
        const string page = "# Page\n\n```gift\n::A:: Vrai ? {T}\n```\n\nEntre les deux.\n\n```gift id=final pass=90\n::A:: Encore ? {F}\n```\n";
        var course = TestCourse.With(("README.md", page)).Load(new Model.CourseSettings { PassPercent = 75 });

        Assert.Equal([("readme-quiz-1", 75.0), ("final", 90.0)], course.Root.Quizzes.Select(q => (q.Id, q.PassPercent)));
        Assert.Equal(["a", "a"], course.Root.Quizzes.Select(q => q.Questions[0].Id));
    }
}
