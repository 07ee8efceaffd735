using Courseware.Scorm.Packaging;
using Microsoft.Playwright;

namespace Courseware.Scorm.Tests.Browser;

/// <summary>Answers the sample quiz (see <c>SampleCourse.Quiz</c>) in a frame, right or wrong, as a learner would.</summary>
public static class QuizAnswers
{
    public const string QuizId = "quiz-quiz.md-quiz-1";

    public static string Question(int n) => $"{QuizId}-q{n}";

    public static async Task AnswerAll(IFrame frame, bool right)
    {
        await frame.CheckAsync($"input[name=\"{Question(1)}\"][value=\"{(right ? 0 : 1)}\"]");
        if (right)
        {
            await frame.CheckAsync($"input[name=\"{Question(2)}\"][value=\"0\"]");
            await frame.CheckAsync($"input[name=\"{Question(2)}\"][value=\"2\"]");
        }
        else
        {
            await frame.CheckAsync($"input[name=\"{Question(2)}\"][value=\"1\"]");
        }

        await frame.CheckAsync($"input[name=\"{Question(3)}\"][value=\"{(right ? "false" : "true")}\"]");
        await frame.FillAsync($"[id=\"{Question(4)}-input\"]", right ? "Data.gouv.fr " : "wikipedia");
        await frame.FillAsync($"[id=\"{Question(5)}-input\"]", right ? "2016" : "1999");

        // Right-hand answers are listed in a fixed order: Cartes (0), Images (1), Tableaux (2).
        await frame.SelectOptionAsync($"[id=\"{Question(6)}-m1\"]", right ? "2" : "1");
        await frame.SelectOptionAsync($"[id=\"{Question(6)}-m2\"]", right ? "0" : "1");
        await frame.FillAsync($"[id=\"{Question(7)}-input\"]", "Les horaires des bus");
    }

    public static Task Submit(IFrame frame) => frame.ClickAsync($"[id=\"{QuizId}\"] button[type=submit]");

    public static string Prefix(ScormVersion version) => version == ScormVersion.Scorm12 ? "cmi.core." : "cmi.";
}
