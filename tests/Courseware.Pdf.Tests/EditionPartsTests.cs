using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using Xunit;

namespace Courseware.Pdf.Tests;

/// <summary>The handouts of a course of moderate size are laid out at the same time; those of a large course one after the other.</summary>
public class EditionPartsTests
{
    [Fact]
    public void A_small_course_gives_one_part_per_edition()
    {
        var course = CourseLoader.Load(Course(imageBytes: 1024), "/c");
        var parts = new PdfExporter().Parts(course, new ExportOptions());
        Assert.Equal([[Edition.Learner], [Edition.Trainer]], parts.Select(p => p.Editions.ToArray()));
    }

    [Fact]
    public void A_course_with_many_image_bytes_is_one_part_with_both_editions()
    {
        var course = CourseLoader.Load(Course(imageBytes: PdfExporter.ParallelEditionsMaxImageBytes + 1), "/c");
        Assert.Contains(course.Assets, a => a.Size > PdfExporter.ParallelEditionsMaxImageBytes);
        var options = new ExportOptions();
        var part = Assert.Single(new PdfExporter().Parts(course, options));
        Assert.Equal([Edition.Learner, Edition.Trainer], part.Editions);
    }

    [Fact]
    public void One_edition_asked_stays_one_part()
    {
        var course = CourseLoader.Load(Course(imageBytes: 1024), "/c");
        var part = Assert.Single(new PdfExporter().Parts(course, new ExportOptions { Editions = [Edition.Trainer] }));
        Assert.Equal([Edition.Trainer], part.Editions);
    }

    private static MockFileSystem Course(long imageBytes)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData("# Cours\n\n![Le schéma du parcours](schema.png)\n"));
        fs.AddFile("/c/schema.png", new MockFileData(new byte[imageBytes]));
        return fs;
    }
}
