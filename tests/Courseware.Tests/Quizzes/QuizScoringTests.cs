using Courseware.Diagnostics;
using Courseware.Quizzes;
using Courseware.Quizzes.Gift;
using Xunit;

namespace Courseware.Tests.Quizzes;

public sealed class QuizScoringTests
{
    private static Question Q(string gift)
    {
        var bag = new DiagnosticBag();
        var questions = GiftParser.Parse(gift, new GiftSource("t.gift", 1, 1, "t"), bag);
        Assert.DoesNotContain(bag.ToList(), d => d.Severity == DiagnosticSeverity.Error);
        return Assert.Single(questions);
    }

    private static double Fraction(string gift, QuestionResponse? response) => QuizScoring.Score(Q(gift), response).Fraction;

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(1, 1.0)]
    [InlineData(2, 0.5)]
    [InlineData(3, 0.0)] // a negative fraction is clamped
    public void Single_choice_scores_the_chosen_fraction(int chosen, double expected) =>
        Assert.Equal(expected, Fraction("Q {~a =b ~%50%c ~%-50%d}", new ChoiceResponse([chosen])), 6);

    [Fact]
    public void Single_choice_with_no_or_several_choices_scores_zero()
    {
        Assert.Equal(0, Fraction("Q {~a =b}", new ChoiceResponse([])));
        Assert.Equal(0, Fraction("Q {~a =b}", new ChoiceResponse([0, 1])));
        Assert.Equal(0, Fraction("Q {~a =b}", new ChoiceResponse([7])));
        Assert.Equal(0, Fraction("Q {~a =b}", null));
    }

    [Fact]
    public void Single_choice_returns_the_feedback_of_the_choice()
    {
        var score = QuizScoring.Score(Q("Q {~a#non =b#oui}"), new ChoiceResponse([0]));
        Assert.Equal("non", score.Feedback?.Text);
    }

    [Theory]
    [InlineData(new[] { 1, 2 }, 1.0)]
    [InlineData(new[] { 1 }, 0.5)]
    [InlineData(new[] { 1, 2, 0 }, 0.6666667)]
    [InlineData(new[] { 0, 3 }, 0.0)] // a negative sum is clamped to 0
    [InlineData(new[] { 1, 1, 2 }, 1.0)] // a choice counts once
    [InlineData(new int[0], 0.0)]
    public void Multiple_choice_sums_fractions_clamped(int[] chosen, double expected) =>
        Assert.Equal(expected, Fraction("Q {~%-33.33333%a ~%50%b ~%50%c ~%-100%d}", new ChoiceResponse(chosen)), 6);

    [Fact]
    public void Multiple_choice_sum_above_one_is_clamped() =>
        Assert.Equal(1, Fraction("Q {~%60%a ~%60%b}", new ChoiceResponse([0, 1])));

    [Fact]
    public void True_false_scores_the_right_value_with_its_feedback()
    {
        var q = Q("Q {F#wrong#right}");
        var right = QuizScoring.Score(q, new TrueFalseResponse(false));
        var wrong = QuizScoring.Score(q, new TrueFalseResponse(true));
        Assert.Equal((1.0, "right"), (right.Fraction, right.Feedback?.Text));
        Assert.Equal((0.0, "wrong"), (wrong.Fraction, wrong.Feedback?.Text));
    }

    [Theory]
    [InlineData("Paris", 1.0)]
    [InlineData("  pARIS ", 1.0)]
    [InlineData("Lutèce", 0.5)]
    [InlineData("lute\u0300ce", 0.5)] // same letters, decomposed
    [InlineData("Lutece", 0.0)] // accents count
    [InlineData("Londres", 0.0)]
    [InlineData("", 0.0)]
    public void Short_answer_is_case_insensitive_and_trimmed(string response, double expected) =>
        Assert.Equal(expected, Fraction("Q {=Paris =%50%Lutèce =%0%*#Non}", new TextResponse(response)));

    [Fact]
    public void Short_answer_normalises_inner_white_space_and_unicode()
    {
        Assert.Equal(1, Fraction("Q {=Reference Model}", new TextResponse("reference \t  model")));
        Assert.Equal(1, Fraction("Q {=Lutèce}", new TextResponse("Lute\u0300ce")));
    }

    [Fact]
    public void Short_answer_catch_all_gives_its_feedback_and_zero()
    {
        var score = QuizScoring.Score(Q("Q {=Paris =%0%*#Non, c'est Paris.}"), new TextResponse("Lyon"));
        Assert.Equal((0.0, "Non, c'est Paris."), (score.Fraction, score.Feedback?.Text));
    }

    [Theory]
    [InlineData("*.xml", "imsmanifest.xml", true)]
    [InlineData("*.xml", "imsmanifest.json", false)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("a\\*", "a*", true)]
    [InlineData("a\\*", "ab", false)]
    [InlineData("ab*ba", "aba", false)]
    public void Short_answer_stars_match_any_text(string pattern, string response, bool expected) =>
        Assert.Equal(expected, QuizScoring.MatchesPattern(pattern, response));

    [Theory]
    [InlineData("3.5", 1.0)]
    [InlineData("3", 1.0)] // tolerance bound included
    [InlineData("4", 1.0)]
    [InlineData("4,0", 1.0)] // decimal comma
    [InlineData("4.01", 0.0)]
    [InlineData("abc", 0.0)]
    public void Numerical_tolerance(string response, double expected) =>
        Assert.Equal(expected, Fraction("Q {#3.5:0.5}", new NumericResponse(response)));

    [Theory]
    [InlineData("-5", 1.0)]
    [InlineData("-1", 1.0)]
    [InlineData("-3.2", 1.0)]
    [InlineData("0", 0.0)]
    [InlineData("-5.0001", 0.0)]
    public void Numerical_negative_range(string response, double expected) =>
        Assert.Equal(expected, Fraction("Q {#-5..-1}", new NumericResponse(response)));

    [Fact]
    public void Numerical_first_accepting_answer_wins_and_other_feedback_applies()
    {
        var q = Q("Q {#=1822:0#exact =%50%1822:2#proche ~#relisez}");
        Assert.Equal((1.0, "exact"), Get(q, "1822"));
        Assert.Equal((0.5, "proche"), Get(q, "1823"));
        Assert.Equal((0.0, "relisez"), Get(q, "1900"));

        static (double, string?) Get(Question q, string r)
        {
            var s = QuizScoring.Score(q, new NumericResponse(r));
            return (s.Fraction, s.Feedback?.Text);
        }
    }

    [Fact]
    public void Numerical_tolerance_survives_floating_point() =>
        Assert.Equal(1, Fraction("Q {#0.3:0.1}", new NumericResponse((0.1 + 0.1).ToString("R", System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void Matching_scores_the_share_of_right_pairs_ignoring_distractors()
    {
        const string gift = "Q {=France -> Paris =Italie -> Rome =Espagne -> Madrid = -> Berlin}";
        Assert.Equal(1, Fraction(gift, new MatchingResponse(["Paris", "Rome", "Madrid"])));
        Assert.Equal(2.0 / 3, Fraction(gift, new MatchingResponse(["Paris", "Berlin", "Madrid"])), 9);
        Assert.Equal(1.0 / 3, Fraction(gift, new MatchingResponse(["Paris", null])), 9);
        Assert.Equal(0, Fraction(gift, new MatchingResponse([])));
    }

    [Fact]
    public void Essay_and_description_are_not_scored_automatically()
    {
        var essay = QuizScoring.Score(Q("Écrivez {}"), new TextResponse("texte"));
        var description = QuizScoring.Score(Q("Lisez ceci."), null);
        Assert.False(essay.AutoGraded);
        Assert.False(description.AutoGraded);
    }

    [Fact]
    public void A_response_of_the_wrong_kind_scores_zero() =>
        Assert.Equal(0, Fraction("Q {T}", new TextResponse("T")));

    [Fact]
    public void Quiz_score_is_weighted_over_graded_questions_and_compared_with_the_pass_mark()
    {
        var bag = new DiagnosticBag();
        var quiz = QuizFactory.FromFencedBlock(
            "p.md", 0, "gift pass=60", "::A:: {T}\n\n::B:: {~a =b}\n\n::C:: {}\n\n::D:: Lisez.\n\n::E:: {#2}\n", 2, 1, null, 80, bag);

        var all = QuizScoring.Score(quiz, new Dictionary<string, QuestionResponse>
        {
            ["a"] = new TrueFalseResponse(true),
            ["b"] = new ChoiceResponse([1]),
            ["e"] = new NumericResponse("2"),
        });
        var some = QuizScoring.Score(quiz, new Dictionary<string, QuestionResponse>
        {
            ["a"] = new TrueFalseResponse(true),
            ["b"] = new ChoiceResponse([0]),
        });

        Assert.Equal((3.0, 3.0, 100.0, true), (all.Score, all.MaxScore, all.Percent, all.Passed));
        Assert.Equal(["a", "b", "c", "d", "e"], all.Questions.Select(q => q.Key));
        Assert.Equal(100.0 / 3, some.Percent, 9);
        Assert.False(some.Passed);
    }

    [Fact]
    public void Pass_mark_is_reached_at_equality()
    {
        var bag = new DiagnosticBag();
        var quiz = QuizFactory.FromFencedBlock("p.md", 0, "gift pass=50", "::A:: {T}\n\n::B:: {T}\n", 2, 1, null, 80, bag);
        Assert.True(QuizScoring.Score(quiz, new Dictionary<string, QuestionResponse> { ["a"] = new TrueFalseResponse(true) }).Passed);
    }

    [Fact]
    public void Key_holds_what_a_runtime_needs()
    {
        var matching = QuizScoring.KeyOf(Q("::M:: Q {=[html]<b>France</b> -> Paris =Italie -> Rome = -> Berlin =Vatican -> Rome}"));
        Assert.Equal(ResponseKind.Matching, matching.Response);
        Assert.Equal(["France", "Italie", "Vatican"], matching.MatchLefts);
        Assert.Equal(["Paris", "Rome", "Berlin"], matching.MatchRights);
        Assert.Equal([0, 1, 1], matching.MatchCorrect);

        var shortAnswer = QuizScoring.KeyOf(Q("Q {=  Paris   Centre =%0%*}"));
        Assert.Equal([new TextAnswerKey("paris centre", 1), new TextAnswerKey("*", 0)], shortAnswer.TextAnswers);

        var numeric = QuizScoring.KeyOf(Q("Q {#=3:0.5 =%50%1..2}"));
        Assert.Equal([new NumericRangeKey(2.5, 3.5, 1), new NumericRangeKey(1, 2, 0.5)], numeric.NumericRanges);

        var choice = QuizScoring.KeyOf(Q("Q {~%50%a ~%50%b ~%-100%c}"));
        Assert.Equal((ResponseKind.MultipleChoice, "multiple-choice", 1.0), (choice.Response, choice.Type, choice.Weight));
        Assert.Equal([0.5, 0.5, -1], choice.ChoiceFractions);

        var tf = QuizScoring.KeyOf(Q("Q {FALSE}"));
        Assert.Equal((ResponseKind.TrueFalse, (bool?)false), (tf.Response, tf.Correct));

        Assert.Equal(0, QuizScoring.KeyOf(Q("Écrivez {}")).Weight);
    }
}
