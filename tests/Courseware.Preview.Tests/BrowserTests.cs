using Microsoft.Playwright;
using Xunit;

namespace Courseware.Preview.Tests;

/// <summary>
/// The preview page in Debian's Chromium (launched by path with the SCORM browser tests' flags, never downloaded):
/// the course loads in the frame, a quiz answered in the page shows in the panel with its interactions and score.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    /// <summary>Answers every visible quiz of the frame with its best answers, from the scoring data the page carries.</summary>
    private const string AnswerRight = """
        () => {
          for (const section of document.querySelectorAll('[data-cw-quiz]')) {
            const data = JSON.parse(section.querySelector('script.cw-quiz-data').textContent);
            for (const q of data.questions) {
              const box = document.getElementById(q.element);
              const best = list => list.reduce((b, c, i) => c.fraction > list[b].fraction ? i : b, 0);
              if (q.kind === 'single') { box.querySelector(`input[value="${best(q.choices)}"]`).checked = true; }
              if (q.kind === 'multiple') { q.choices.forEach((c, i) => { box.querySelector(`input[value="${i}"]`).checked = c.fraction > 0; }); }
              if (q.kind === 'truefalse') { box.querySelector(`input[value="${q.correct}"]`).checked = true; }
            }
            section.querySelector('form').dispatchEvent(new Event('change', { bubbles: true }));
          }
        }
        """;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("COURSEWARE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: run scripts/setup-browser-tests.sh.");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    [Theory]
    [InlineData("2004")]
    [InlineData("12")]
    public async Task Quiz_answered_in_the_frame_shows_its_interactions_and_score_in_the_panel(string version)
    {
        using var folder = new TestFolder("fr");
        using var cli = CliProcess.Start(folder.Path, "preview", "course", "--scorm", version);
        var url = ProcessTests.UrlOf(cli);
        var page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        // 1. The page opens on the first SCO, inside the frame, and the panel lists the organization.
        await page.GotoAsync(url);
        var course = page.FrameLocator("#cw-course");
        await course.Locator("h1").First.WaitForAsync();
        Assert.Equal("Mon premier cours", (await course.Locator("h1").First.TextContentAsync())?.Trim());
        Assert.Equal(3, await page.Locator("#cw-tree button[data-cw-sco]").CountAsync());
        var status = version == "2004" ? "cmi.completion_status" : "cmi.core.lesson_status";

        // 2. Launch the first chapter from the tree and answer its quiz right.
        await page.ClickAsync("#cw-tree button[data-cw-sco='ITEM-chapitre-1']");
        var frame = page.Frame("course")!;
        // The frame's document is asked directly: the browser's own idea of where the frame is, not the test driver's
        // record of navigations (which could miss one that replaced a page still loading).
        await page.WaitForFunctionAsync("() => { try { return document.getElementById('cw-course').contentWindow.location.pathname.endsWith('/pages/chapitre-1.html'); } catch (e) { return false; } }");
        frame = page.Frame("course")!;
        await frame.Locator("[data-cw-quiz]").First.WaitForAsync();
        await frame.EvaluateAsync(AnswerRight);
        await frame.ClickAsync(".cw-quiz-form button[type=submit]");

        // 3. The panel shows three interactions, all correct, and a full score.
        await page.Locator("#cw-interactions tbody tr").Nth(2).WaitForAsync();
        Assert.Equal(3, await page.Locator("#cw-interactions tbody tr").CountAsync());
        var results = await page.Locator("#cw-interactions td[data-cw-field=result]").AllTextContentsAsync();
        Assert.All(results, r => Assert.Equal("correct", r));
        var types = await page.Locator("#cw-interactions td[data-cw-field=type]").AllTextContentsAsync();
        Assert.Equal(["choice", "true-false", "choice"], types);
        var raw = version == "2004" ? "cmi.score.raw" : "cmi.core.score.raw";
        await page.Locator($"td[data-cw-element='{raw}']").GetByText("100").WaitForAsync();
        if (version == "2004")
        {
            Assert.Equal("passed", await page.TextContentAsync("td[data-cw-element='cmi.success_status']"));
            Assert.Equal("1", await page.TextContentAsync("td[data-cw-element='cmi.score.scaled']"));
        }
        else
        {
            Assert.Equal("passed", await page.TextContentAsync("td[data-cw-element='cmi.core.lesson_status']"));
        }

        // The log holds the calls with their return values, and none of them failed.
        var calls = await page.Locator("#cw-calls tbody tr").AllInnerTextsAsync();
        Assert.Contains(calls, c => c.Contains(version == "2004" ? "SetValue" : "LMSSetValue", StringComparison.Ordinal) && c.Contains("cmi.interactions.2.result", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("#cw-calls tbody tr.cw-error").CountAsync());
        await Screenshot(page, $"preview-{version}");

        // 4. Reset empties the data model and the log, and relaunches the SCO.
        await page.ClickAsync("#cw-reset");
        await page.Locator("#cw-interactions-empty").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        Assert.Equal(0, await page.Locator("#cw-interactions tbody tr").CountAsync());
        Assert.NotEqual("passed", await page.TextContentAsync($"td[data-cw-element='{status}']"));

        Assert.Empty(errors);
        Assert.Equal(0, cli.Interrupt());
    }

    [Fact]
    public async Task Api_refuses_unknown_elements_and_wrong_values_with_the_scorm_error_codes()
    {
        using var folder = new TestFolder("en");
        using var cli = CliProcess.Start(folder.Path, "preview", "course", "--scorm", "2004");
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(ProcessTests.UrlOf(cli));
        await page.FrameLocator("#cw-course").Locator("h1").First.WaitForAsync();
        await page.WaitForFunctionAsync("() => window.CoursewarePreview.state.attempt !== null && window.CoursewarePreview.state.attempt.initialized");

        // The page's own SCO is running and initialized: drive the API as a SCO would.
        var codes = await page.EvaluateAsync<string[]>("""
            () => {
              const api = window.API_1484_11;
              const out = [];
              const call = (f, ...a) => { const r = api[f](...a); out.push(f + ':' + r + ':' + api.GetLastError()); };
              call('Initialize', '');
              call('SetValue', 'cmi.no_such_thing', 'x');
              call('SetValue', 'cmi.completion_status', 'done');
              call('SetValue', 'cmi.score.scaled', '2');
              call('GetValue', 'cmi.exit');
              call('SetValue', 'cmi.interactions.1.id', 'q');
              call('SetValue', 'cmi.interactions.0.result', 'correct');
              call('SetValue', 'cmi.interactions.0.id', 'q1');
              call('GetValue', 'cmi.interactions._count');
              call('Terminate', '');
              call('GetValue', 'cmi.location');
              return out;
            }
            """);

        Assert.Equal(
            [
                "Initialize:false:103", "SetValue:false:401", "SetValue:false:406", "SetValue:false:407",
                "GetValue::405", "SetValue:false:351", "SetValue:false:408", "SetValue:true:0", "GetValue:1:0", "Terminate:true:0", "GetValue::123",
            ],
            codes);
        await page.Locator("#cw-calls tbody tr.cw-error").First.WaitForAsync();
        Assert.Contains("401 Undefined Data Model Element", await page.InnerTextAsync("#cw-calls"), StringComparison.Ordinal);
        Assert.Equal(0, cli.Interrupt());
    }

    /// <summary>Screenshots for people to look at, written only when COURSEWARE_SCREENSHOTS names a folder.</summary>
    private static async Task Screenshot(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable("COURSEWARE_SCREENSHOTS");
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png") });
        }
    }
}
