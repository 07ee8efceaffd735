using Courseware.Diagnostics;
using Courseware.Quizzes;
using Xunit;

namespace Courseware.Tests.Quizzes;

public sealed class QuizFactoryTests
{
    private const string Gift = "::Rôle:: Question ? {=a ~b}\n\nSans titre {T}\n";

    private static (Quiz Quiz, IReadOnlyList<Diagnostic> Diagnostics) Build(
        string fence, string gift = Gift, IReadOnlyDictionary<string, object?>? frontMatter = null, int index = 0, int line = 12, int column = 1)
    {
        var bag = new DiagnosticBag();
        var quiz = QuizFactory.FromFencedBlock("chapitre-1/README.md", index, fence, gift, line, column, frontMatter, 75, bag);
        return (quiz, bag.ToList());
    }

    [Fact]
    public void Reads_every_fence_option()
    {
        var (quiz, diagnostics) = Build("gift title=\"Quiz du chapitre 1\" pass=80 shuffle attempts=2 id=final-1");

        Assert.Empty(diagnostics);
        Assert.Equal("final-1", quiz.Id);
        Assert.Equal("Quiz du chapitre 1", quiz.Title);
        Assert.Equal(80, quiz.PassPercent);
        Assert.True(quiz.Shuffle);
        Assert.Equal(2, quiz.Attempts);
        Assert.Equal(new SourceLocation("chapitre-1/README.md", 11, 1), quiz.Location);
    }

    [Fact]
    public void Without_options_takes_the_course_pass_mark_and_positional_ids()
    {
        var (quiz, diagnostics) = Build("gift", index: 1);

        Assert.Empty(diagnostics);
        Assert.Equal("chapitre-1-readme-quiz-2", quiz.Id);
        Assert.Null(quiz.Title);
        Assert.Equal(75, quiz.PassPercent);
        Assert.False(quiz.Shuffle);
        Assert.Null(quiz.Attempts);
        Assert.Equal(["role", "chapitre-1-readme-quiz-2-q2"], quiz.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Question_ids_do_not_depend_on_the_fence_id_or_on_other_text()
    {
        var (first, _) = Build("gift id=a");
        var (second, _) = Build("gift id=b title=\"Autre\"");

        Assert.Equal(first.Questions.Select(q => q.Id), second.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Front_matter_defaults_apply_under_the_fence()
    {
        var frontMatter = new Dictionary<string, object?> { ["title"] = "Évaluation", ["pass"] = "60", ["shuffle"] = "true", ["attempts"] = "3" };
        var (quiz, diagnostics) = Build("gift pass=90", frontMatter: frontMatter);

        Assert.Empty(diagnostics);
        Assert.Equal("Évaluation", quiz.Title);
        Assert.Equal(90, quiz.PassPercent);
        Assert.True(quiz.Shuffle);
        Assert.Equal(3, quiz.Attempts);
    }

    [Fact]
    public void A_whole_front_matter_with_a_quiz_mapping_is_read_through_it()
    {
        var frontMatter = new Dictionary<string, object?>
        {
            ["title"] = "Titre de la page",
            ["quiz"] = new Dictionary<string, object?> { ["pass"] = "50", ["shuffle"] = "no" },
        };
        var (quiz, diagnostics) = Build("gift", frontMatter: frontMatter);

        Assert.Empty(diagnostics);
        Assert.Null(quiz.Title);
        Assert.Equal(50, quiz.PassPercent);
        Assert.False(quiz.Shuffle);
    }

    [Theory]
    [InlineData("gift pass=abc", "pass")]
    [InlineData("gift pass=120", "pass")]
    [InlineData("gift attempts=-1", "attempts")]
    [InlineData("gift attempts=deux", "attempts")]
    [InlineData("gift shuffle=peut-être", "shuffle")]
    [InlineData("gift id=\"a b\"", "id")]
    public void Bad_option_values_are_reported_at_the_fence_and_defaults_kept(string fence, string option)
    {
        var (quiz, diagnostics) = Build(fence);

        var d = Assert.Single(diagnostics);
        Assert.Equal("CW0431", d.Code);
        Assert.Contains($"quiz option {option}=", d.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("chapitre-1/README.md", 11, 1), d.Location);
        Assert.Equal(75, quiz.PassPercent);
        Assert.Null(quiz.Attempts);
        Assert.Equal("chapitre-1-readme-quiz-1", quiz.Id);
        Assert.Equal(2, quiz.Questions.Count);
    }

    [Fact]
    public void Unknown_options_are_warned()
    {
        var (_, diagnostics) = Build("gift pas=80");

        var d = Assert.Single(diagnostics);
        Assert.Equal("CW0432", d.Code);
        Assert.Contains("'pas'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attempts_unlimited_and_percent_sign_are_accepted()
    {
        var (quiz, diagnostics) = Build("gift attempts=unlimited pass=66.5% shuffle=false");

        Assert.Empty(diagnostics);
        Assert.Null(quiz.Attempts);
        Assert.Equal(66.5, quiz.PassPercent);
        Assert.False(quiz.Shuffle);
    }

    [Fact]
    public void Diagnostics_point_into_the_page_at_the_block_position()
    {
        // The block starts at line 20, column 4 (a fence indented inside a list item).
        var (quiz, diagnostics) = Build("gift", "::Ok:: Vrai ? {T}\n\n::Cassée:: Question {=a ~b\n", line: 20, column: 4);

        Assert.Single(quiz.Questions);
        Assert.Equal(new SourceLocation("chapitre-1/README.md", 20, 4), quiz.Questions[0].Location);
        var d = Assert.Single(diagnostics);
        Assert.Equal("CW0401", d.Code);
        Assert.Equal(new SourceLocation("chapitre-1/README.md", 22, 4 + "::Cassée:: Question ".Length), d.Location);
        Assert.Contains("'Cassée'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_block_is_warned()
    {
        var (quiz, diagnostics) = Build("gift", "// rien\n");

        Assert.Empty(quiz.Questions);
        Assert.Equal("CW0430", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Windows_line_endings_give_the_same_quiz_and_locations()
    {
        var lf = Build("gift", "::A:: Q {\n=a\n~b\n}\n\n::B:: R {F}\n");
        var crlf = Build("gift", "::A:: Q {\r\n=a\r\n~b\r\n}\r\n\r\n::B:: R {F}\r\n");

        Assert.Equal(lf.Quiz.Questions.Select(q => (q.Id, q.Location, q.StemPlain)), crlf.Quiz.Questions.Select(q => (q.Id, q.Location, q.StemPlain)));
        Assert.Equal(17, crlf.Quiz.Questions[1].Location.Line);
    }
}
