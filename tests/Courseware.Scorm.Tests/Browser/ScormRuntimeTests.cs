using System.Text.RegularExpressions;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Xunit;

namespace Courseware.Scorm.Tests.Browser;

/// <summary>End-to-end: packages run in Chromium against scorm-again, the LMS runtime, for both SCORM versions and both layouts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScormRuntimeTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public async Task Content_sco_initializes_completes_and_terminates_once(ScormVersion version)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), version);
        await using var session = await LmsSession.Launch(browser, url, "pages/chapitre-1-README.html", version);

        await session.CloseSco();
        var record = await session.FinalRecord();
        var calls = await session.CallNames();

        Assert.Equal(1, calls.Count(c => c is "LMSInitialize" or "Initialize"));
        Assert.Equal(1, calls.Count(c => c is "LMSFinish" or "Terminate"));
        if (version == ScormVersion.Scorm12)
        {
            Assert.Equal("completed", record["cmi.core.lesson_status"]);
            Assert.Matches(@"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$", record["cmi.core.session_time"]);
        }
        else
        {
            Assert.Equal("completed", record["cmi.completion_status"]);
            Assert.Matches(@"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$", record["cmi.session_time"]);
        }

        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public async Task With_scrolled_completion_a_long_page_completes_only_once_read_to_the_end(ScormVersion version)
    {
        var course = SampleCourse.Create((b, root) => b.AddPage("long.md", "Une longue page", "# Une longue page\n\n" + string.Concat(Enumerable.Range(1, 80).Select(i => $"Paragraphe {i} : un texte à lire jusqu’au bout.\n\n")), root));
        var url = LmsSession.Serve(browser, course, version, new ExportOptions { Completion = PageCompletion.Scrolled });
        await using var session = await LmsSession.Launch(browser, url, "pages/long.html", version);
        var status = version == ScormVersion.Scorm12 ? "cmi.core.lesson_status" : "cmi.completion_status";

        await session.Page.WaitForTimeoutAsync(300);
        var before = (await session.Snapshot())[status];
        await session.Sco.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await session.Sco.WaitForFunctionAsync("() => document.querySelector('.cw-page-end') && Courseware.course.progress.data.seen.length === 1");
        await session.CloseSco();
        var record = await session.FinalRecord();

        Assert.Equal("incomplete", before);
        Assert.Equal("completed", record[status]);
        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task With_scrolled_completion_a_single_sco_counts_a_page_once_its_end_was_on_screen()
    {
        var course = SampleCourse.Create((b, root) => b.AddPage("long.md", "Une longue page", "# Une longue page\n\n" + string.Concat(Enumerable.Range(1, 80).Select(i => $"Paragraphe {i}.\n\n")), root));
        var url = LmsSession.Serve(browser, course, ScormVersion.Scorm2004, new ExportOptions { Completion = PageCompletion.Scrolled, Sco = ScoLayout.Single });
        await using var session = await LmsSession.Launch(browser, url, "index.html", ScormVersion.Scorm2004);
        var frame = session.Sco;

        await frame.ClickAsync(".cw-toc a[data-cw-target=\"page-long\"]");
        await session.Page.WaitForTimeoutAsync(300);
        var longIndex = await frame.EvaluateAsync<int>("() => Courseware.course.config.pages.findIndex(p => p.id === 'page-long')");
        var seenBefore = await frame.EvaluateAsync<int[]>("() => Courseware.course.progress.data.seen");
        await frame.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await frame.WaitForFunctionAsync($"() => Courseware.course.progress.data.seen.indexOf({longIndex}) >= 0");

        Assert.DoesNotContain(longIndex, seenBefore);
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public async Task Partly_right_answers_are_recorded_with_the_fraction_earned(ScormVersion version)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), version);
        await using var session = await LmsSession.Launch(browser, url, "pages/quiz.html", version, mastery: 80);
        var frame = session.Sco;

        // Everything right, except one of the two right choices of question 2 and one of the two pairs of question 6.
        await QuizAnswers.AnswerAll(frame, right: true);
        await frame.UncheckAsync($"input[name=\"{QuizAnswers.Question(2)}\"][value=\"2\"]");
        await frame.SelectOptionAsync($"[id=\"{QuizAnswers.Question(6)}-m2\"]", "1");
        await QuizAnswers.Submit(frame);
        await session.CloseSco();
        var record = await session.FinalRecord();

        var results = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 0; record.ContainsKey($"cmi.interactions.{n}.id"); n++)
        {
            results[record[$"cmi.interactions.{n}.id"]] = record[$"cmi.interactions.{n}.result"];
        }

        Assert.Equal("0.5", results.Single(r => r.Key.EndsWith("q2", StringComparison.Ordinal)).Value);
        Assert.Equal("0.5", results.Single(r => r.Key.EndsWith("q6", StringComparison.Ordinal)).Value);
        Assert.Equal("correct", results.Single(r => r.Key.EndsWith("q1", StringComparison.Ordinal)).Value);
        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm12, ScoLayout.Single)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.Single)]
    public async Task Quiz_answered_right_passes_with_full_score_and_valid_interactions(ScormVersion version, ScoLayout sco)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), version, new ExportOptions { Sco = sco });
        await using var session = await LmsSession.Launch(browser, url, sco == ScoLayout.Single ? "index.html" : "pages/quiz.html", version, mastery: 80);
        var frame = session.Sco;
        if (sco == ScoLayout.Single)
        {
            await frame.ClickAsync(".cw-toc a[data-cw-target=\"page-quiz\"]");
        }

        await QuizAnswers.AnswerAll(frame, right: true);
        await QuizAnswers.Submit(frame);
        var result = await frame.TextContentAsync($"[id=\"{QuizAnswers.QuizId}-result\"]");
        var focused = await frame.EvaluateAsync<string>("() => document.activeElement.id");
        await session.CloseSco();
        var record = await session.FinalRecord();

        Assert.Contains("Quiz réussi", result, StringComparison.Ordinal);
        Assert.Contains("100", result, StringComparison.Ordinal);
        Assert.Equal(QuizAnswers.QuizId + "-result", focused);
        var p = QuizAnswers.Prefix(version);
        Assert.Equal("100", record[p + "score.raw"]);
        Assert.Equal("0", record[p + "score.min"]);
        Assert.Equal("100", record[p + "score.max"]);
        if (version == ScormVersion.Scorm12)
        {
            Assert.Equal("passed", record["cmi.core.lesson_status"]);
        }
        else
        {
            Assert.Equal("passed", record["cmi.success_status"]);
            Assert.Equal("1", record["cmi.score.scaled"]);
            if (sco == ScoLayout.PerPage)
            {
                Assert.Equal("completed", record["cmi.completion_status"]);
            }
        }

        AssertInteractions(record, version, expectCorrect: true);
        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.Single)]
    public async Task Quiz_answered_wrong_fails_and_offers_a_retry(ScormVersion version, ScoLayout sco)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), version, new ExportOptions { Sco = sco });
        await using var session = await LmsSession.Launch(browser, url, sco == ScoLayout.Single ? "index.html" : "pages/quiz.html", version, mastery: 80);
        var frame = session.Sco;
        if (sco == ScoLayout.Single)
        {
            await frame.ClickAsync(".cw-toc a[data-cw-target=\"page-quiz\"]");
        }

        await QuizAnswers.AnswerAll(frame, right: false);
        await QuizAnswers.Submit(frame);
        var result = await frame.TextContentAsync($"[id=\"{QuizAnswers.QuizId}-result\"]");
        var retryVisible = await frame.IsVisibleAsync(".cw-retry");
        var feedback = await frame.TextContentAsync($"[id=\"{QuizAnswers.Question(1)}-feedback\"]");
        await session.CloseSco();
        var record = await session.FinalRecord();

        Assert.Contains("Quiz non réussi", result, StringComparison.Ordinal);
        Assert.Contains("Tentatives restantes : 2", result, StringComparison.Ordinal);
        Assert.True(retryVisible);
        Assert.Contains("Mauvaise réponse", feedback, StringComparison.Ordinal);
        Assert.Contains("Réponse attendue : La Licence Ouverte", feedback, StringComparison.Ordinal);
        var p = QuizAnswers.Prefix(version);
        Assert.Equal("0", record[p + "score.raw"]);
        Assert.Equal("failed", version == ScormVersion.Scorm12 ? record["cmi.core.lesson_status"] : record["cmi.success_status"]);
        Assert.Equal("suspend", record[p + "exit"]);
        AssertInteractions(record, version, expectCorrect: false);
        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm12, ScoLayout.Single)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.Single)]
    public async Task Closing_mid_quiz_and_relaunching_resumes_with_the_same_answers(ScormVersion version, ScoLayout sco)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), version, new ExportOptions { Sco = sco });
        var launch = sco == ScoLayout.Single ? "index.html" : "pages/quiz.html";
        IReadOnlyDictionary<string, string> saved;
        await using (var first = await LmsSession.Launch(browser, url, launch, version))
        {
            if (sco == ScoLayout.Single)
            {
                await first.Sco.ClickAsync(".cw-toc a[data-cw-target=\"page-quiz\"]");
            }

            await first.Sco.CheckAsync($"input[name=\"{QuizAnswers.Question(1)}\"][value=\"1\"]");
            await first.Sco.FillAsync($"[id=\"{QuizAnswers.Question(4)}-input\"]", "data.gouv.fr");
            await first.Sco.SelectOptionAsync($"[id=\"{QuizAnswers.Question(6)}-m2\"]", "0");
            await first.CloseSco();
            saved = await first.FinalRecord();
            Assert.Empty(first.Errors);
        }

        var p = QuizAnswers.Prefix(version);
        Assert.Equal("suspend", saved[p + "exit"]);
        var state = new Dictionary<string, string> { ["cmi.suspend_data"] = saved["cmi.suspend_data"] };
        var location = version == ScormVersion.Scorm12 ? "cmi.core.lesson_location" : "cmi.location";
        if (saved.TryGetValue(location, out var where) && where.Length > 0)
        {
            state[location] = where;
        }

        await using var second = await LmsSession.Launch(browser, url, launch, version, resumeState: state);
        var frame = second.Sco;

        Assert.True(await frame.IsVisibleAsync($"[id=\"{QuizAnswers.QuizId}\"]"), "the relaunch shows the page the learner left");
        Assert.True(await frame.IsCheckedAsync($"input[name=\"{QuizAnswers.Question(1)}\"][value=\"1\"]"));
        Assert.Equal("data.gouv.fr", await frame.InputValueAsync($"[id=\"{QuizAnswers.Question(4)}-input\"]"));
        Assert.Equal("0", await frame.InputValueAsync($"[id=\"{QuizAnswers.Question(6)}-m2\"]"));
        Assert.Equal(string.Empty, await frame.InputValueAsync($"[id=\"{QuizAnswers.Question(6)}-m1\"]"));
        Assert.Empty(second.Errors);
    }

    [Theory]
    [InlineData(ScoLayout.PerPage, "pages/quiz.html")]
    [InlineData(ScoLayout.Single, "index.html")]
    public async Task Package_runs_without_an_lms(ScoLayout sco, string launch)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm2004, new ExportOptions { Sco = sco });
        await using var session = await LmsSession.OpenWithoutLms(browser, url, launch);
        var frame = session.Page.MainFrame;
        if (sco == ScoLayout.Single)
        {
            await frame.ClickAsync(".cw-toc a[data-cw-target=\"page-quiz\"]");
        }

        Assert.True(await frame.IsVisibleAsync(".cw-lms-notice"));
        await QuizAnswers.AnswerAll(frame, right: true);
        await QuizAnswers.Submit(frame);

        Assert.Contains("Quiz réussi", await frame.TextContentAsync($"[id=\"{QuizAnswers.QuizId}-result\"]"), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public async Task Single_sco_completes_when_every_page_is_seen_and_the_quiz_passed(ScormVersion version)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), version, new ExportOptions { Sco = ScoLayout.Single });
        await using var session = await LmsSession.Launch(browser, url, "index.html", version, mastery: 80);
        var frame = session.Sco;

        Assert.Equal("Page 1 sur 4", await frame.TextContentAsync(".cw-pager .cw-progress-text"));
        for (var i = 0; i < 3; i++)
        {
            await frame.ClickAsync(".cw-pager [data-cw-go=\"next\"]");
        }

        Assert.Equal("Page 4 sur 4", await frame.TextContentAsync(".cw-pager .cw-progress-text"));
        var midway = await session.Snapshot();
        await QuizAnswers.AnswerAll(frame, right: true);
        await QuizAnswers.Submit(frame);
        await session.CloseSco();
        var record = await session.FinalRecord();

        if (version == ScormVersion.Scorm12)
        {
            Assert.Equal("incomplete", midway["cmi.core.lesson_status"]);
            Assert.Equal("passed", record["cmi.core.lesson_status"]);
            Assert.Equal(string.Empty, record["cmi.core.exit"]);
        }
        else
        {
            Assert.Equal("incomplete", midway["cmi.completion_status"]);
            Assert.Equal("completed", record["cmi.completion_status"]);
            Assert.Equal("passed", record["cmi.success_status"]);
            Assert.Equal("normal", record["cmi.exit"]);
        }

        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Suspend_data_stays_within_the_scorm12_limit_when_answers_are_long()
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm12);
        await using var session = await LmsSession.Launch(browser, url, "pages/quiz.html", ScormVersion.Scorm12);
        var frame = session.Sco;

        await frame.CheckAsync($"input[name=\"{QuizAnswers.Question(1)}\"][value=\"0\"]");
        await frame.FillAsync($"[id=\"{QuizAnswers.Question(7)}-input\"]", new string('a', 5000));
        var noticeShown = await frame.IsVisibleAsync(".cw-storage-notice");
        await session.CloseSco();
        var record = await session.FinalRecord();

        Assert.InRange(record["cmi.suspend_data"].Length, 1, 4096);
        Assert.True(noticeShown, "the learner is told that the answers cannot all be kept");
        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Retry_starts_a_new_attempt_with_a_reshuffled_order_that_is_the_same_on_every_launch()
    {
        var course = SampleCourse.Create((b, root) =>
        {
            var page = b.AddPage("melange.md", "Quiz mélangé", "# Quiz mélangé", root);
            var questions = SampleCourse.Quiz().Questions.Take(2).Select(q => q with { Id = q.Id.Replace("quiz.md", "melange.md", StringComparison.Ordinal) }).ToList();
            page.Document.Add(new Courseware.Markdown.QuizBlock(null) { Quiz = SampleCourse.Quiz() with { Id = "melange.md#quiz-1", Shuffle = true, Attempts = 2, Questions = questions } });
        });
        var url = LmsSession.Serve(browser, course, ScormVersion.Scorm2004);
        const string order = "() => [...document.querySelectorAll('.cw-choices[data-cw-shuffle] input')].map(i => i.name.slice(-2) + ':' + i.value).join(' ')";

        await using var first = await LmsSession.OpenWithoutLms(browser, url, "pages/melange.html");
        var attempt1 = await first.Page.EvaluateAsync<string>(order);
        await using var again = await LmsSession.OpenWithoutLms(browser, url, "pages/melange.html");
        Assert.Equal(attempt1, await again.Page.EvaluateAsync<string>(order));

        await first.Page.CheckAsync("input[name=\"quiz-melange.md-quiz-1-q1\"][value=\"1\"]");
        await first.Page.ClickAsync("button[type=submit]");
        await first.Page.ClickAsync(".cw-retry");
        var attempt2 = await first.Page.EvaluateAsync<string>(order);

        Assert.NotEqual(attempt1, attempt2);
        Assert.False(await first.Page.IsCheckedAsync("input[name=\"quiz-melange.md-quiz-1-q1\"][value=\"1\"]"));
        Assert.True(await first.Page.IsEnabledAsync("input[name=\"quiz-melange.md-quiz-1-q1\"][value=\"1\"]"));
        Assert.Equal(string.Empty, (await first.Page.TextContentAsync(".cw-quiz-result"))!.Trim());
        await first.Page.ClickAsync("button[type=submit]");
        Assert.Contains("Vous n’avez plus de tentative", await first.Page.TextContentAsync(".cw-quiz-result"), StringComparison.Ordinal);
        Assert.False(await first.Page.IsVisibleAsync(".cw-retry"));
        Assert.Empty(first.Errors);
    }

    [Fact]
    public async Task Scorm2004_links_to_another_page_ask_the_lms_to_launch_its_sco()
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm2004);
        await using var session = await LmsSession.Launch(browser, url, "pages/README.html", ScormVersion.Scorm2004);

        await session.Sco.ClickAsync("a[data-cw-page=\"ITEM-quiz\"]");
        await session.Page.WaitForFunctionAsync("() => window.lms.final");
        var calls = await session.Page.EvaluateAsync<string[]>("() => window.lms.calls.filter(c => c[0] === 'SetValue' && c[1] === 'adl.nav.request').map(c => c[2])");

        Assert.Equal(["{target=ITEM-quiz}choice"], calls);
        Assert.Equal(1, (await session.CallNames()).Count(c => c == "Terminate"));
        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Runtime_scores_answers_like_the_course_model()
    {
        var quiz = SampleCourse.Quiz();
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm2004);
        await using var session = await LmsSession.OpenWithoutLms(browser, url, "pages/quiz.html");

        // Question index, the response as the page's form gives it, the same response for QuizScoring.
        var cases = new (int Index, object Form, Courseware.Quizzes.QuestionResponse Model)[]
        {
            (0, "0", new Courseware.Quizzes.ChoiceResponse([0])),
            (0, "1", new Courseware.Quizzes.ChoiceResponse([1])),
            (1, new[] { "0" }, new Courseware.Quizzes.ChoiceResponse([0])),
            (1, new[] { "0", "1" }, new Courseware.Quizzes.ChoiceResponse([0, 1])),
            (1, new[] { "0", "2" }, new Courseware.Quizzes.ChoiceResponse([0, 2])),
            (2, "false", new Courseware.Quizzes.TrueFalseResponse(false)),
            (2, "true", new Courseware.Quizzes.TrueFalseResponse(true)),
            (3, "  DATA.gouv.FR ", new Courseware.Quizzes.TextResponse("  DATA.gouv.FR ")),
            (3, "data  gouv", new Courseware.Quizzes.TextResponse("data  gouv")),
            (4, "2 016", new Courseware.Quizzes.NumericResponse("2 016")),
            (4, "2016,0", new Courseware.Quizzes.NumericResponse("2016,0")),
            (4, "2017", new Courseware.Quizzes.NumericResponse("2017")),
            (5, new[] { "2", "0" }, new Courseware.Quizzes.MatchingResponse(["Tableaux", "Cartes"])),
            (5, new[] { "2", "1" }, new Courseware.Quizzes.MatchingResponse(["Tableaux", "Images"])),
        };

        foreach (var (index, form, model) in cases)
        {
            var runtime = await session.Page.EvaluateAsync<double>(
                "(a) => { const quiz = Courseware.course.quizzes[0]; return quiz.score(quiz.data.questions.find(q => q.index === a.index), a.response); }",
                new { index, response = form });
            var expected = Courseware.Quizzes.QuizScoring.Score(quiz.Questions[index], model).Fraction;
            Assert.True(Math.Abs(expected - runtime) < 1e-9, $"question {index + 1}, response {System.Text.Json.JsonSerializer.Serialize(form)}: runtime {runtime}, model {expected}");
        }
    }

    private static void AssertInteractions(IReadOnlyDictionary<string, string> record, ScormVersion version, bool expectCorrect)
    {
        var is12 = version == ScormVersion.Scorm12;
        var types = new List<string>();
        for (var n = 0; record.ContainsKey($"cmi.interactions.{n}.id"); n++)
        {
            var p = $"cmi.interactions.{n}.";
            var type = record[p + "type"];
            types.Add(type);
            Assert.Matches(@"^[A-Za-z0-9_.\-]+$", record[p + "id"]);
            var result = record[p + "result"];
            if (type is "long-fill-in" || (is12 && record[p + "id"].EndsWith("q7", StringComparison.Ordinal)))
            {
                Assert.Equal("neutral", result);
            }
            else
            {
                Assert.Equal(expectCorrect ? "correct" : is12 ? "wrong" : "incorrect", result);
            }

            var response = record.GetValueOrDefault(p + (is12 ? "student_response" : "learner_response"), string.Empty);
            var pattern = record.GetValueOrDefault(p + "correct_responses.0.pattern", string.Empty);
            if (is12)
            {
                Assert.Matches(@"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$", record[p + "latency"]);
                Assert.Matches(@"^\d{2}:\d{2}:\d{2}$", record[p + "time"]);
                switch (type)
                {
                    case "choice":
                        Assert.Matches("^[0-9a-z](,[0-9a-z])*$", response);
                        Assert.Matches("^[0-9a-z](,[0-9a-z])*$", pattern);
                        break;
                    case "true-false":
                        Assert.Matches("^[tf]$", response);
                        Assert.Equal("f", pattern);
                        break;
                    case "matching":
                        Assert.Matches(@"^[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*$", response);
                        Assert.Equal("1.c,2.a", pattern);
                        break;
                    case "numeric":
                        Assert.Equal("2016", pattern);
                        break;
                }
            }
            else
            {
                Assert.StartsWith("P", record[p + "latency"], StringComparison.Ordinal);
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", record[p + "timestamp"]);
                Assert.False(string.IsNullOrEmpty(record[p + "description"]));
                switch (type)
                {
                    case "choice":
                        Assert.Matches(@"^choice-\d+(\[,\]choice-\d+)*$", response);
                        break;
                    case "true-false":
                        Assert.Equal("false", pattern);
                        break;
                    case "matching":
                        Assert.Equal("item-1[.]answer-3[,]item-2[.]answer-1", pattern);
                        break;
                    case "numeric":
                        Assert.Equal("2016[:]2016", pattern);
                        break;
                }
            }
        }

        var expected = is12
            ? new[] { "choice", "choice", "true-false", "fill-in", "numeric", "matching", "fill-in" }
            : ["choice", "choice", "true-false", "fill-in", "numeric", "matching", "long-fill-in"];
        Assert.Equal(expected, types);
    }
}
