using System.IO.Abstractions.TestingHelpers;
using Courseware.Loading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>An HTML table's caption and its cells spanning columns, in the Word document.</summary>
public class TableCaptionAndSpanTests
{
    private static WordprocessingDocument Export(string page)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData(page));
        fs.AddFile("/c/fiche.md", new MockFileData("# Fiche\n\nTexte.\n"));
        var (sink, context) = RunExport(CourseLoader.Load(fs, "/c"));
        Assert.DoesNotContain(context.Diagnostics.ToList(), d => d.Code.StartsWith("CW07", StringComparison.Ordinal));
        return Open(sink.Files.First(f => !f.Key.EndsWith("-trainer.docx", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void Caption_is_a_caption_paragraph_kept_with_the_table_and_spanning_cells_have_grid_span()
    {
        using var doc = Export(
            "# Accueil\n\n{% content-ref url=\"fiche.md\" %}\n[fiche.md](fiche.md)\n{% endcontent-ref %}\n\n"
            + "<table><caption>Budget <strong>prévisionnel</strong>, voir <a href=\"fiche.md\">la fiche</a></caption>"
            + "<thead><tr><th>Poste</th><th colspan=\"2\">Montants engagés</th></tr></thead>"
            + "<tbody><tr><td>Alpha</td><td>Bravo</td><td>Charlie</td></tr><tr><td colspan=\"3\">Delta sur toute la largeur</td></tr>"
            + "<tr><td>Echo</td></tr></tbody></table>\n\nAprès.\n");

        var errors = new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2007, DocumentFormat.OpenXml.FileFormatVersions.Office2019 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(doc)).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var table = Body(doc).Elements<Table>().Single(t => t.InnerText.Contains("Poste", StringComparison.Ordinal));
        var caption = Assert.IsType<Paragraph>(table.PreviousSibling());
        Assert.Equal("TableCaption", StyleOf(caption));
        var style = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == "TableCaption");
        Assert.Equal("Caption", style.BasedOn?.Val?.Value);
        Assert.NotNull(caption.ParagraphProperties?.KeepNext);
        Assert.Equal("Budget prévisionnel, voir la fiche", caption.InnerText);
        Assert.Contains(caption.Descendants<Run>(), r => r.InnerText == "prévisionnel" && r.RunProperties?.Bold is not null);
        Assert.False(string.IsNullOrEmpty(Assert.Single(caption.Descendants<Hyperlink>()).Anchor?.Value));

        // Three grid columns; every row fills them, a spanning cell with its gridSpan and the width of its columns together.
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, grid.Count);
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => (c.InnerText, Span: c.TableCellProperties?.GridSpan?.Val?.Value ?? 1)).ToList()).ToList();
        Assert.Equal([("Poste", 1), ("Montants engagés", 2)], rows[0]);
        Assert.Equal([("Alpha", 1), ("Bravo", 1), ("Charlie", 1)], rows[1]);
        Assert.Equal([("Delta sur toute la largeur", 3)], rows[2]);
        Assert.Equal([("Echo", 1), (string.Empty, 1), (string.Empty, 1)], rows[3]);
        Assert.All(rows, row => Assert.Equal(3, row.Sum(c => c.Span)));
        var widths = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList()).ToList();
        Assert.InRange(widths[0][1] - (widths[1][1] + widths[1][2]), -1, 1);
        Assert.InRange(widths[2][0] - widths[1].Sum(), -2, 2);

        // The spanning header cell stays in the repeated header row.
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void A_table_without_caption_has_no_caption_paragraph()
    {
        using var doc = Export("# Accueil\n\nAvant.\n\n<table><tr><th>Poste</th></tr><tr><td>Alpha</td></tr></table>\n");

        var table = Body(doc).Elements<Table>().Single(t => t.InnerText.Contains("Poste", StringComparison.Ordinal));
        Assert.Equal("Avant.", Assert.IsType<Paragraph>(table.PreviousSibling()).InnerText);
        Assert.DoesNotContain(Body(doc).Elements<Paragraph>(), p => StyleOf(p) == "TableCaption");
    }
}
