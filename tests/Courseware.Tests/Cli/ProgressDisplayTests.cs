using System.Text;
using System.Text.RegularExpressions;
using Courseware.Cli;
using Courseware.Cli.Progress;
using Courseware.Export;

namespace Courseware.Tests.Cli;

public partial class ProgressDisplayTests
{
    private static readonly CliText English = new(MessageLanguage.English);

    [Fact]
    public void The_live_display_redraws_one_line_per_format_in_place()
    {
        var console = new StringWriter();
        var time = new ManualTime();
        var display = new LiveProgressDisplay(console, English, ["scorm12", "pdf"], time, color: false, Timeout.InfiniteTimeSpan);
        Assert.Equal(["scorm12   · waiting", "pdf       · waiting"], Terminal.Screen(console.ToString()));

        display.Started("scorm12");
        display.Started("pdf");
        time.Advance(TimeSpan.FromSeconds(0.4));
        display.For("scorm12").Report(new ExportProgress(12, 48));
        var screen = Terminal.Screen(console.ToString());
        Assert.Equal(2, screen.Count);
        Assert.StartsWith("scorm12   ▸ 12/48 pages  0.40 s ", screen[0]);
        Assert.StartsWith("pdf       ▸ working  0.40 s ", screen[1]);

        display.Finished("scorm12", TimeSpan.FromSeconds(1.2), failed: false);
        display.Finished("pdf", TimeSpan.FromSeconds(3.456), failed: true);
        display.Dispose();
        Assert.Equal(["scorm12   ✓ 1.20 s", "pdf       ✗ 3.46 s"], Terminal.Screen(console.ToString()));

        // Every redraw after the first (five updates and the final one) moved the cursor back over the block instead of adding lines.
        Assert.Equal(6, Regex.Matches(console.ToString(), @"\u001b\[2A").Count);
        Assert.DoesNotContain("\u001b[3", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_live_display_paints_only_when_colour_is_wanted()
    {
        var console = new StringWriter();
        using (var display = new LiveProgressDisplay(console, English, ["gift"], new ManualTime(), color: true, Timeout.InfiniteTimeSpan))
        {
            display.Started("gift");
            display.Finished("gift", TimeSpan.FromSeconds(0.05), failed: false);
        }

        Assert.Contains("\u001b[32m✓\u001b[0m 0.05 s", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Late_or_out_of_order_page_counts_never_move_backwards()
    {
        var console = new StringWriter();
        var display = new LiveProgressDisplay(console, English, ["scorm12"], new ManualTime(), color: false, Timeout.InfiniteTimeSpan);
        display.Started("scorm12");
        display.Progressed("scorm12", new ExportProgress(5, 8));
        display.Progressed("scorm12", new ExportProgress(4, 8));
        Assert.StartsWith("scorm12   ▸ 5/8 pages", Terminal.Screen(console.ToString())[0]);
    }

    [Fact]
    public void Plain_lines_say_when_each_format_starts_and_ends()
    {
        var console = new StringWriter();
        var display = new PlainProgressDisplay(console, new CliText(MessageLanguage.French));
        display.Started("docx");
        display.Progressed("docx", new ExportProgress(1, 2));
        display.Finished("docx", TimeSpan.FromSeconds(1.5), failed: false);
        display.Started("pdf");
        display.Finished("pdf", TimeSpan.FromSeconds(2), failed: true);
        Assert.Equal("docx : commencé\ndocx : terminé en 1,50 s\npdf : commencé\npdf : échec après 2,00 s\n", console.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData(true, null, null, null, false, typeof(LiveProgressDisplay))]
    [InlineData(true, "true", null, null, false, typeof(PlainProgressDisplay))]
    [InlineData(true, null, "dumb", null, false, typeof(PlainProgressDisplay))]
    [InlineData(true, null, "xterm-256color", "1", false, typeof(LiveProgressDisplay))]
    [InlineData(false, null, null, null, false, typeof(PlainProgressDisplay))]
    [InlineData(true, null, null, null, true, null)]
    [InlineData(false, null, null, null, true, null)]
    public void The_display_suits_the_terminal_and_the_environment(bool terminal, string? ci, string? term, string? noColor, bool silent, Type? expected)
    {
        var variables = new Dictionary<string, string?> { ["CI"] = ci, ["TERM"] = term, ["NO_COLOR"] = noColor };
        var console = new StringWriter();
        var env = new CliEnvironment(new System.IO.Abstractions.TestingHelpers.MockFileSystem(), new StringWriter(), console, name => variables.GetValueOrDefault(name)) { ErrorIsTerminal = terminal };
        using var display = ExportProgressDisplay.Create(env, silent, ["gift"]);
        if (expected is null)
        {
            Assert.Same(ExportProgressDisplay.None, display);
            display.Started("gift");
            display.Finished("gift", TimeSpan.FromSeconds(1), failed: false);
            Assert.Empty(console.ToString());
        }
        else
        {
            Assert.IsType(expected, display);
        }

        if (noColor is not null)
        {
            display.Started("gift");
            Assert.DoesNotContain("\u001b[36m", console.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Redirected_export_shows_plain_progress_lines_on_stderr_only_and_the_files_do_not_change()
    {
        var folder = Path.Combine(Path.GetTempPath(), "courseware-progress-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "course"));
            File.WriteAllText(Path.Combine(folder, "course", "README.md"), "# Racine\n" + TestCourse.Ref("a.md"));
            File.WriteAllText(Path.Combine(folder, "course", "a.md"), "# A\n\n```gift\n::Q1:: 2 + 2 ? {#4}\n```\n");
            var course = Path.Combine(folder, "course");
            var noCi = new Dictionary<string, string?> { ["CI"] = null, ["LANG"] = "C.UTF-8", ["LC_ALL"] = null };

            var shown = CommandTests.RunProcess(noCi, "export", course, "--format", "gift,scorm12", "--out", Path.Combine(folder, "a"), "--jobs", "1");
            Assert.Equal(0, shown.Exit);
            var lines = shown.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal("gift: started", lines[0]);
            Assert.Matches(@"^gift: done in \d+\.\d\d s$", lines[1]);
            Assert.Equal("scorm12: started", lines[2]);
            Assert.Matches(@"^scorm12: done in \d+\.\d\d s$", lines[3]);
            Assert.Equal(4, lines.Length);
            Assert.DoesNotContain("\u001b", shown.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("started", shown.Out, StringComparison.Ordinal);

            var quiet = CommandTests.RunProcess(noCi, "export", course, "--format", "gift,scorm12", "--out", Path.Combine(folder, "b"), "--quiet");
            Assert.Equal(0, quiet.Exit);
            Assert.Empty(quiet.Err);
            var json = CommandTests.RunProcess(noCi, "export", course, "--format", "gift", "--out", Path.Combine(folder, "c"), "--json");
            Assert.Empty(json.Err);

            // Progress is for people only: the packages are the same bytes with or without it.
            var zip = Directory.GetFiles(Path.Combine(folder, "a"), "*.zip").Select(Path.GetFileName).Single()!;
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "a", zip)), File.ReadAllBytes(Path.Combine(folder, "b", zip)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A clock the test moves by hand.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }

    /// <summary>Replays what was written to a terminal (CR, LF, cursor up, erase line) and returns the visible lines.</summary>
    private static partial class Terminal
    {
        public static List<string> Screen(string output)
        {
            var rows = new List<StringBuilder> { new() };
            var row = 0;
            foreach (Match token in Token().Matches(output))
            {
                switch (token.Value)
                {
                    case "\r":
                        break;
                    case "\n":
                        row++;
                        break;
                    case "\u001b[2K":
                        rows[row].Clear();
                        break;
                    case var up when up.EndsWith('A'):
                        row -= int.Parse(up[2..^1], System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    case var sgr when sgr.EndsWith('m'):
                        break;
                    default:
                        rows[row].Append(token.Value);
                        break;
                }

                while (rows.Count <= row)
                {
                    rows.Add(new StringBuilder());
                }
            }

            return [.. rows.Select(r => r.ToString()).Where(r => r.Length > 0)];
        }

        [GeneratedRegex(@"\u001b\[\d*[A-Za-z]|\r|\n|[^\u001b\r\n]+")]
        private static partial Regex Token();
    }
}
