using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
using UglyToad.PdfPig;
using Xunit;

namespace Courseware.Pdf.Tests;

public class CoverTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_cover_shows_the_logo_and_organisation_from_the_settings(bool withLogo)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData("# Cours\n\nTexte."));
        fs.AddFile("/c/logo.png", new MockFileData(TestCourseBuilder.Png(40, 20)));
        var settings = new CourseSettings { Logo = withLogo ? "logo.png" : null, Organisation = "Direction de l'exemple" };
        var course = CourseLoader.Load(fs, "/c", settings);

        var sink = new MemoryOutputSink();
        new PdfExporter().Export(course, new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } });

        using var document = PdfDocument.Open(sink.Files.Single().Value);
        var cover = document.GetPage(1);
        Assert.Equal(withLogo ? 1 : 0, cover.GetImages().Count());
        Assert.Contains("Direction de l", cover.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1980", cover.Text, StringComparison.Ordinal);
    }
}
