using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json;
using Xunit;

namespace Courseware.Preview.Tests;

/// <summary>The preview and watch commands as separate processes: the printed URL, what the server answers, Ctrl+C, and re-exports after edits.</summary>
public sealed class ProcessTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    internal static string UrlOf(CliProcess cli) => cli.WaitForLine(l => l.StartsWith("Preview: http://127.0.0.1:", StringComparison.Ordinal))["Preview: ".Length..];

    [Fact]
    public async Task Preview_serves_the_lms_page_and_both_packages_on_loopback_and_stops_on_ctrl_c()
    {
        using var folder = new TestFolder("fr");
        using var cli = CliProcess.Start(folder.Path, "preview", "course", "--scorm", "12");
        var url = UrlOf(cli);
        var root = new Uri(url).GetLeftPart(UriPartial.Authority) + "/";

        var page = await Http.GetStringAsync(url);
        var state = JsonDocument.Parse(await Http.GetStringAsync(root + "state.json?scorm=12")).RootElement;
        var manifest12 = await Http.GetStringAsync(root + "sco/12/imsmanifest.xml");
        var manifest2004 = await Http.GetStringAsync(root + "sco/2004/imsmanifest.xml");
        var script = await Http.GetStringAsync(root + "lms.js");
        var missing = await Http.GetAsync(root + "sco/12/nothing-here.html");

        Assert.Contains("Aperçu LMS – Mon premier cours", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"12\" selected>", page, StringComparison.Ordinal);
        Assert.Contains("Réinitialiser", page, StringComparison.Ordinal);
        Assert.Contains("Mon premier cours: 3 SCO(s), SCORM 1.2", cli.Out, StringComparison.Ordinal);
        var hrefs = state.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("href").GetString()).ToList();
        Assert.Equal(["pages/README.html", "pages/chapitre-1.html", "pages/chapitre-2.html"], hrefs);
        Assert.Contains("<schemaversion>1.2</schemaversion>", manifest12, StringComparison.Ordinal);
        Assert.Contains("2004 4th Edition", manifest2004, StringComparison.Ordinal);
        Assert.Contains("window[is2004 ? 'API_1484_11' : 'API']", script, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        // Nothing answers on the machine's other addresses.
        var port = new Uri(url).Port;
        foreach (var address in NonLoopbackAddresses())
        {
            using var client = new TcpClient(address.AddressFamily);
            await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, port));
        }

        Assert.Equal(0, cli.Interrupt());
        Assert.Equal("Preview stopped.", cli.Out.Split('\n')[^1]);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => Http.GetStringAsync(root + "version"));
    }

    [Fact]
    public async Task Preview_page_follows_the_course_language()
    {
        using var folder = new TestFolder("en");
        using var cli = CliProcess.Start(folder.Path, "preview", "course", "--port", "0");
        var page = await Http.GetStringAsync(UrlOf(cli));

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("LMS preview – My first course", page, StringComparison.Ordinal);
        Assert.Contains("SCORM calls", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"2004\" selected>", page, StringComparison.Ordinal);
        Assert.Equal(0, cli.Interrupt());
    }

    [Fact]
    public async Task Preview_watch_rebuilds_and_prints_the_new_diagnostic()
    {
        using var folder = new TestFolder("fr");
        using var cli = CliProcess.Start(folder.Path, "preview", "course", "--watch");
        var root = new Uri(UrlOf(cli)).GetLeftPart(UriPartial.Authority) + "/";
        cli.WaitForLine(l => l.StartsWith("Watching ", StringComparison.Ordinal));
        Assert.Equal("1", await Http.GetStringAsync(root + "version"));

        File.AppendAllText(Path.Combine(folder.Course, "chapitre-1.md"), "\nVoir [la suite](absent.md), motrepere42.\n");

        cli.WaitForLine(l => l.StartsWith("rebuilt: build 2", StringComparison.Ordinal));
        Assert.Contains("changed: chapitre-1.md", cli.Out, StringComparison.Ordinal);
        Assert.Contains("new: chapitre-1.md(", cli.Out, StringComparison.Ordinal);
        Assert.Contains("CW0310: link target not found: 'absent.md'", cli.Out, StringComparison.Ordinal);
        Assert.Equal("2", await Http.GetStringAsync(root + "version"));
        Assert.Contains("motrepere42", await Http.GetStringAsync(root + "sco/2004/pages/chapitre-1.html"), StringComparison.Ordinal);
        Assert.Equal(0, cli.Interrupt());
    }

    [Fact]
    public void Export_watch_exports_again_after_an_edit_and_prints_only_what_changed()
    {
        using var folder = new TestFolder("fr");
        var output = Path.Combine(folder.Path, "out");
        using var cli = CliProcess.Start(folder.Path, "export", "course", "--watch", "--format", "gift", "--out", output);
        cli.WaitForLine(l => l.StartsWith("Watching ", StringComparison.Ordinal));
        var gift = Directory.GetFiles(output, "*second-chapitre.gift").Single();
        Assert.DoesNotContain("Combien de pages", File.ReadAllText(gift), StringComparison.Ordinal);

        // 1. An edit that adds a quiz question and a broken link: one re-export, the new warning, the new summary.
        var chapter = Path.Combine(folder.Course, "chapitre-2.md");
        File.WriteAllText(chapter, File.ReadAllText(chapter).Replace("::Bilan::", "::Pages:: Combien de pages compte ce cours ? {#3}\n\n::Bilan::", StringComparison.Ordinal) + "\nVoir [la suite](absent.md).\n");
        cli.WaitForLine(l => l.StartsWith("export finished", StringComparison.Ordinal));
        Assert.Contains("changed: chapitre-2.md", cli.Out, StringComparison.Ordinal);
        Assert.Contains("new: chapitre-2.md(", cli.Out, StringComparison.Ordinal);
        Assert.Contains("Combien de pages", File.ReadAllText(gift), StringComparison.Ordinal);
        Assert.Equal(2, cli.Out.Split('\n').Count(l => l.StartsWith("Written to ", StringComparison.Ordinal)));

        // 2. A swap file alone starts nothing; fixing the link prints it as fixed.
        File.WriteAllText(Path.Combine(folder.Course, ".chapitre-2.md.swp"), "swap");
        Thread.Sleep(1500);
        Assert.Single(cli.Out.Split('\n'), l => l.StartsWith("changed:", StringComparison.Ordinal));
        File.WriteAllText(chapter, File.ReadAllText(chapter).Replace("Voir [la suite](absent.md).", string.Empty, StringComparison.Ordinal));
        cli.WaitForLine(l => l.StartsWith("export finished", StringComparison.Ordinal), skip: 1);
        Assert.Contains("fixed: chapitre-2.md(", cli.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(cli.Out.Split('\n'), l => l.StartsWith("changed:", StringComparison.Ordinal) && l.Contains(".swp", StringComparison.Ordinal));

        Assert.Equal(0, cli.Interrupt());
        Assert.Equal("Watch stopped.", cli.Out.Split('\n')[^1]);
    }

    private static IEnumerable<IPAddress> NonLoopbackAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork);
}
