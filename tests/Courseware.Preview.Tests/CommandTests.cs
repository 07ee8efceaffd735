using System.IO.Abstractions;
using Courseware.Cli;
using Courseware.Cli.Watch;
using Xunit;

namespace Courseware.Preview.Tests;

/// <summary>The preview and watch commands in-process: arguments, exit codes, help; and the watch helpers on their own.</summary>
public sealed class CommandTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CoursewareCommand.Run(args, new CliEnvironment(new FileSystem(), stdout, stderr, _ => null));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Preview_refuses_an_unknown_scorm_version_with_exit_code_2()
    {
        var (code, _, error) = Run("preview", ".", "--scorm", "3");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("CW0901", error, StringComparison.Ordinal);
        Assert.Contains("'3'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_refuses_a_port_out_of_range()
    {
        var (code, _, error) = Run("preview", ".", "--port", "70000");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--port must be between 0 and 65535", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_of_a_missing_course_exits_with_1_and_serves_nothing()
    {
        var missing = Path.Combine(Path.GetTempPath(), "courseware-no-such-course-" + Guid.NewGuid().ToString("N"));

        var (code, output, error) = Run("preview", missing);

        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.DoesNotContain("http://", output, StringComparison.Ordinal);
        Assert.Contains("error CW", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_the_preview_options_and_the_watch_option_of_export()
    {
        var preview = Run("preview", "--help");
        var export = Run("export", "--help");

        Assert.Equal(0, preview.Code);
        foreach (var option in new[] { "--scorm", "--port", "--watch", "--sco", "127.0.0.1" })
        {
            Assert.Contains(option, preview.Out, StringComparison.Ordinal);
        }

        Assert.Contains("--watch", export.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chapitre-1.md", false)]
    [InlineData(".gitbook/assets/logo.png", false)]
    [InlineData("courseware.yml", false)]
    [InlineData(".chapitre-1.md.swp", true)]
    [InlineData("chapitre-1.md~", true)]
    [InlineData(".#chapitre-1.md", true)]
    [InlineData("#chapitre-1.md#", true)]
    [InlineData("4913", true)]
    [InlineData("~$cours.docx", true)]
    [InlineData("notes.tmp", true)]
    [InlineData(".git/index", true)]
    [InlineData("exports/.courseware-tmp-12-1-a.zip", true)]
    public void Watcher_ignores_editor_temporaries_and_git_but_not_course_files(string path, bool ignored)
    {
        Assert.Equal(ignored, CourseWatcher.IsTemporary(path));
    }

    [Fact]
    public void Diagnostic_changes_list_new_and_fixed_lines_only()
    {
        var before = new[] { "a.md(1,1): warning CW0310: one", "b.md(2,1): warning CW0310: two" };
        var after = new[] { "b.md(2,1): warning CW0310: two", "c.md(3,1): error CW0201: three" };

        var changes = DiagnosticChanges.Between(before, after);
        var text = new StringWriter();
        changes.Print(text);

        Assert.Equal(["c.md(3,1): error CW0201: three"], changes.New);
        Assert.Equal(["a.md(1,1): warning CW0310: one"], changes.Fixed);
        Assert.Equal("new: c.md(3,1): error CW0201: three\nfixed: a.md(1,1): warning CW0310: one\n", text.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Unchanged_diagnostics_print_one_line()
    {
        var text = new StringWriter();
        DiagnosticChanges.Between(["x"], ["x"]).Print(text);

        Assert.Equal("diagnostics: no change", text.ToString().Trim());
    }

    [Fact]
    public void Debounced_watcher_reports_one_burst_of_changes_once_and_skips_the_ignored_folder()
    {
        var folder = Directory.CreateTempSubdirectory("courseware-watch-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "exports"));
            var bursts = new List<IReadOnlyList<string>>();
            using var signal = new SemaphoreSlim(0);
            using (new CourseWatcher(new FileSystem(), folder, Path.Combine(folder, "exports"), TimeSpan.FromMilliseconds(300), changed =>
            {
                lock (bursts)
                {
                    bursts.Add(changed);
                }

                signal.Release();
            }))
            {
                File.WriteAllText(Path.Combine(folder, "a.md"), "# A");
                File.WriteAllText(Path.Combine(folder, "b.md"), "# B");
                File.WriteAllText(Path.Combine(folder, "a.md"), "# A again");
                File.WriteAllText(Path.Combine(folder, "exports", "out.zip"), "zip");
                File.WriteAllText(Path.Combine(folder, ".a.md.swp"), "swap");

                Assert.True(signal.Wait(TimeSpan.FromSeconds(10)), "no change reported");
                Thread.Sleep(800);
            }

            var burst = Assert.Single(bursts);
            Assert.Equal(["a.md", "b.md"], burst);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
