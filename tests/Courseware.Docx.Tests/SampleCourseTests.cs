using System.IO.Abstractions;
using System.Runtime.CompilerServices;
using Courseware.Export;
using Courseware.Loading;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Courseware.Docx.Tests;

/// <summary>The sample course of the repository, loaded by the real loader, exported to Word.</summary>
public sealed class SampleCourseTests
{
    private static string SampleCourse([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "course"));

    [Fact]
    public void Sample_course_documents_are_valid_and_follow_the_page_tree()
    {
        var course = CourseLoader.Load(new FileSystem(), SampleCourse());
        var (sink, context) = RunExport(course, new ExportOptions { PerChapter = true, NumberHeadings = true });
        Assert.Contains("deploiement-service-public.docx", sink.Files.Keys);
        Assert.Contains("deploiement-service-public-trainer.docx", sink.Files.Keys);
        Assert.DoesNotContain(context.Diagnostics.ToList(), d => d.Severity == Courseware.Diagnostics.DiagnosticSeverity.Error);

        foreach (var (name, bytes) in sink.Files)
        {
            using var doc = Open(bytes);
            var errors = new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2007, DocumentFormat.OpenXml.FileFormatVersions.Office2019 }
                .SelectMany(version => new OpenXmlValidator(version).Validate(doc))
                .Select(e => $"{name}: {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
                .ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));

            var body = Body(doc);
            var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToHashSet();
            Assert.All(body.Descendants<Hyperlink>().Where(h => h.Anchor is not null), h => Assert.Contains(h.Anchor!.Value!, bookmarks));
            Assert.All(body.Descendants<Wp.DocProperties>(), d => Assert.False(string.IsNullOrWhiteSpace(d.Description?.Value) && !d.OuterXml.Contains("adec:decorative", StringComparison.Ordinal), $"{name}: image without alt text"));
        }

        // Page headings appear in tree order, each at its depth.
        using var full = Open(sink.Files["deploiement-service-public.docx"]);
        var headings = DocxExporterTests.Headings(full);
        var pageHeadings = course.Pages.Where(p => p != course.Root).Select(p => (Math.Min(p.Depth, 6), p.Title)).ToList();
        var found = 0;
        foreach (var heading in headings)
        {
            if (found < pageHeadings.Count && heading == pageHeadings[found])
            {
                found++;
            }
        }

        Assert.Equal(pageHeadings.Count, found);
        for (var i = 1; i < headings.Count; i++)
        {
            Assert.True(headings[i].Level <= headings[i - 1].Level + 1, $"heading level jumps at '{headings[i].Text}'");
        }
    }
}
