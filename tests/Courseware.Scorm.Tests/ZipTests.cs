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
