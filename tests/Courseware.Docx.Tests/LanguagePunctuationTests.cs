using System.IO.Abstractions.TestingHelpers;
using Courseware.Loading;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>The labels the document adds take the colon of the course language: "Fichier : guide.pdf" in French, "File: guide.pdf" in English.</summary>
public sealed class LanguagePunctuationTests
{
    [Theory]
    [InlineData("fr", "Bonne réponse : 4", "Fichier : guide.pdf")]
    [InlineData("en", "Right answer: 4", "File: guide.pdf")]
    public void Labels_use_the_colon_of_the_course_language(string language, string answerLine, string fileLabel)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData($"---\nlang: {language}\n---\n# Cours\n\n{{% file src=\"guide.pdf\" %}}\nLe guide\n{{% endfile %}}\n\n```gift\n::Q1:: 2 + 2 ? {{#4}}\n```\n"));
        fs.AddFile("/c/guide.pdf", new MockFileData("%PDF-1.4"));
        var course = CourseLoader.Load(fs, "/c");
        var (sink, _) = RunExport(course);
        using var doc = Open(sink.Files.First().Value);
        var paragraphs = doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.True(paragraphs.Any(p => p.Contains(answerLine, StringComparison.Ordinal)), string.Join("\n", paragraphs));
        Assert.True(paragraphs.Any(p => p.Contains(fileLabel, StringComparison.Ordinal)), string.Join("\n", paragraphs));
    }
}
