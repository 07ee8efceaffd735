using System.Diagnostics;
using Courseware.Export;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>Runs when the named program is on the PATH; reported as skipped, with the reason, when it is not.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool)
    {
        if (ExternalTool.Find(tool) is null)
        {
            Skip = $"'{tool}' is not installed (Debian: {(tool == "pandoc" ? "pandoc" : "libreoffice-writer-nogui")}); this reader check did not run";
        }
    }
}

internal static class ExternalTool
{
    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>The documents opened by independent readers: LibreOffice converts them, pandoc reads their structure back.</summary>
public sealed class ExternalReaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "courseware-docx-" + Guid.NewGuid().ToString("N"));

    public ExternalReaderTests()
    {
        Directory.CreateDirectory(_dir);
        var (sink, _) = RunExport(TestCourse.Build());
        foreach (var (name, bytes) in sink.Files)
        {
            File.WriteAllBytes(Path.Combine(_dir, name), bytes);
        }
    }

    public void Dispose()
    {
        // COURSEWARE_DOCX_KEEP=1 keeps the documents and PDFs for a look.
        if (Environment.GetEnvironmentVariable("COURSEWARE_DOCX_KEEP") is not "1")
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [ToolFact("soffice")]
    public void LibreOffice_converts_both_editions_to_pdf()
    {
        // A private profile: LibreOffice refuses to start twice on one profile.
        var profile = new Uri(Path.Combine(_dir, "lo-profile")).AbsoluteUri;
        foreach (var name in new[] { "formation-essai.docx", "formation-essai-trainer.docx" })
        {
            var (code, output, error) = ExternalTool.Run(
                ExternalTool.Find("soffice")!,
                ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", _dir, Path.Combine(_dir, name)],
                TimeSpan.FromMinutes(3));
            var pdf = Path.Combine(_dir, Path.ChangeExtension(name, ".pdf"));
            Assert.True(code == 0 && File.Exists(pdf), $"soffice exit {code}\n{output}\n{error}");
            var bytes = File.ReadAllBytes(pdf);
            Assert.True(bytes.Length > 10_000, "the PDF is suspiciously small");

            if (ExternalTool.Find("pdftotext") is { } pdftotext)
            {
                var (_, text, _) = ExternalTool.Run(pdftotext, ["-layout", pdf, "-"], TimeSpan.FromMinutes(1));
                Assert.Contains("Premier chapitre", text);
                Assert.Contains("La note de bas de page.", text);
                Assert.Contains("Associez chaque pays", text);
                Assert.Equal(name.Contains("trainer", StringComparison.Ordinal), text.Contains("Corrigé des quiz", StringComparison.Ordinal));
            }
        }
    }

    [ToolFact("pandoc")]
    public void Pandoc_reads_back_headings_lists_and_tables()
    {
        var (code, markdown, error) = ExternalTool.Run(
            ExternalTool.Find("pandoc")!,
            ["-f", "docx", "-t", "markdown", "--wrap=none", Path.Combine(_dir, "formation-essai.docx")],
            TimeSpan.FromMinutes(2));
        Assert.True(code == 0, error);
        var lines = markdown.Split('\n').Select(l => l.TrimEnd()).ToList();

        // Headings at their levels, in order.
        var headings = lines.Where(l => l.StartsWith('#')).Select(l => l.Split(" {", 2)[0]).ToList();
        Assert.Equal(
            TestCourse.ExpectedHeadings.Select(h => new string('#', h.Level) + " " + h.Text.Replace("'", "\\'", StringComparison.Ordinal)),
            headings.Where(h => !h.Contains("Table des", StringComparison.Ordinal)).Select(h => h.Replace("'", "\\'", StringComparison.Ordinal).Replace("\\\\'", "\\'", StringComparison.Ordinal)));

        // Ordered lists restart, nested lists nest, bullets are bullets.
        Assert.Contains(lines, l => l.StartsWith("1.  un", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1.  alpha", StringComparison.Ordinal));
        var startsAtThree = lines.FindIndex(x => x.Contains("commence à 3", StringComparison.Ordinal));
        Assert.StartsWith("3.  trois", lines.Skip(startsAtThree + 1).First(l => l.Length > 0), StringComparison.Ordinal);

        // Task lists are read as task lists, code as code.
        Assert.Contains(lines, l => l.StartsWith("-   [ ] tâche à faire", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("-   [x] tâche faite", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("return x * 2  # deux espaces gardés", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("-   imbriqué a", StringComparison.Ordinal) && l.StartsWith(' '));

        // The pipe table comes back as a table with its header.
        var header = lines.FindIndex(l => l.Contains("Colonne A", StringComparison.Ordinal) && l.Contains("Colonne B", StringComparison.Ordinal));
        Assert.True(header >= 0, markdown);
        Assert.Contains(lines.Skip(header + 1).Take(3), l => l.Contains("---", StringComparison.Ordinal));

        // Footnotes are footnotes.
        Assert.Contains(lines, l => l.StartsWith("[^1]: La note de bas de page.", StringComparison.Ordinal));
    }

    [ToolFact("pandoc")]
    public void Pandoc_reads_image_descriptions()
    {
        var (code, markdown, error) = ExternalTool.Run(
            ExternalTool.Find("pandoc")!,
            ["-f", "docx", "-t", "markdown", "--wrap=none", Path.Combine(_dir, "formation-essai.docx")],
            TimeSpan.FromMinutes(2));
        Assert.True(code == 0, error);

        // Pandoc knows the drawing prefixes only when the document's root declares them.
        Assert.Contains("![Logo du cours](", markdown, StringComparison.Ordinal);
        Assert.Contains("![Une grande photo](", markdown, StringComparison.Ordinal);
    }
}
