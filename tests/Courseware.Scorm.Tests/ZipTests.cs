using System.IO.Compression;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Xunit;

namespace Courseware.Scorm.Tests;

public sealed class ZipTests
{
    [Theory]
    [InlineData(ScormVersion.Scorm12, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.Single)]
    public void Same_course_gives_a_byte_identical_zip(ScormVersion version, ScoLayout sco)
    {
        var first = ScormPackage.Export(SampleCourse.Create(), version, new ExportOptions { Sco = sco });
        var second = ScormPackage.Export(SampleCourse.Create(), version, new ExportOptions { Sco = sco });

        Assert.Equal(first.Zip, second.Zip);
    }

    [Fact]
    public void Entries_are_sorted_with_the_fixed_timestamp_and_compressed_formats_stored()
    {
        var stamp = ExportContext.TimestampFromEpoch("1700000000");
        var package = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12, timestamp: stamp);
        using var zip = new ZipArchive(new MemoryStream(package.Zip));

        Assert.Equal(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20), e.LastWriteTime.DateTime));
        var png = zip.GetEntry("shared/assets/logo-equipe.png")!;
        Assert.Equal(png.Length, png.CompressedLength);
        var html = zip.GetEntry("pages/quiz.html")!;
        Assert.True(html.CompressedLength < html.Length / 2);
    }

    [Fact]
    public void Pages_rendered_ahead_of_the_zip_land_in_their_own_entries_byte_identically()
    {
        // Far more pages than are rendered ahead at once, each with raw HTML that goes through the sanitiser.
        var files = new Dictionary<string, string>();
        var root = "# Cours\n\n";
        for (var i = 1; i <= 40; i++)
        {
            var name = $"page-{i:00}.md";
            root += $"{{% content-ref url=\"{name}\" %}}\n[{name}]({name})\n{{% endcontent-ref %}}\n";
            files[name] = $"# Page numéro {i}\n\n<div onclick=\"x()\">bloc {i}</div>\n";
        }

        files["README.md"] = root;
        var first = ScormPackage.Export(RealCourse.FromFiles(files), ScormVersion.Scorm2004);
        var second = ScormPackage.Export(RealCourse.FromFiles(files), ScormVersion.Scorm2004);

        Assert.Equal(first.Zip, second.Zip);
        var pages = first.Entries.Where(e => e.StartsWith("pages/", StringComparison.Ordinal)).ToList();
        Assert.Equal(41, pages.Count);
        for (var i = 1; i <= 40; i++)
        {
            var html = first.Text(pages.Single(p => first.Text(p).Contains($"<title>Page numéro {i} – ", StringComparison.Ordinal)));
            Assert.Contains($"<div>bloc {i}</div>", html);
            Assert.DoesNotContain("onclick", html);
        }

        Assert.Equal(40, first.Diagnostics.Count(d => d.Code == Courseware.Diagnostics.DiagnosticCodes.RawHtmlSanitized.Code));
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.PerPage)]
    [InlineData(ScormVersion.Scorm2004, ScoLayout.Single)]
    public void Packages_are_byte_identical_whatever_the_number_of_jobs(ScormVersion version, ScoLayout sco)
    {
        // Pages are rendered and deflated on the zip's worker threads: their number must not change a byte.
        var files = new Dictionary<string, string>();
        var root = "# Cours\n\n";
        for (var i = 1; i <= 60; i++)
        {
            var name = $"page-{i:00}.md";
            root += $"{{% content-ref url=\"{name}\" %}}\n[{name}]({name})\n{{% endcontent-ref %}}\n";
            files[name] = $"# Page {i} – été\n\n{string.Concat(Enumerable.Repeat($"Paragraphe {i} avec <span onclick=\"x()\">du HTML</span>.\n\n", i))}";
        }

        files["README.md"] = root;
        var serial = ScormPackage.Export(RealCourse.FromFiles(files), version, new ExportOptions { Sco = sco, Jobs = 1 });
        var parallel = ScormPackage.Export(RealCourse.FromFiles(files), version, new ExportOptions { Sco = sco, Jobs = 4 });

        Assert.Equal(serial.Zip, parallel.Zip);
        Assert.Equal(serial.Diagnostics.Count, parallel.Diagnostics.Count);
        Assert.Contains("Paragraphe 60 avec", serial.Text(sco == ScoLayout.Single ? "index.html" : serial.Entries.Single(e => e.StartsWith("pages/", StringComparison.Ordinal) && serial.Text(e).Contains("<title>Page 60 – été", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(5_000)]
    [InlineData(40_000)]
    public void Documents_streamed_as_UTF8_are_the_bytes_of_their_text_without_control_characters(int pieces)
    {
        // Many appends make many chunks: control characters and surrogate pairs fall on chunk boundaries too.
        var html = new System.Text.StringBuilder(16);
        var random = new Random(pieces);
        string[] parts = ["<p>", "é", "😀", "\u0001", "\n", "texte", "\u0085", "\t", "&amp;", "日本", "\u007F", "\r"];
        for (var i = 0; i < pieces; i++)
        {
            html.Append(parts[random.Next(parts.Length)]);
        }

        using var streamed = new MemoryStream();
        Courseware.Scorm.Html.HtmlText.WriteUtf8(html, streamed);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Courseware.Scorm.Html.HtmlText.DropControlCharacters(html.ToString())), streamed.ToArray());
        Assert.DoesNotContain((byte)1, streamed.ToArray());
    }

    [Fact]
    public void Exporters_name_their_zip_after_the_course()
    {
        var course = SampleCourse.Create();
        var sink = new MemoryOutputSink();
        new Scorm12Exporter().Export(course, new ExportContext { Output = sink });
        new Scorm2004Exporter().Export(course, new ExportContext { Output = sink });

        Assert.Equal(["formation-donnees-scorm12.zip", "formation-donnees-scorm2004.zip"], sink.Files.Keys);
        Assert.Equal("scorm12", new Scorm12Exporter().Format);
        Assert.Equal("scorm2004", new Scorm2004Exporter().Format);
    }
}
