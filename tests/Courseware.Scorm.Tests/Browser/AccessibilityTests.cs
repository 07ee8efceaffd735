using System.Text.Json;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace Courseware.Scorm.Tests.Browser;

/// <summary>Accessibility in the browser: axe-core (WCAG 2.0/2.1 A and AA) on every page and quiz state, keyboard use, reflow at 320px.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] PerPageFiles = ["pages/README.html", "pages/chapitre-1-README.html", "pages/chapitre-1-section.html", "pages/quiz.html"];

    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public async Task Axe_finds_no_violation_on_any_page_or_quiz_state(ScormVersion version)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), version);
        var violations = new List<string>();
        foreach (var file in PerPageFiles)
        {
            await using var session = await LmsSession.OpenWithoutLms(browser, url, file);
            violations.AddRange(await Axe(session.Page, file));
            if (file == "pages/quiz.html")
            {
                await QuizAnswers.AnswerAll(session.Page.MainFrame, right: false);
                violations.AddRange(await Axe(session.Page, file + " answered"));
                await QuizAnswers.Submit(session.Page.MainFrame);
                violations.AddRange(await Axe(session.Page, file + " with feedback and summary"));
            }

            Assert.Empty(session.Errors);
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task Axe_finds_no_violation_in_the_single_sco_layout()
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm12, new ExportOptions { Sco = ScoLayout.Single });
        await using var session = await LmsSession.OpenWithoutLms(browser, url, "index.html");
        var violations = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            violations.AddRange(await Axe(session.Page, "page " + (i + 1)));
            if (i < 3)
            {
                await session.Page.ClickAsync(".cw-pager [data-cw-go=\"next\"]");
            }
        }

        await QuizAnswers.AnswerAll(session.Page.MainFrame, right: true);
        await QuizAnswers.Submit(session.Page.MainFrame);
        violations.AddRange(await Axe(session.Page, "summary"));

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Empty(session.Errors);
    }

    [Theory]
    [InlineData(ScoLayout.PerPage)]
    [InlineData(ScoLayout.Single)]
    public async Task Pages_reflow_at_320px_without_horizontal_scrolling(ScoLayout sco)
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm2004, new ExportOptions { Sco = sco });
        var files = sco == ScoLayout.Single ? ["index.html"] : PerPageFiles;
        foreach (var file in files)
        {
            foreach (var width in new[] { 320, 1280 })
            {
                await using var session = await LmsSession.OpenWithoutLms(browser, url, file, width);
                var pages = sco == ScoLayout.Single ? 4 : 1;
                for (var i = 0; i < pages; i++)
                {
                    if (file.EndsWith("quiz.html", StringComparison.Ordinal) || (sco == ScoLayout.Single && i == 3))
                    {
                        await QuizAnswers.AnswerAll(session.Page.MainFrame, right: false);
                        await QuizAnswers.Submit(session.Page.MainFrame);
                    }

                    await Screenshot(session.Page, $"{sco}-{Path.GetFileNameWithoutExtension(file)}-{i + 1}-{width}");
                    var overflow = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    Assert.True(overflow <= 0, $"{file} page {i + 1} at {width}px scrolls horizontally by {overflow}px");
                    if (i < pages - 1)
                    {
                        await session.Page.ClickAsync(".cw-pager [data-cw-go=\"next\"]");
                    }
                }
            }
        }
    }

    [Fact]
    public async Task Page_has_landmarks_a_skip_link_a_named_title_and_no_heading_jump()
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm2004);
        await using var session = await LmsSession.OpenWithoutLms(browser, url, "pages/chapitre-1-README.html");
        var page = session.Page;

        Assert.Equal("Chapitre 1 : les principes – Formation aux données publiques", await page.TitleAsync());
        Assert.Equal("fr-FR", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await page.Locator("header").CountAsync());
        Assert.Equal(1, await page.Locator("main#main").CountAsync());
        Assert.True(await page.Locator("nav").CountAsync() >= 1);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("cw-skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await page.IsVisibleAsync(".cw-skip-link"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));

        var levels = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map(h => Number(h.tagName[1]))");
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Length; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading level jumps from {levels[i - 1]} to {levels[i]}");
        }
    }

    [Fact]
    public async Task Tabs_follow_the_wai_aria_pattern_with_the_keyboard()
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm12);
        await using var session = await LmsSession.OpenWithoutLms(browser, url, "pages/chapitre-1-README.html");
        var page = session.Page;
        var tabs = page.Locator("[role=tab]");

        await tabs.First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");

        Assert.Equal("true", await tabs.Nth(1).GetAttributeAsync("aria-selected"));
        Assert.Equal("false", await tabs.Nth(0).GetAttributeAsync("aria-selected"));
        Assert.Equal("0", await tabs.Nth(1).GetAttributeAsync("tabindex"));
        Assert.Equal("-1", await tabs.Nth(0).GetAttributeAsync("tabindex"));
        Assert.Equal(await tabs.Nth(1).GetAttributeAsync("id"), await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var panels = page.Locator("[role=tabpanel]");
        Assert.False(await panels.Nth(0).IsVisibleAsync());
        Assert.True(await panels.Nth(1).IsVisibleAsync());
        await page.Keyboard.PressAsync("Home");
        Assert.Equal("true", await tabs.Nth(0).GetAttributeAsync("aria-selected"));
    }

    [Fact]
    public async Task Tabs_show_every_panel_without_javascript()
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm12);
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url + "pages/chapitre-1-README.html");

        Assert.True(await page.IsVisibleAsync("text=Publiez sur data.gouv.fr."));
        Assert.True(await page.IsVisibleAsync("text=Réutilisez librement."));
        Assert.False(await page.IsVisibleAsync("[role=tablist]"));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Quiz_can_be_taken_with_the_keyboard_alone()
    {
        var url = LmsSession.Serve(browser, SampleCourse.Create(), ScormVersion.Scorm2004);
        await using var session = await LmsSession.OpenWithoutLms(browser, url, "pages/quiz.html");
        var page = session.Page;
        var keyboard = page.Keyboard;

        // First question: Tab into the radio group, arrows pick the first choice.
        await page.FocusAsync($"input[name=\"{QuizAnswers.Question(1)}\"][value=\"0\"]");
        await keyboard.PressAsync("Space");
        Assert.True(await page.IsCheckedAsync($"input[name=\"{QuizAnswers.Question(1)}\"][value=\"0\"]"));
        await keyboard.PressAsync("Tab");
        Assert.Equal(QuizAnswers.Question(2), await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await keyboard.PressAsync("Space");
        for (var i = 0; i < 40 && await page.EvaluateAsync<string>("() => document.activeElement.type") != "submit"; i++)
        {
            await keyboard.PressAsync("Tab");
        }

        var focusVisible = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        await keyboard.PressAsync("Enter");

        Assert.NotEqual("none", focusVisible);
        Assert.Equal(QuizAnswers.QuizId + "-result", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("polite", await page.GetAttributeAsync($"[id=\"{QuizAnswers.QuizId}-result\"]", "aria-live"));
        Assert.Contains("Quiz non réussi", await page.TextContentAsync($"[id=\"{QuizAnswers.QuizId}-result\"]"), StringComparison.Ordinal);
        Assert.Empty(session.Errors);
    }

    private async Task<IEnumerable<string>> Axe(IPage page, string where)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(browser.BrowserDirectory, "node_modules", "axe-core", "axe.min.js") });
        }

        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations" +
            ".map(v => v.id + ': ' + v.help + ' [' + v.nodes.map(n => n.target.join(' ')).join(' | ') + ']')");
        return result.EnumerateArray().Select(v => where + ": " + v.GetString());
    }

    /// <summary>Screenshots for people to look at, written only when COURSEWARE_SCREENSHOTS names a folder.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable("COURSEWARE_SCREENSHOTS");
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = true });
        }
    }
}
