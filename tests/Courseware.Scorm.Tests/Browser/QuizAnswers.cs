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

/// <summary>Answers any quiz of a page from the scoring data the page carries: the best answer of each question, or a wrong one.</summary>
public static class GenericQuizAnswers
{
    private const string Script = """
        (right) => {
          for (const section of document.querySelectorAll('[data-cw-quiz]')) {
            if (section.closest('[hidden]')) continue;
            const data = JSON.parse(section.querySelector('script.cw-quiz-data').textContent);
            for (const q of data.questions) {
              const box = document.getElementById(q.element);
              const inputs = [...box.querySelectorAll('input, select, textarea')];
              const bestOf = list => list.reduce((b, c, i) => c.fraction > list[b].fraction ? i : b, 0);
              const worstOf = list => list.reduce((b, c, i) => c.fraction < list[b].fraction ? i : b, 0);
              switch (q.kind) {
                case 'single': {
                  const pick = String(right ? bestOf(q.choices) : worstOf(q.choices));
                  const select = box.querySelector('select');
                  if (select) { select.value = pick; } else { box.querySelector(`input[value="${pick}"]`).checked = true; }
                  break;
                }
                case 'multiple':
                  q.choices.forEach((c, i) => { box.querySelector(`input[value="${i}"]`).checked = right ? c.fraction > 0 : c.fraction <= 0; });
                  break;
                case 'truefalse':
                  box.querySelector(`input[value="${right ? q.correct : !q.correct}"]`).checked = true;
                  break;
                case 'short':
                  inputs[0].value = right ? q.answers[bestOf(q.answers)].pattern.replace(/\\\*/g, '*') : 'réponse inattendue';
                  break;
                case 'numeric': {
                  const r = q.ranges[bestOf(q.ranges)];
                  inputs[0].value = right ? String((r.low + r.high) / 2) : '-987654';
                  break;
                }
                case 'matching':
                  inputs.forEach((select, n) => { select.value = String(right ? q.items[n].answer : (q.items[n].answer + 1) % q.targets.length); });
                  break;
                case 'essay':
                  inputs[0].value = 'Une réponse libre.';
                  break;
              }
            }
            section.querySelector('form').dispatchEvent(new Event('change', { bubbles: true }));
          }
        }
        """;

    public static async Task AnswerVisibleQuizzes(IFrame frame, bool right)
    {
        await frame.EvaluateAsync(Script, right);
        foreach (var button in await frame.QuerySelectorAllAsync(".cw-quiz-form button[type=submit]"))
        {
            if (await button.IsVisibleAsync())
            {
                await button.ClickAsync();
            }
        }
    }
}
