using System.IO.Abstractions;
using Courseware.Export;
using Courseware.Loading;
using UglyToad.PdfPig;
using Xunit;
using static Courseware.Pdf.Tests.PdfReading;

namespace Courseware.Pdf.Tests;

/// <summary>The repository's sample course (course/), loaded by the real loader, exported as the README's command does.</summary>
public class SampleCourseFolderTests
{
    private static string CourseFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Courseware.sln")))
            {
                return Path.Combine(dir.FullName, "course");
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Sample_course_gives_both_handouts_with_every_page_in_contents_and_outline()
    {
        var course = CourseLoader.Load(new FileSystem(), CourseFolder());
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink };
        new PdfExporter().Export(course, context);

        Assert.Equal([$"{course.Slug}-handout-trainer.pdf", $"{course.Slug}-handout.pdf"], sink.Files.Keys);
        Assert.DoesNotContain(context.Diagnostics.ToList(), d => d.Severity == Courseware.Diagnostics.DiagnosticSeverity.Error);
        foreach (var pdf in sink.Files.Values)
        {
            using var document = PdfDocument.Open(pdf);
            var outline = Bookmarks(pdf);
            var titles = new List<string>();
            void Walk(IEnumerable<UglyToad.PdfPig.Outline.BookmarkNode> nodes)
            {
                foreach (var n in nodes)
                {
                    titles.Add(n.Title);
                    Walk(n.Children);
                }
            }

            Walk(outline);
            var pageTitles = course.Pages.Select(p => p.Title).ToList();
            Assert.Equal(pageTitles, titles.Take(pageTitles.Count));
            var toc = TocEntries(document.GetPage(2));
            // Outline titles keep emoji (PDF text strings hold any character); printed titles carry their substitutes,
            // so pages are compared by number.
            Assert.All(outline.Cast<UglyToad.PdfPig.Outline.DocumentBookmarkNode>(), node => Assert.Contains(node.PageNumber, toc.Values));
        }

        var learner = Normalize(AllText(sink.Files[$"{course.Slug}-handout.pdf"]));
        Assert.DoesNotContain("Bonne réponse", learner, StringComparison.Ordinal);
        Assert.Contains("Bonne réponse", Normalize(AllText(sink.Files[$"{course.Slug}-handout-trainer.pdf"])), StringComparison.Ordinal);
    }
}
