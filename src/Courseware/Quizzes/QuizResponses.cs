namespace Courseware.Quizzes;

/// <summary>What a learner answered to one question; each question type takes one kind (see <see cref="QuizScoring.ResponseKindOf"/>).</summary>
public abstract record QuestionResponse;

/// <summary>The chosen choices, as indexes into <see cref="Question.Choices"/> (one for single choice, any number for multiple choice).</summary>
public sealed record ChoiceResponse(IReadOnlyList<int> Selected) : QuestionResponse;

/// <summary>The learner's true or false.</summary>
public sealed record TrueFalseResponse(bool Value) : QuestionResponse;

/// <summary>Typed text: a short answer, or an essay.</summary>
public sealed record TextResponse(string Text) : QuestionResponse;

/// <summary>A typed number, as entered (<c>3.5</c>, <c>3,5</c> and <c>-1e3</c> are read).</summary>
public sealed record NumericResponse(string Text) : QuestionResponse;

/// <summary>For each pair with a left text (<see cref="QuestionKey.MatchLefts"/> order), the right text chosen, or null when left unanswered.</summary>
public sealed record MatchingResponse(IReadOnlyList<string?> Rights) : QuestionResponse;

/// <summary>How a question is answered.</summary>
public enum ResponseKind
{
    /// <summary>Nothing to answer (description).</summary>
    None,

    /// <summary>One choice (<see cref="ChoiceResponse"/> with one index).</summary>
    SingleChoice,

    /// <summary>Any number of choices (<see cref="ChoiceResponse"/>).</summary>
    MultipleChoice,

    /// <summary><see cref="TrueFalseResponse"/>.</summary>
    TrueFalse,

    /// <summary><see cref="TextResponse"/>, compared with the accepted answers.</summary>
    Text,

    /// <summary><see cref="NumericResponse"/>.</summary>
    Numeric,

    /// <summary><see cref="MatchingResponse"/>.</summary>
    Matching,

    /// <summary><see cref="TextResponse"/>, graded by a person: not scored automatically.</summary>
    Essay,
}

/// <summary>The score of one answered question.</summary>
/// <param name="Fraction">Between 0 and 1.</param>
/// <param name="AutoGraded">False for essays (a person grades them) and descriptions.</param>
/// <param name="Feedback">The feedback of the answer given (or of "any other answer"), when there is one.</param>
public sealed record QuestionScore(double Fraction, bool AutoGraded, QuizText? Feedback = null);

/// <summary>The score of a quiz attempt.</summary>
/// <param name="Score">Sum of question weight × fraction over automatically graded questions.</param>
/// <param name="MaxScore">Sum of the weights of automatically graded questions.</param>
/// <param name="Percent">100 × Score / MaxScore (100 when nothing is graded automatically).</param>
/// <param name="Passed">Percent reaches the quiz's <see cref="Quiz.PassPercent"/>.</param>
/// <param name="Questions">Each question's score, by question id, in quiz order.</param>
public sealed record QuizScore(double Score, double MaxScore, double Percent, bool Passed, IReadOnlyList<KeyValuePair<string, QuestionScore>> Questions);

/// <summary>
/// What a runtime (the SCORM player's JavaScript, an answer key) needs to score a question without the model:
/// plain data, serialisable as is. Scoring rules are those of <see cref="QuizScoring"/>.
/// </summary>
/// <param name="Id">The question id.</param>
/// <param name="Type">The question type name (<see cref="QuestionTypeNames.ToName(QuestionType)"/>).</param>
/// <param name="Response">How it is answered.</param>
/// <param name="Weight">Points the question is worth.</param>
/// <param name="ChoiceFractions">Fraction of each choice (choice questions), in <see cref="Question.Choices"/> order.</param>
/// <param name="TextAnswers">Accepted short answers in order: the first that matches gives its fraction.</param>
/// <param name="Correct">The right answer of a true-false question.</param>
/// <param name="NumericRanges">Accepted numbers in order: the first range holding the answer gives its fraction.</param>
/// <param name="MatchLefts">Left texts (plain) of the pairs that are not distractors.</param>
/// <param name="MatchRights">Every right text offered (distractors included), each once, in source order.</param>
/// <param name="MatchCorrect">For each left, the index of its right in <see cref="MatchRights"/>.</param>
public sealed record QuestionKey(
    string Id,
    string Type,
    ResponseKind Response,
    double Weight,
    IReadOnlyList<double> ChoiceFractions,
    IReadOnlyList<TextAnswerKey> TextAnswers,
    bool? Correct,
    IReadOnlyList<NumericRangeKey> NumericRanges,
    IReadOnlyList<string> MatchLefts,
    IReadOnlyList<string> MatchRights,
    IReadOnlyList<int> MatchCorrect);

/// <summary>An accepted short answer: <paramref name="Pattern"/> is normalised (<see cref="QuizScoring.NormalizeText"/>); <c>*</c> matches any text, <c>\*</c> a star.</summary>
public sealed record TextAnswerKey(string Pattern, double Fraction);

/// <summary>An accepted number range [<paramref name="Low"/>, <paramref name="High"/>].</summary>
public sealed record NumericRangeKey(double Low, double High, double Fraction);
