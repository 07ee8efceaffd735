namespace Courseware.Quizzes;

/// <summary>The names of question types in JSON outputs (<c>inspect --json</c>, the SCORM runtime data).</summary>
public static class QuestionTypeNames
{
    /// <summary><c>single-choice</c>, <c>multiple-choice</c>, <c>true-false</c>, <c>short-answer</c>, <c>numerical</c>, <c>matching</c>, <c>essay</c> or <c>description</c>.</summary>
    public static string ToName(this QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "single-choice",
        QuestionType.MultipleChoice => "multiple-choice",
        QuestionType.TrueFalse => "true-false",
        QuestionType.ShortAnswer => "short-answer",
        QuestionType.Numerical => "numerical",
        QuestionType.Matching => "matching",
        QuestionType.Essay => "essay",
        QuestionType.Description => "description",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary><c>moodle</c>, <c>plain</c>, <c>markdown</c> or <c>html</c>: the GIFT <c>[format]</c> names.</summary>
    public static string ToName(this TextFormat format) => format switch
    {
        TextFormat.Plain => "plain",
        TextFormat.Markdown => "markdown",
        TextFormat.Html => "html",
        _ => "moodle",
    };
}
