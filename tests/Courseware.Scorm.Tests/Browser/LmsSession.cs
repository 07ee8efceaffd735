using System.Text.Json;
using Courseware.Export;
using Courseware.Model;
using Courseware.Scorm.Packaging;
using Microsoft.Playwright;

namespace Courseware.Scorm.Tests.Browser;

/// <summary>A SCO launched in the test LMS page (scorm-again in the parent frame), with the LMS's record and the browser's errors.</summary>
public sealed class LmsSession : IAsyncDisposable
{
    private static int _packages;

    private LmsSession(IBrowserContext context, IPage page, string packageUrl)
    {
        Context = context;
        Page = page;
        PackageUrl = packageUrl;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string PackageUrl { get; }

    /// <summary>Console errors and uncaught exceptions of the page and its frames.</summary>
    public List<string> Errors { get; } = [];

    public IFrame Sco => Page.Frames.First(f => f.Url.StartsWith(PackageUrl, StringComparison.Ordinal) || f.Url.Contains("/pkg", StringComparison.Ordinal));

    /// <summary>Exports <paramref name="course"/>, serves it unzipped and returns its base URL.</summary>
    public static string Serve(BrowserFixture fixture, Course course, ScormVersion version, ExportOptions? options = null)
    {
        var package = ScormPackage.Export(course, version, options);
        var directory = Path.Combine(Path.GetTempPath(), "courseware-scorm-tests", Guid.NewGuid().ToString("N"));
        package.ExtractTo(directory);
        return fixture.Server.Mount("pkg" + Interlocked.Increment(ref _packages), directory);
    }

    /// <summary>Opens the LMS page launching <paramref name="scoPath"/> of the package at <paramref name="packageUrl"/>.</summary>
    public static async Task<LmsSession> Launch(BrowserFixture fixture, string packageUrl, string scoPath, ScormVersion version, double? mastery = null, IReadOnlyDictionary<string, string>? resumeState = null, int width = 1280)
    {
        var query = "version=" + (version == ScormVersion.Scorm12 ? "1.2" : "2004") + "&sco=" + Uri.EscapeDataString(packageUrl + scoPath);
        if (mastery is { } m)
        {
            query += "&mastery=" + m.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (resumeState is not null)
        {
            query += "&state=" + Uri.EscapeDataString(JsonSerializer.Serialize(resumeState));
        }

        var session = await Open(fixture, packageUrl, width);
        await session.Page.GotoAsync(fixture.Server.BaseUrl + "/lms/lms.html?" + query);
        await session.WaitForCourse(session.Sco);
        return session;
    }

    /// <summary>Opens a page of the package directly, with no LMS around it.</summary>
    public static async Task<LmsSession> OpenWithoutLms(BrowserFixture fixture, string packageUrl, string scoPath, int width = 1280)
    {
        var session = await Open(fixture, packageUrl, width);
        await session.Page.GotoAsync(packageUrl + scoPath);
        await session.WaitForCourse(session.Page.MainFrame);
        return session;
    }

    private static async Task<LmsSession> Open(BrowserFixture fixture, string packageUrl, int width)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        var session = new LmsSession(context, page, packageUrl);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                session.Errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => session.Errors.Add("exception: " + error);
        return session;
    }

    private async Task WaitForCourse(IFrame frame)
    {
        await frame.WaitForFunctionAsync("() => window.Courseware && window.Courseware.course && window.Courseware.course.progress");
    }

    /// <summary>The LMS's data model now, flattened (<c>cmi.core.lesson_status</c> → value).</summary>
    public async Task<IReadOnlyDictionary<string, string>> Snapshot() => Flatten(await Page.EvaluateAsync<JsonElement>("() => window.lms.snapshot()"));

    /// <summary>The data model as it was when the SCO terminated.</summary>
    public async Task<IReadOnlyDictionary<string, string>> FinalRecord()
    {
        await Page.WaitForFunctionAsync("() => window.lms.final");
        return Flatten(await Page.EvaluateAsync<JsonElement>("() => window.lms.final"));
    }

    public async Task<IReadOnlyList<string>> CallNames() => await Page.EvaluateAsync<string[]>("() => window.lms.calls.map(c => c[0])");

    /// <summary>SetValue calls the LMS refused, with its error code.</summary>
    public async Task<IReadOnlyList<string>> RefusedValues() => await Page.EvaluateAsync<string[]>("() => window.lms.errors.map(e => e.element + ' = ' + e.value + ' -> ' + e.code)");

    /// <summary>Unloads the SCO as an LMS does when the learner leaves it (pagehide).</summary>
    public async Task CloseSco()
    {
        await Page.EvaluateAsync("() => { document.getElementById('sco').src = 'about:blank'; }");
        await Page.WaitForFunctionAsync("() => window.lms.final");
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private static Dictionary<string, string> Flatten(JsonElement element)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.ValueKind != JsonValueKind.Object)
        {
            return result;
        }

        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Null or JsonValueKind.Undefined => string.Empty,
                _ => property.Value.GetRawText(),
            };
        }

        return result;
    }
}
