using System.Text;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Model;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

public class ResourceLimitTests
{
    private static TestCourse ThreeImages() => With(
            ("README.md", "# Cours\n\n![a](a.png)\n\n![b](b.png)\n\n![a encore](a.png)\n\n![c](c.png)\n"))
        .AddBytes("a.png", new byte[600])
        .AddBytes("b.png", new byte[300])
        .AddBytes("c.png", new byte[300]);

    [Fact]
    public void A_file_above_the_single_file_cap_is_an_error_and_left_out()
    {
        var course = ThreeImages().Load(new CourseSettings { MaxAssetBytes = 500 });

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.AssetTooLarge);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(new SourceLocation("README.md", 3, 1), d.Location);
        Assert.Contains("'a.png' is 600 bytes", d.Message);
        Assert.Equal(["b.png", "c.png"], course.Assets.Select(a => a.Key));
    }

    [Fact]
    public void Files_are_counted_once_against_the_total_cap_and_the_first_one_over_it_is_reported()
    {
        // a (600) + b (300) = 900 fit in 1,000; the second use of a costs nothing; c would make 1,200.
        var course = ThreeImages().Load(new CourseSettings { MaxTotalAssetBytes = 1000 });

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.AssetsTooLarge);
        Assert.Equal(new SourceLocation("README.md", 9, 1), d.Location);
        Assert.Contains("'c.png'", d.Message);
        Assert.Equal(["a.png", "b.png"], course.Assets.Select(a => a.Key));
    }

    [Fact]
    public void Default_caps_let_an_ordinary_course_through()
    {
        var course = ThreeImages().Load();
        DiagnosticAssert.None(course);
        Assert.Equal(3, course.Assets.Count);
    }

    [Fact]
    public void The_page_cap_stops_the_tree_with_an_error()
    {
        var files = new List<(string, string)> { ("README.md", "# Racine\n\n" + string.Concat(Enumerable.Range(1, 12).Select(i => Ref($"p{i}.md")))) };
        files.AddRange(Enumerable.Range(1, 12).Select(i => ($"p{i}.md", $"# Page {i}\n")));
        var course = With([.. files]).Load(new CourseSettings { MaxPages = 10 });

        Assert.Equal(DiagnosticSeverity.Error, DiagnosticAssert.Single(course, DiagnosticCodes.TooManyPages).Severity);
        Assert.Equal(10, course.Pages.Count);
    }

    [Fact]
    public void The_page_cap_is_reported_once_for_a_summary()
    {
        var files = new List<(string, string)> { ("README.md", "# Racine\n"), ("SUMMARY.md", "# Sommaire\n\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"* [Page {i}](p{i}.md)\n"))) };
        files.AddRange(Enumerable.Range(1, 12).Select(i => ($"p{i}.md", $"# Page {i}\n")));
        var course = With([.. files]).Load(new CourseSettings { MaxPages = 10 });

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.TooManyPages);
        Assert.Equal(new SourceLocation("SUMMARY.md", 12, 3), d.Location);
        Assert.Equal(10, course.Pages.Count);
    }

    [Fact]
    public void A_page_above_the_file_cap_is_an_error()
    {
        var course = With(("README.md", "# Racine\n\n" + Ref("gros.md")), ("gros.md", "# Gros\n\n" + new string('x', 2000))).Load(new CourseSettings { MaxFileBytes = 1000 });
        var d = DiagnosticAssert.Single(course, DiagnosticCodes.FileTooLarge);
        Assert.Equal("gros.md", d.Location.File);
    }

    [Fact]
    public void Limits_are_read_from_the_settings_file()
    {
        var course = With(("courseware.yml", "maxAssetBytes: 1000\nmaxTotalAssetBytes: 5000\nmaxDownloadBytes: 2048\ndownloadTimeoutSeconds: 3\nmaxPages: 7\nmaxFileBytes: 4096\n"));
        var configuration = CourseConfigurationReader.Read(course.FileSystem, Root);

        Assert.Empty(configuration.Diagnostics);
        Assert.Equal(1000, configuration.Settings.MaxAssetBytes);
        Assert.Equal(5000, configuration.Settings.MaxTotalAssetBytes);
        Assert.Equal(7, configuration.Settings.MaxPages);
        Assert.Equal(4096, configuration.Settings.MaxFileBytes);
        Assert.Equal(2048, configuration.Export.MaxDownloadBytes);
        Assert.Equal(TimeSpan.FromSeconds(3), configuration.Export.DownloadTimeout);
    }

    [Fact]
    public void A_negative_limit_in_the_settings_file_is_a_diagnostic_with_its_line()
    {
        var course = With(("courseware.yml", "title: Cours\nmaxTotalAssetBytes: -5\n"));
        var configuration = CourseConfigurationReader.Read(course.FileSystem, Root);

        var d = Assert.Single(configuration.Diagnostics);
        Assert.Equal(2, d.Location.Line);
        Assert.Equal(new CourseSettings().MaxTotalAssetBytes, configuration.Settings.MaxTotalAssetBytes);
    }

    [Theory]
    [InlineData("utf-16LE", "LE")]
    [InlineData("utf-16BE", "BE")]
    public void Utf16_without_byte_order_mark_is_read_with_a_warning(string encoding, string name)
    {
        const string text = "# Déploiement\n\nCafé « noir » ✓\n";
        var bytes = Encoding.GetEncoding(encoding).GetBytes(text);
        var bag = new DiagnosticBag();

        Assert.Equal(text, SourceTextReader.Decode(bytes, "page.md", bag));
        var d = Assert.Single(bag.ToList());
        Assert.Equal(DiagnosticCodes.Utf16WithoutBom.Code, d.Code);
        Assert.Contains(name, d.Message);
    }

    [Fact]
    public void Utf16_with_byte_order_mark_is_read_silently()
    {
        const string text = "# Déploiement\n";
        var bag = new DiagnosticBag();
        Assert.Equal(text, SourceTextReader.Decode(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(), "page.md", bag));
        Assert.Empty(bag.ToList());
    }

    [Fact]
    public void A_few_nul_bytes_in_utf8_text_stay_control_character_warnings()
    {
        var bag = new DiagnosticBag();
        var text = SourceTextReader.Decode(Encoding.UTF8.GetBytes("# Titre\0 avec un NUL\n\nEt du texte ordinaire.\n"), "page.md", bag);
        Assert.Equal("# Titre avec un NUL\n\nEt du texte ordinaire.\n", text);
        Assert.Equal(DiagnosticCodes.ControlCharacter.Code, Assert.Single(bag.ToList()).Code);
    }
    [Theory]
    [InlineData("deploiement-serv<a href=\"javascript:alert(1)\">x</a>ice-public", "deploiement-serv-a-href-javascript-alert-1-x-a")]
    [InlineData("../../sortie", "sortie")]
    [InlineData("..", "cours")]
    public void A_slug_that_is_not_a_plain_file_name_is_replaced_with_a_warning(string given, string expected)
    {
        var course = With(("README.md", $"---\nslug: '{given.Replace("'", "''", StringComparison.Ordinal)}'\n---\n\n# Cours\n")).Load();

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.SlugNotAFileName);
        Assert.Equal("README.md", d.Location.File);
        Assert.Equal(expected, course.Slug);
    }

    [Fact]
    public void A_plain_slug_is_kept()
    {
        var course = With(("README.md", "---\nslug: mon-cours_v2.1\n---\n\n# Cours\n")).Load();
        Assert.Equal("mon-cours_v2.1", course.Slug);
        DiagnosticAssert.None(course);
    }
}
