using Courseware.Cli;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Model;
using Courseware.Tests.Cli;

namespace Courseware.Tests.Accessibility;

/// <summary>The accessibility setting from courseware.yml and --a11y, in process and through the real command.</summary>
public class AccessibilitySettingsTests
{
    private const string Page = "# Cours\n\nVoir [ici](https://example.org).\n";

    [Theory]
    [InlineData("warn", AccessibilityMode.Warn)]
    [InlineData("strict", AccessibilityMode.Strict)]
    [InlineData("Off", AccessibilityMode.Off)]
    public void The_setting_is_read(string value, AccessibilityMode expected)
    {
        var course = TestCourse.With(("README.md", Page), ("courseware.yml", $"accessibility: {value}\n"));
        var config = CourseConfigurationReader.Read(course.FileSystem, TestCourse.Root);
        Assert.Empty(config.Diagnostics);
        Assert.Equal(expected, config.Settings.Accessibility);
        Assert.Contains("accessibility", CourseConfigurationReader.Names);
    }

    [Fact]
    public void A_wrong_value_is_reported_at_its_place_and_the_default_kept()
    {
        var course = TestCourse.With(("README.md", Page), ("courseware.yml", "title: Cours\naccessibility: loud\n"));
        var config = CourseConfigurationReader.Read(course.FileSystem, TestCourse.Root);
        var d = Assert.Single(config.Diagnostics);
        Assert.Equal("courseware.yml(2,16): error CW0952: setting 'accessibility' must be one of warn, strict, off, not 'loud'", d.ToString());
        Assert.Equal(AccessibilityMode.Warn, config.Settings.Accessibility);
    }

    [Fact]
    public void The_command_line_overrides_the_setting()
    {
        var course = TestCourse.With(("README.md", Page), ("courseware.yml", "accessibility: strict\n"));
        var (strict, strictOut, _) = Run(course, "check", "course");
        Assert.Equal(ExitCodes.ContentErrors, strict);
        Assert.Contains("README.md(3,6): error CW0804: link text 'ici' does not say where the link goes", strictOut);

        var (warn, warnOut, _) = Run(course, "check", "course", "--a11y", "warn");
        Assert.Equal(ExitCodes.Ok, warn);
        Assert.Contains("README.md(3,6): warning CW0804", warnOut);

        var (off, offOut, _) = Run(course, "check", "course", "--a11y", "off");
        Assert.Equal(ExitCodes.Ok, off);
        Assert.DoesNotContain("CW08", offOut);

        Assert.Equal(ExitCodes.Usage, Run(course, "check", "course", "--a11y", "loud").Exit);
    }

    [Fact]
    public void Export_refuses_a_course_with_strict_findings_unless_forced()
    {
        var course = TestCourse.With(("README.md", Page));
        Assert.Equal(ExitCodes.ContentErrors, Run(course, "export", "course", "--format", "gift", "--out", "out", "--a11y", "strict").Exit);
        Assert.False(course.FileSystem.Directory.Exists("/work/out") && course.FileSystem.Directory.EnumerateFiles("/work/out").Any());
        Assert.Equal(ExitCodes.Ok, Run(course, "export", "course", "--format", "docx", "--out", "out").Exit);
    }

    [Fact]
    public void The_real_process_exits_1_with_a11y_strict_and_0_without()
    {
        var folder = Directory.CreateTempSubdirectory("courseware-a11y-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "README.md"), "# Cours\n\n![](schema.png)\n");
            File.WriteAllBytes(Path.Combine(folder.FullName, "schema.png"), [0x89, (byte)'P', (byte)'N', (byte)'G']);

            var warn = CommandTests.RunProcess("check", folder.FullName);
            Assert.Equal(0, warn.Exit);
            Assert.Contains("README.md(3,1): warning CW0801: image 'schema.png' has no text alternative", warn.Out);

            var strict = CommandTests.RunProcess("check", folder.FullName, "--a11y", "strict");
            Assert.Equal(1, strict.Exit);
            Assert.Contains("README.md(3,1): error CW0801", strict.Out);
            Assert.Contains("1 error(s), 0 warning(s)", strict.Out);

            File.WriteAllText(Path.Combine(folder.FullName, "courseware.yml"), "accessibility: strict\n");
            var setting = CommandTests.RunProcess("check", folder.FullName);
            Assert.Equal(1, setting.Exit);
            Assert.Contains("README.md(3,1): error CW0801", setting.Out);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_sample_course_passes_in_strict_mode_with_no_warning()
    {
        var folder = Path.Combine(SharedFolder.RepositoryRoot(), "course");
        var course = CourseLoader.Load(new System.IO.Abstractions.FileSystem(), folder, new CourseSettings { Accessibility = AccessibilityMode.Strict });
        Assert.True(course.Diagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), string.Join("\n", course.Diagnostics));
    }

    private static (int Exit, string Out, string Err) Run(TestCourse course, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(course.FileSystem, stdout, stderr, name => name == "SOURCE_DATE_EPOCH" ? "1700000000" : null);
        course.FileSystem.Directory.SetCurrentDirectory("/work");
        return (CoursewareCommand.Run(args, env), stdout.ToString(), stderr.ToString());
    }
}
