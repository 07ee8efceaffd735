using Courseware.Quizzes;
using Courseware.Scorm.Packaging;

namespace Courseware.Scorm.Quizzes;

/// <summary>The identifiers an interaction records, in each version's format: question ids, choice and matching identifiers.</summary>
public static class InteractionIds
{
    private const string Letters12 = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const string Sources12 = "123456789abcdefghijklmnopqrstuvwxyz0";

    /// <summary>The interaction id of a question: derived from the question id so records survive a re-export.</summary>
    public static string Question(Question question) => StableIdentifier.Slug(question.Id, 200) is { Length: > 0 } slug ? slug : "q-" + StableIdentifier.ShortHash(question.Id);

    /// <summary>The identifier of the n-th choice (0-based): 1.2 allows one character of <c>[0-9a-z]</c>, so only 36 are possible there; null beyond.</summary>
    public static string? Choice(ScormVersion version, int index) => version == ScormVersion.Scorm12
        ? index < Letters12.Length ? Letters12[index].ToString() : null
        : "choice-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The identifier of the n-th left-hand item of a matching question.</summary>
    public static string? MatchSource(ScormVersion version, int index) => version == ScormVersion.Scorm12
        ? index < Sources12.Length ? Sources12[index].ToString() : null
        : "item-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The identifier of the n-th right-hand answer of a matching question.</summary>
    public static string? MatchTarget(ScormVersion version, int index) => version == ScormVersion.Scorm12
        ? index < Letters12.Length ? Letters12[index].ToString() : null
        : "answer-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
