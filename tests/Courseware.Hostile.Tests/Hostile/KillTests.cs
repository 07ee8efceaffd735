using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Courseware.Export;
using Courseware.Hostile.Tests.Support;

namespace Courseware.Hostile.Tests.Hostile;

/// <summary>A real courseware process killed in the middle of an export leaves the previous outputs whole and the next run cleans up.</summary>
public class KillTests
{
    [Fact]
    public void Killing_an_export_keeps_previous_outputs_whole_and_the_next_run_leaves_no_temporary_file()
    {
        using var tree = new TempTree();
        var output = tree.Out();

        // 1. Previous outputs: a small version of the course, exported in full; plus a file of the user's own.
        WriteCourse(tree.Course, pages: 3, paragraphs: 2);
        var first = CliRunner.Run("export", tree.Course, "--out", output);
        Assert.True(first.Exit == 0, first.ToString());
        File.WriteAllText(Path.Combine(output, "notes.txt"), "my notes");
        var previous = Hashes(output);
        Assert.True(previous.Count >= 5, string.Join(", ", previous.Keys));

        // 2. A much larger course with the same title (same output names), exported by a real process killed while it writes.
        WriteCourse(tree.Course, pages: 150, paragraphs: 12);
        var cli = Path.Combine(AppContext.BaseDirectory, "Courseware.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "export", tree.Course, "--out", output, "--jobs", "1" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        var sawTemporary = false;
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (Directory.EnumerateFiles(output, FileSystemOutputSink.TempPrefix + "*").Any())
            {
                sawTemporary = true;
                Thread.Sleep(Random.Shared.Next(50, 300));
                break;
            }

            Thread.Sleep(5);
        }

        Assert.False(process.HasExited, $"the export ended (exit {(process.HasExited ? process.ExitCode : -1)}) before it could be killed; the generated course must be larger");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.True(sawTemporary);

        // 3. Every output is the previous file or a complete new one; the user's file is untouched.
        var afterKill = Hashes(output);
        Assert.Equal(previous["notes.txt"], afterKill["notes.txt"]);
        foreach (var name in previous.Keys)
        {
            Assert.True(afterKill.ContainsKey(name), $"{name} disappeared");
        }

        var problems = OutputValidator.Validate(output, []).Where(p => !p.Contains("temporary file left behind", StringComparison.Ordinal)).ToList();
        Assert.True(problems.Count == 0, string.Join('\n', problems));

        // 4. The next run removes the leftovers of the killed one and writes whole files.
        WriteCourse(tree.Course, pages: 3, paragraphs: 2);
        var next = CliRunner.Run("export", tree.Course, "--out", output);
        Assert.True(next.Exit == 0, next.ToString());
        Assert.Empty(Directory.EnumerateFiles(output, FileSystemOutputSink.TempPrefix + "*"));
        Assert.Empty(OutputValidator.Validate(output, []));
        var final = Hashes(output);
        foreach (var (name, hash) in previous)
        {
            Assert.True(final.TryGetValue(name, out var now) && now == hash, $"{name} is not what the same course gave before");
        }
    }

    private static void WriteCourse(string folder, int pages, int paragraphs)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var root = new StringBuilder("# Kill test\n\nA generated course.\n\n");
        for (var p = 1; p <= pages; p++)
        {
            var name = $"page-{p.ToString("D4", CultureInfo.InvariantCulture)}.md";
            root.Append(CourseGenerators.Ref(name));
            var page = new StringBuilder($"# Page {p.ToString(CultureInfo.InvariantCulture)}\n\n");
            for (var i = 0; i < paragraphs; i++)
            {
                page.Append($"## Section {i.ToString(CultureInfo.InvariantCulture)}\n\n");
                page.Append(string.Concat(Enumerable.Repeat("Lorem ipsum **dolor** sit amet, *consectetur* adipiscing elit, sed do eiusmod tempor. ", 8))).Append("\n\n");
                page.Append("- one\n- two\n- three\n\n");
            }

            page.Append("```gift\n::Q1:: Two plus two? {#4}\n\n::Q2:: The sky is blue. {T}\n```\n");
            File.WriteAllText(Path.Combine(folder, name), page.ToString());
        }

        File.WriteAllText(Path.Combine(folder, "README.md"), root.ToString());
    }

    private static SortedDictionary<string, string> Hashes(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !Path.GetFileName(f).StartsWith(FileSystemOutputSink.TempPrefix, StringComparison.Ordinal)))
        {
            result[Path.GetFileName(file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }
}
