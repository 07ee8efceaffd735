using Courseware.Diagnostics;
using Courseware.Quizzes;
using Courseware.Quizzes.Gift;
using Xunit;

namespace Courseware.Tests.Quizzes;

/// <summary>Models written by hand (not read from GIFT) with every text GIFT could misread: the writer must escape them so they read back equal.</summary>
public sealed class GiftWriterTests
{
    private const string Nasty = "a ~ b = c # d { e } f : g \\ h \\n i -> j %50% k ::l:: //m\nsecond line";

    private static Question Base(QuestionType type, string stem = "Question ?") => new()
    {
        Id = string.Empty,
        Title = "Titre :: avec \\ tout { } # = ~",
        Type = type,
        Stem = new QuizText(stem),
        StemPlain = string.Empty,
    };

    public static TheoryData<string> Cases() =>
    [
        "single", "multiple", "all-right", "short", "numeric", "matching", "true-false", "essay", "description",
        "format-like", "percent-first", "comment-like", "category-like", "missing-word", "html-stem",
    ];

    private static Question Build(string name) => name switch
    {
        "single" => Base(QuestionType.SingleChoice) with { Choices = [new(new QuizText(Nasty), 1, new QuizText(Nasty)), new(new QuizText("b"), 0.5), new(new QuizText("c"), -0.3333333)] },
        "multiple" => Base(QuestionType.MultipleChoice) with { Choices = [new(new QuizText(Nasty), 1), new(new QuizText("b"), 0), new(new QuizText("c"), -1, new QuizText("[html]not a format", TextFormat.Markdown))] },
        "all-right" => Base(QuestionType.SingleChoice) with { Choices = [new(new QuizText("a"), 1), new(new QuizText("b"), 1)] },
        "short" => Base(QuestionType.ShortAnswer) with { Choices = [new(new QuizText("Paris = capitale"), 1, new QuizText(Nasty.Replace("->", "=>", StringComparison.Ordinal))), new(new QuizText("%0% off"), 1), new(new QuizText("*"), 0)] },
        "numeric" => Base(QuestionType.Numerical) with { Numeric = [new(1, 1e-7, 1e-9), new(0.5, Min: -5, Max: -1, Feedback: new QuizText(Nasty))], OtherFeedback = new QuizText(Nasty) },
        "matching" => Base(QuestionType.Matching) with { Pairs = [new(new QuizText("x = y", TextFormat.Html), "droite -> encore"), new(new QuizText("deux"), Nasty), new(new QuizText(string.Empty), "distracteur")] },
        "true-false" => Base(QuestionType.TrueFalse) with { Correct = false, FeedbackRight = new QuizText(Nasty), GeneralFeedback = new QuizText("####", TextFormat.Plain) },
        "essay" => Base(QuestionType.Essay, Nasty) with { GeneralFeedback = new QuizText(Nasty) },
        "description" => Base(QuestionType.Description, Nasty),
        "format-like" => Base(QuestionType.ShortAnswer, "[html] is a tag name") with { Choices = [new(new QuizText("[plain]"), 1)] },
        "percent-first" => Base(QuestionType.SingleChoice) with { Choices = [new(new QuizText("%50% off"), 1), new(new QuizText("%20%"), 0)] },
        "comment-like" => Base(QuestionType.Essay, "// not a comment") with { Title = null },
        "category-like" => Base(QuestionType.Essay, "$CATEGORY: not a category") with { Title = null },
        "missing-word" => Base(QuestionType.ShortAnswer, "Le mot ") with { MissingWord = true, StemAfter = new QuizText(" manque {ici}."), Choices = [new(new QuizText("x"), 1)] },
        "html-stem" => Base(QuestionType.MultipleChoice, "<p>a</p>") with { Stem = new QuizText("<p>a</p>", TextFormat.Html), Choices = [new(new QuizText("b", TextFormat.Html), 0.5), new(new QuizText("c", TextFormat.Moodle), 0.5)] },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_back_equal(string name)
    {
        var question = Build(name);
        var text = GiftWriter.Write([question]);
        var bag = new DiagnosticBag();
        var back = GiftParser.Parse(text, new GiftSource("w.gift", 1, 1, "w"), bag);

        Assert.Empty(bag.ToList());
        var expected = question with { StemPlain = QuizTextPlain.StemPlain(question.Stem, question.StemAfter, question.MissingWord) };
        Assert.Equal(QuizModelJson.Write([expected], [], withIdentity: false), QuizModelJson.Write(back, [], withIdentity: false));
    }

    [Fact]
    public void Escapes_every_special_character_and_line_break() =>
        Assert.Equal("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\nnew line", GiftWriter.Escape("a~b=c#d{e}f:g\\h\nnew\r line".Replace("\r ", " ", StringComparison.Ordinal)));

    [Fact]
    public void Writes_questions_as_Moodle_lays_them_out()
    {
        var question = Build("single") with { Title = "T", Stem = new QuizText("Q ?") };
        Assert.Equal(
            "::T::Q ? {\n\t=" + GiftWriter.Escape(Nasty) + "#" + GiftWriter.Escape(Nasty) + "\n\t~%50%b\n\t~%-33.33333%c\n}",
            GiftWriter.WriteQuestion(question));
        Assert.Equal("::T::Vrai ? {FALSE#faux#juste####général}", GiftWriter.WriteQuestion(Base(QuestionType.TrueFalse, "Vrai ?") with
        {
            Title = "T",
            Correct = false,
            FeedbackWrong = new QuizText("faux"),
            FeedbackRight = new QuizText("juste"),
            GeneralFeedback = new QuizText("général"),
        }));
    }

    [Fact]
    public void An_arrow_in_a_short_answer_is_reported_as_lossy()
    {
        var question = Base(QuestionType.ShortAnswer) with { Choices = [new(new QuizText("a"), 1, new QuizText("voir -> ici"))] };
        Assert.Contains("'->'", GiftWriter.FindLossyText(question)?.ToString(), StringComparison.Ordinal);
        Assert.Null(GiftWriter.FindLossyText(Build("short")));
    }

    [Fact]
    public void Control_characters_are_dropped() =>
        Assert.Equal("ab\tc", GiftWriter.Escape("a\u0001b\tc\u0007"));
}
