using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;

namespace Courseware.Tests.Loading;

public class ConfigurationTests
{
    private static CourseConfiguration Read(string yaml, params (string Path, string Text)[] files)
    {
        var course = TestCourse.With([.. files, ("courseware.yml", yaml)]);
        return CourseConfigurationReader.Read(course.FileSystem, TestCourse.Root);
    }

    [Fact]
    public void No_file_means_defaults()
    {
        var config = CourseConfigurationReader.Read(TestCourse.With(("README.md", "# R")).FileSystem, TestCourse.Root);
        Assert.Same(CourseConfiguration.Default, config);
    }

    [Fact]
    public void Every_setting_is_read()
    {
        var config = Read(
            """
            title: Mon cours
            author: Moi
            organisation: Ma direction
            language: en-GB
            logo: logo.png
            id: mon.cours
            slug: mon-cours
            toc: summary
            includeHidden: yes
            passPercent: 65
            sco: single
            completion: scrolled
            paper: letter
            editions: trainer
            remoteAssets: download
            embeds: iframe
            duplex: true
            perChapter: true
            numberHeadings: true
            allowRawHtml: false
            """,
            ("logo.png", "PNG"));

        Assert.Empty(config.Diagnostics);
        Assert.Equal(new CourseSettings
        {
            Title = "Mon cours", Author = "Moi", Organisation = "Ma direction", Language = "en-GB", Logo = "logo.png", Id = "mon.cours", Slug = "mon-cours",
            Toc = TocMode.Summary, IncludeHidden = true, PassPercent = 65,
        }, config.Settings);
        Assert.Equal(ScoLayout.Single, config.Export.Sco);
        Assert.Equal(PageCompletion.Scrolled, config.Export.Completion);
        Assert.Equal(PaperSize.Letter, config.Export.Paper);
        Assert.Equal([Edition.Trainer], config.Export.Editions);
        Assert.Equal(RemoteAssetPolicy.Download, config.Export.RemoteAssets);
        Assert.True(config.Export.EmbedIframes && config.Export.Duplex && config.Export.PerChapter && config.Export.NumberHeadings);
    }

    [Fact]
    public void Unknown_keys_and_wrong_types_are_reported_at_their_line()
    {
        var config = Read("titel: x\nsco: multi\npassPercent: 120\nduplex: peut-être\nlogo: absent.png\nfonts:\n  - a\n");
        Assert.Equal(
            [
                "courseware.yml(1,1): warning CW0951",
                "courseware.yml(2,6): error CW0952",
                "courseware.yml(3,14): error CW0952",
                "courseware.yml(4,9): error CW0952",
                "courseware.yml(5,7): error CW0953",
                "courseware.yml(7,3): error CW0952",
            ],
            config.Diagnostics.Select(d => $"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}"));
    }

    [Fact]
    public void Broken_yaml_is_one_error()
    {
        var config = Read("title: [x\n");
        Assert.Equal(DiagnosticCodes.SettingsInvalidYaml.Code, Assert.Single(config.Diagnostics).Code);
    }

    [Fact]
    public void The_settings_reach_the_course_and_the_command_line_overrides_them()
    {
        var course = TestCourse.With(
            ("README.md", "# Titre de la page\n\n" + TestCourse.Ref("a.md")),
            ("a.md", "# A"),
            ("SUMMARY.md", "* [A](a.md)\n"),
            ("courseware.yml", "title: Titre réglé\ntoc: summary\nsco: single\n"));
        var stdout = new StringWriter();
        var env = new Courseware.Cli.CliEnvironment(course.FileSystem, stdout, new StringWriter(), _ => null);
        Courseware.Cli.CoursewareCommand.Run(["inspect", TestCourse.Root, "--json"], env);
        Assert.Contains("\"title\": \"Titre réglé\"", stdout.ToString());

        stdout.GetStringBuilder().Clear();
        Courseware.Cli.CoursewareCommand.Run(["tree", TestCourse.Root, "--toc", "content-ref"], env);
        Assert.Contains("1 A  [a.md]", stdout.ToString());
    }
    [Theory]
    [InlineData(null, "\"completion\":\"scrolled\"")]
    [InlineData("viewed", "\"completion\":\"viewed\"")]
    public void The_completion_setting_reaches_the_scorm_pages_and_the_command_line_overrides_it(string? cli, string expected)
    {
        var course = TestCourse.With(("README.md", "# Cours\n\nTexte.\n"), ("courseware.yml", "completion: scrolled\n"));
        var env = new Courseware.Cli.CliEnvironment(course.FileSystem, new StringWriter(), new StringWriter(), _ => null);
        string[] args = ["export", TestCourse.Root, "--format", "scorm2004", "--out", "/sortie", "--quiet"];
        Assert.Equal(0, Courseware.Cli.CoursewareCommand.Run(cli is null ? args : [.. args, "--completion", cli], env));

        var zipPath = Assert.Single(course.FileSystem.Directory.GetFiles("/sortie", "*.zip"));
        using var zip = new System.IO.Compression.ZipArchive(course.FileSystem.File.OpenRead(zipPath));
        var page = zip.Entries.First(e => e.FullName.EndsWith(".html", StringComparison.Ordinal) && e.FullName.StartsWith("pages/", StringComparison.Ordinal));
        using var reader = new StreamReader(page.Open());
        Assert.Contains(expected, reader.ReadToEnd());
    }
}
