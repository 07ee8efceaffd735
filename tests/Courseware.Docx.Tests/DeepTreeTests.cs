using System.IO.Abstractions.TestingHelpers;
using Courseware.Loading;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>Word has six heading levels; pages deeper in the tree keep their own headings at the sixth.</summary>
public class DeepTreeTests
{
    [Fact]
    public void Headings_of_a_page_at_the_sixth_level_and_below_stay_at_the_sixth()
    {
        var fs = new MockFileSystem();
        for (var i = 0; i < 8; i++)
        {
            var name = i == 0 ? "README.md" : $"p{i}.md";
            var child = i < 7 ? $"{{% content-ref url=\"p{i + 1}.md\" %}}\n[p{i + 1}.md](p{i + 1}.md)\n{{% endcontent-ref %}}\n" : string.Empty;
            fs.AddFile($"/c/{name}", new MockFileData($"# Niveau {i}\n\nTexte du niveau {i}.\n\n## Section du niveau {i}\n\nSuite.\n\n{child}"));
        }

        var course = CourseLoader.Load(fs, "/c");
        Assert.Equal(8, course.Pages.Count);
        var (sink, context) = RunExport(course);
        Assert.DoesNotContain(context.Diagnostics.ToList(), d => d.Severity == Courseware.Diagnostics.DiagnosticSeverity.Error);
        using var doc = Open(sink.Files.First(f => !f.Key.EndsWith("-trainer.docx", StringComparison.Ordinal)).Value);

        var headings = Body(doc).Descendants<Paragraph>().Where(p => StyleOf(p)?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => (Text: p.InnerText, Style: StyleOf(p))).ToList();
        Assert.Contains(("Section du niveau 7", "Heading6"), headings);
        Assert.Contains(("Niveau 7", "Heading6"), headings);
        Assert.Contains(("Section du niveau 1", "Heading2"), headings);
    }
}
