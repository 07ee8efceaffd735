using Courseware.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

public sealed class ReferenceDocxTests
{
    /// <summary>A template as a French Word saves it: localized style ids, English built-in names.</summary>
    private static byte[] FrenchTemplate()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("modèle")))));
            var styles = new Styles(
                new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new RunFonts { Ascii = "Marianne" })) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new StyleRunProperties(new Color { Val = "000091" })) { Type = StyleValues.Paragraph, StyleId = "Titre1" },
                new Style(new StyleName { Val = "heading 2" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Titre2" },
                new Style(new StyleName { Val = "Body Text" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Corpsdetexte" });
            main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
        }

        return stream.ToArray();
    }

    [Fact]
    public void Styles_of_the_reference_document_are_used_by_name_and_ours_fill_the_gaps()
    {
        var course = TestCourse.Build();
        ((System.IO.Abstractions.TestingHelpers.MockFileSystem)course.FileSystem).AddFile("/templates/modele.docx", new System.IO.Abstractions.TestingHelpers.MockFileData(FrenchTemplate()));
        var (sink, context) = RunExport(course, new ExportOptions { ReferenceDocx = "/templates/modele.docx", Editions = [Edition.Learner] });
        Assert.DoesNotContain(context.Diagnostics.ToList(), d => d.Code == "CW0701");

        using var doc = Open(sink.Files["formation-essai.docx"]);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var heading = styles.Elements<Style>().Single(s => s.StyleId == "Titre1");
        Assert.Equal("000091", heading.StyleRunProperties!.Color!.Val!.Value);
        Assert.DoesNotContain(styles.Elements<Style>(), s => s.StyleId == "Heading1");
        Assert.Contains(styles.Elements<Style>(), s => s.StyleId == "HintWarning");

        var paragraphs = Body(doc).Descendants<Paragraph>().ToList();
        Assert.Contains(paragraphs, p => StyleOf(p) == "Titre1" && p.InnerText == "Premier chapitre");
        Assert.Contains(paragraphs, p => StyleOf(p) == "Corpsdetexte");
        Assert.DoesNotContain(paragraphs, p => StyleOf(p) is "Heading1" or "BodyText");

        // Our styles based on Body Text now inherit from the template's.
        Assert.Equal("Corpsdetexte", styles.Elements<Style>().Single(s => s.StyleId == "Quote").BasedOn!.Val!.Value);
        Assert.Equal("fr-FR", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);

        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc).Select(e => e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void An_unreadable_reference_document_is_a_diagnostic_and_the_defaults_are_used()
    {
        var course = TestCourse.Build();
        ((System.IO.Abstractions.TestingHelpers.MockFileSystem)course.FileSystem).AddFile("/templates/broken.docx", new System.IO.Abstractions.TestingHelpers.MockFileData("not a zip"));
        var (sink, context) = RunExport(course, new ExportOptions { ReferenceDocx = "/templates/broken.docx", Editions = [Edition.Learner] });
        Assert.Contains(context.Diagnostics.ToList(), d => d.Code == "CW0701");
        using var doc = Open(sink.Files["formation-essai.docx"]);
        Assert.Contains(doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>(), s => s.StyleId == "Heading1");

        var (_, missing) = RunExport(course, new ExportOptions { ReferenceDocx = "/templates/none.docx", Editions = [Edition.Learner] });
        Assert.Contains(missing.Diagnostics.ToList(), d => d.Code == "CW0701");
    }
}
