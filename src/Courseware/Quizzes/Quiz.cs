using Courseware.Diagnostics;

namespace Courseware.Quizzes;

/// <summary>A quiz: one ```gift block of a page.</summary>
public sealed record Quiz
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    /// <summary>Pass mark in percent (0-100).</summary>
    public double PassPercent { get; init; } = 80;

    public bool Shuffle { get; init; }

    /// <summary>Allowed attempts; null means unlimited.</summary>
    public int? Attempts { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }

    public SourceLocation Location { get; init; }
}

/// <summary>The kinds of question GIFT can express.</summary>
public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    ShortAnswer,
    Numerical,
    Matching,
    Essay,
    Description,
}

/// <summary>How a piece of question text is written (GIFT <c>[html]</c>, <c>[markdown]</c>, <c>[plain]</c>, <c>[moodle]</c>).</summary>
public enum TextFormat
{
    Moodle,
    Plain,
    Markdown,
    Html,
}

/// <summary>Text of a question, answer or feedback, unescaped, with its format.</summary>
public sealed record QuizText(string Text, TextFormat Format = TextFormat.Moodle)
{
    public static QuizText Empty { get; } = new(string.Empty);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text);

    public override string ToString() => Text;
}

/// <summary>One question.</summary>
public sealed record Question
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public required QuestionType Type { get; init; }

    /// <summary>Question text before the answer block (the whole text unless <see cref="MissingWord"/>).</summary>
    public required QuizText Stem { get; init; }

    /// <summary>Text after the answer block for missing-word questions; empty otherwise.</summary>
    public QuizText StemAfter { get; init; } = QuizText.Empty;

    public bool MissingWord { get; init; }

    /// <summary>Plain text of the question, with <c>_____</c> where a missing-word blank stands.</summary>
    public required string StemPlain { get; init; }

    /// <summary>Choices (single/multiple choice) or accepted answers (short answer), each with its fraction.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>The right answer of a true-false question.</summary>
    public bool? Correct { get; init; }

    /// <summary>True-false feedback shown when the learner answers wrong.</summary>
    public QuizText? FeedbackWrong { get; init; }

    /// <summary>True-false feedback shown when the learner answers right.</summary>
    public QuizText? FeedbackRight { get; init; }

    public IReadOnlyList<MatchPair> Pairs { get; init; } = [];

    public IReadOnlyList<NumericAnswer> Numeric { get; init; } = [];

    /// <summary>Feedback for any other answer (GIFT <c>~#</c> in numerical questions).</summary>
    public QuizText? OtherFeedback { get; init; }

    public QuizText? GeneralFeedback { get; init; }

    /// <summary>Category from a preceding <c>$CATEGORY:</c> line.</summary>
    public string? Category { get; init; }

    public SourceLocation Location { get; init; }

    /// <summary>Points the question is worth (1 for every answerable question, 0 for descriptions).</summary>
    public double Weight => Type == QuestionType.Description ? 0 : 1;
}

/// <summary>A choice or accepted answer; <see cref="Fraction"/> is between -1 and 1.</summary>
public sealed record Choice(QuizText Text, double Fraction, QuizText? Feedback = null);

/// <summary>A matching pair; an empty <see cref="Left"/> is a distractor.</summary>
public sealed record MatchPair(QuizText Left, string Right);

/// <summary>A numerical answer: a value with a tolerance, or a range.</summary>
public sealed record NumericAnswer(double Fraction, double? Value = null, double Tolerance = 0, double? Min = null, double? Max = null, QuizText? Feedback = null)
{
    public double Low => Min ?? (Value!.Value - Tolerance);

    public double High => Max ?? (Value!.Value + Tolerance);

    public bool Accepts(double x) => x >= Low && x <= High;
}
