using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
using UglyToad.PdfPig;

namespace Courseware.Pdf.Tests;

/// <summary>Links to course files name the file on paper, once, with the punctuation of the course language.</summary>
public sealed class FileLinkTests
{
    private static List<string> Lines(string language, string body)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData($"---\nlang: {language}\n---\n# Documents\n\n{body}\n"));
        fs.AddFile("/c/docs/guide.pdf", new MockFileData("%PDF-1.4"));
        var course = CourseLoader.Load(fs, "/c");
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(course, context);
        using var document = PdfDocument.Open(sink.Files.Single().Value);
        var page = document.GetPages().Single(p => p.Text.Contains("Documents", StringComparison.Ordinal) && p.Text.Contains("guide", StringComparison.Ordinal));
        return PdfReading.Lines(page).Select(l => string.Join(" ", l.Select(w => w.Text))).ToList();
    }

    [Fact]
    public void A_link_whose_text_is_the_file_name_is_not_followed_by_the_name_again()
    {
        var lines = Lines("fr", "Lire [guide.pdf](docs/guide.pdf) avant la séance.");
        Assert.True(lines.Contains("Lire guide.pdf avant la séance."), string.Join("\n", lines));
    }

    [Theory]
    [InlineData("fr", "Lire le guide (fichier : guide.pdf) avant la séance.")]
    [InlineData("en", "Lire le guide (file: guide.pdf) avant la séance.")]
    public void A_link_with_other_text_names_its_file_in_the_course_language(string language, string expected)
    {
        var lines = Lines(language, "Lire [le guide](docs/guide.pdf) avant la séance.");
        Assert.True(lines.Contains(expected), string.Join("\n", lines));
    }
}
