using System.Diagnostics;
using System.Text.Json;
using Courseware.Cli;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Cli;

public class CommandTests
{
    private static (int Exit, string Out, string Err) Run(TestCourse course, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(course.FileSystem, stdout, stderr, name => name == "SOURCE_DATE_EPOCH" ? "1700000000" : null);
        course.FileSystem.Directory.SetCurrentDirectory("/work");
        var exit = CoursewareCommand.Run(args, env);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static TestCourse Broken() => With(
        ("README.md", "# Racine\n\n" + Ref("absent.md") + "\n![Schéma](images/absente.png)\n\n```gift\n::Q:: Vrai ? {T}\n```\n"),
        ("ok.md", "# Ok"));

    [Fact]
    public void Check_prints_each_problem_once_in_msbuild_format_and_fails_on_errors()
    {
        var (exit, stdout, _) = Run(Broken(), "check", "course");
        Assert.Equal(ExitCodes.ContentErrors, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("README.md(3,1): error CW0101: content-ref target not found: 'absent.md'", lines[0]);
        Assert.Equal("README.md(7,1): warning CW0312: file not found: 'images/absente.png'", lines[1]);
        Assert.Equal(1, lines.Count(l => l.Contains("CW0101", StringComparison.Ordinal)));
        Assert.Contains("1 error(s), 1 warning(s)", lines[^1]);
    }

    [Fact]
    public void Check_passes_with_warnings_unless_warnaserror()
    {
        var course = With(("README.md", "# R\n\n![](absente.png)\n"));
        Assert.Equal(ExitCodes.Ok, Run(course, "check", "course").Exit);
        Assert.Equal(ExitCodes.ContentErrors, Run(course, "check", "course", "--warnaserror").Exit);
    }

    [Fact]
    public void Usage_errors_exit_2_on_stderr()
    {
        var (exit, stdout, stderr) = Run(Broken(), "check", "course", "--no-such-option");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(stdout);
        Assert.Contains("error CW0901", stderr);
    }

    [Fact]
    public void Tree_prints_titles_numbers_and_files()
    {
        var course = With(("README.md", "# Racine\n" + Ref("a.md")), ("a.md", "# Chapitre A"));
        var (exit, stdout, _) = Run(course, "tree", "course");
        Assert.Equal(0, exit);
        Assert.Contains("  1 Chapitre A  [a.md]", stdout);
    }

    [Fact]
    public void Tree_shows_summary_parts_before_their_first_page()
    {
        var course = With(
            ("SUMMARY.md", "## Découvrir\n\n* [Bienvenue](README.md)\n\n## Pratiquer\n\n* [Exercice](exercice.md)\n"),
            ("README.md", "# Accueil du module"),
            ("exercice.md", "# Exercice 1"));
        var (exit, stdout, _) = Run(course, "tree", "course");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Equal(0, exit);
        Assert.Equal(["## Découvrir", "Bienvenue  [README.md]", "  ## Pratiquer", "  1 Exercice  [exercice.md]"], lines);
    }

    [Fact]
    public void Inspect_json_has_the_documented_shape()
    {
        var course = With(
            ("README.md", "---\ndescription: Desc\n---\n# Racine\n" + Ref("a.md")),
            ("a.md", "# A\n\n![Schéma](img.png)\n\n```gift\n::Q1:: 2 + 2 ? {#4}\n```\n"),
            ("img.png", "PNG"));
        var (exit, stdout, _) = Run(course, "inspect", "course", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("Racine", root.GetProperty("title").GetString());
        Assert.Equal("Desc", root.GetProperty("description").GetString());
        Assert.Equal("README.md", root.GetProperty("root").GetString());
        var pages = root.GetProperty("pages");
        Assert.Equal(2, pages.GetArrayLength());
        var a = pages[1];
        Assert.Equal("a.md", a.GetProperty("path").GetString());
        Assert.Equal(1, a.GetProperty("depth").GetInt32());
        Assert.Equal("README.md", a.GetProperty("parent").GetString());
        Assert.Equal(JsonValueKind.Null, pages[0].GetProperty("parent").ValueKind);
        Assert.Equal("img.png", a.GetProperty("assets")[0].GetString());
        var question = a.GetProperty("quizzes")[0].GetProperty("questions")[0];
        Assert.Equal("numerical", question.GetProperty("type").GetString());
        Assert.Equal(4, question.GetProperty("numeric")[0].GetProperty("value").GetDouble());
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void Export_writes_nothing_when_the_course_has_errors_unless_forced()
    {
        var course = Broken();
        var (exit, _, stderr) = Run(course, "export", "course", "--format", "gift", "--out", "out");
        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains("CW0903", stderr);
        Assert.False(course.FileSystem.Directory.Exists("/work/out"));

        var forced = Run(course, "export", "course", "--format", "gift", "--out", "out", "--force");
        Assert.Equal(ExitCodes.Ok, forced.Exit);
        Assert.True(course.FileSystem.Directory.Exists("/work/out"));
    }

    [Fact]
    public void Export_writes_atomically_and_reports_each_file()
    {
        var course = With(("README.md", "# Racine\n" + Ref("a.md")), ("a.md", "# A\n\n```gift\n::Q1:: 2 + 2 ? {#4}\n```\n"));
        course.FileSystem.AddFile("/work/out/.courseware-tmp-1-2-stale.gift", new System.IO.Abstractions.TestingHelpers.MockFileData("partial"));
        course.FileSystem.AddFile("/work/out/notes.txt", new System.IO.Abstractions.TestingHelpers.MockFileData("mine"));
        var (exit, stdout, _) = Run(course, "export", "course", "--format", "gift", "--out", "out");
        Assert.Equal(ExitCodes.Ok, exit);
        var files = course.FileSystem.Directory.GetFiles("/work/out").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("notes.txt", files);
        Assert.DoesNotContain(files, f => f!.StartsWith(".courseware-tmp-", StringComparison.Ordinal));
        var gift = Assert.Single(files, f => f!.EndsWith(".gift", StringComparison.Ordinal));
        Assert.Contains(gift!, stdout);
    }

    [Fact]
    public void Export_summary_keeps_its_numbers_in_line_whatever_the_file_names()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("a.md") + Ref("b.md")),
            ("a.md", "# Court\n\n```gift\n::Q1:: 2 + 2 ? {#4}\n```\n"),
            ("b.md", "# Un chapitre au titre vraiment très long pour un nom de fichier\n\n```gift\n::Q1:: 3 + 3 ? {#6}\n```\n"));
        var (exit, stdout, _) = Run(course, "export", "course", "--format", "gift", "--out", "out");
        Assert.Equal(ExitCodes.Ok, exit);
        var lines = stdout.Split('\n').Where(l => l.StartsWith("gift ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        var header = stdout.Split('\n').Single(l => l.StartsWith("format ", StringComparison.Ordinal));
        Assert.EndsWith("file", header.TrimEnd());
        var names = course.FileSystem.Directory.GetFiles("/work/out", "*.gift").Select(Path.GetFileName).ToList();
        Assert.Equal(names.Count, lines.Count);
        foreach (var line in lines)
        {
            // The file name ends the row, so size, warnings, errors and time sit at the same columns on every row.
            Assert.Contains(names, n => line.EndsWith("  " + n, StringComparison.Ordinal));
            Assert.Equal(lines[0].IndexOf(" s  ", StringComparison.Ordinal), line.IndexOf(" s  ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Export_refuses_an_output_folder_inside_the_course()
    {
        var (exit, _, stderr) = Run(With(("README.md", "# R")), "export", "course", "--out", "course/exports");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("CW0902", stderr);
    }

    [Fact]
    public void Export_rejects_unknown_formats()
    {
        var (exit, _, stderr) = Run(With(("README.md", "# R")), "export", "course", "--format", "epub");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("unknown format 'epub'", stderr);
    }

    [Fact]
    public void Codes_lists_every_code()
    {
        var (exit, stdout, _) = Run(new TestCourse(), "codes");
        Assert.Equal(0, exit);
        Assert.All(Diagnostics.DiagnosticCodes.All, d => Assert.Contains(d.Code, stdout));
    }

    [Fact]
    public void The_real_process_repairs_the_seed_page_and_reports_its_missing_children()
    {
        var seed = SharedFolder.Find("seeds/000_87080b2cdd9bb090.txt") ?? throw new InvalidOperationException("../shared/seeds is missing: set COURSEWARE_SHARED");
        var folder = Path.GetDirectoryName(seed)!;

        var tree = RunProcess("tree", folder);
        Assert.Equal(0, tree.Exit);
        Assert.StartsWith("📈 Le déploiement", tree.Out);

        var check = RunProcess("check", folder);
        Assert.Equal(1, check.Exit);
        Assert.Equal(5, check.Out.Split('\n').Count(l => l.Contains(": error CW0101: content-ref target not found", StringComparison.Ordinal)));
        Assert.Contains("000_87080b2cdd9bb090.txt(1,1): warning CW0011", check.Out);
        Assert.DoesNotContain("   at ", check.Err);
    }

    internal static (int Exit, string Out, string Err) RunProcess(params string[] args) => RunProcess(new Dictionary<string, string?>(), args);

    /// <summary>Runs the real command with some environment variables set (or removed, with a null value).</summary>
    internal static (int Exit, string Out, string Err) RunProcess(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "Courseware.Cli.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8, StandardErrorEncoding = System.Text.Encoding.UTF8 };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(cli);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

public class TreeOfBrokenCourseTests
{
    [Fact]
    public void Tree_shows_missing_chapters_where_they_were_expected()
    {
        var course = TestCourse.With(("README.md", "# Racine\n" + TestCourse.Ref("a.md") + TestCourse.Ref("absent.md")), ("a.md", "# A"));
        var stdout = new StringWriter();
        var env = new Courseware.Cli.CliEnvironment(course.FileSystem, stdout, new StringWriter(), _ => null);
        Assert.Equal(0, Courseware.Cli.CoursewareCommand.Run(["tree", TestCourse.Root], env));
        var lines = stdout.ToString().Split('\n');
        Assert.Equal("  ✗ absent.md  (missing, README.md(5,1))", lines[2]);
        Assert.Equal("  1 A  [a.md]", lines[3]);
    }
}
