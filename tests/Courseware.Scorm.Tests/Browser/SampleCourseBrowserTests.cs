using System.Text.Json;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace Courseware.Scorm.Tests.Browser;

/// <summary>The repository's sample course, loaded by the real loader, taken in Chromium against scorm-again.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleCourseBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public async Task Every_sample_page_runs_in_the_lms_with_no_error_and_no_axe_violation(ScormVersion version)
    {
        var course = RealCourse.Sample();
        var url = LmsSession.Serve(browser, course, version);
        var layout = new PackageLayout(course, version, ScoLayout.PerPage);
        var problems = new List<string>();
        foreach (var page in course.Pages)
        {
            await using var session = await LmsSession.Launch(browser, url, layout[page].File, version, mastery: ScormPackageBuilder.PassPercent([page]));
            problems.AddRange((await Axe(session.Sco)).Select(v => page.Path + ": " + v));
            if (page.Quizzes.Count > 0)
            {
                await GenericQuizAnswers.AnswerVisibleQuizzes(session.Sco, right: true);
                problems.AddRange((await Axe(session.Sco)).Select(v => page.Path + " (after submitting): " + v));
            }

            await session.CloseSco();
            var record = await session.FinalRecord();
            var status = version == ScormVersion.Scorm12 ? record["cmi.core.lesson_status"] : record["cmi.success_status"] is "passed" ? "passed" : record["cmi.completion_status"];
            var expected = page.Quizzes.Count > 0 ? "passed" : "completed";
            if (status != expected)
            {
                problems.Add($"{page.Path}: status {status}, expected {expected}");
            }

            problems.AddRange((await session.RefusedValues()).Select(v => page.Path + ": LMS refused " + v));
            problems.AddRange(session.Errors.Select(e => page.Path + ": " + e));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public async Task Sample_final_evaluation_answered_wrong_fails(ScormVersion version)
    {
        var course = RealCourse.Sample();
        var url = LmsSession.Serve(browser, course, version);
        var page = course.Pages.Last(p => p.Quizzes.Count > 0);
        await using var session = await LmsSession.Launch(browser, url, new PackageLayout(course, version, ScoLayout.PerPage)[page].File, version);

        await GenericQuizAnswers.AnswerVisibleQuizzes(session.Sco, right: false);
        await session.CloseSco();
        var record = await session.FinalRecord();

        Assert.Equal("failed", version == ScormVersion.Scorm12 ? record["cmi.core.lesson_status"] : record["cmi.success_status"]);
        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public async Task Sample_course_as_a_single_sco_is_passed_after_every_page_and_quiz(ScormVersion version)
    {
        var course = RealCourse.Sample();
        var url = LmsSession.Serve(browser, course, version, new ExportOptions { Sco = ScoLayout.Single });
        await using var session = await LmsSession.Launch(browser, url, "index.html", version, mastery: ScormPackageBuilder.PassPercent(course.Pages));
        var frame = session.Sco;
        var violations = new List<string>();
        for (var i = 0; i < course.Pages.Count; i++)
        {
            violations.AddRange((await Axe(frame)).Select(v => $"page {i + 1}: {v}"));
            await GenericQuizAnswers.AnswerVisibleQuizzes(frame, right: true);
            if (i < course.Pages.Count - 1)
            {
                await frame.ClickAsync(".cw-pager [data-cw-go=\"next\"]");
            }
        }

        await session.CloseSco();
        var record = await session.FinalRecord();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        if (version == ScormVersion.Scorm12)
        {
            Assert.Equal("passed", record["cmi.core.lesson_status"]);
        }
        else
        {
            Assert.Equal("completed", record["cmi.completion_status"]);
            Assert.Equal("passed", record["cmi.success_status"]);
        }

        Assert.Equal("100", record[QuizAnswers.Prefix(version) + "score.raw"]);
        Assert.Empty(await session.RefusedValues());
        Assert.Empty(session.Errors);
    }

    private async Task<IEnumerable<string>> Axe(IFrame frame)
    {
        if (!await frame.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await frame.AddScriptTagAsync(new FrameAddScriptTagOptions { Path = Path.Combine(browser.BrowserDirectory, "node_modules", "axe-core", "axe.min.js") });
        }

        var result = await frame.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations" +
            ".map(v => v.id + ': ' + v.help + ' [' + v.nodes.map(n => n.target.join(' ')).join(' | ') + ']')");
        return result.EnumerateArray().Select(v => v.GetString()!);
    }
}
