using Courseware.Scorm.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace Courseware.Scorm.Tests.Browser;

/// <summary>
/// One headless Debian Chromium (launched by path, never downloaded) and one local HTTP server for all browser tests.
/// A missing browser or missing npm packages fail the tests with the command that installs them.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string SetupHint = "run scripts/setup-browser-tests.sh (installs Debian's chromium and the npm packages of tests/browser)";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public StaticFileServer Server { get; private set; } = null!;

    public string BrowserDirectory { get; private set; } = string.Empty;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("COURSEWARE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        var repository = SchemaValidator.RepositoryRoot() ?? throw new InvalidOperationException("Repository root (Courseware.sln) not found above " + AppContext.BaseDirectory);
        BrowserDirectory = Path.Combine(repository, "tests", "browser");
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: {SetupHint}.");
        }

        if (!File.Exists(Path.Combine(BrowserDirectory, "node_modules", "scorm-again", "dist", "scorm12.js")) || !File.Exists(Path.Combine(BrowserDirectory, "node_modules", "axe-core", "axe.min.js")))
        {
            throw new InvalidOperationException($"scorm-again or axe-core missing in {BrowserDirectory}/node_modules: {SetupHint}.");
        }

        Server = new StaticFileServer();
        Server.Mount("lms", BrowserDirectory);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,

            // Playwright gives the browser a new, empty profile directory.
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        Server?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
