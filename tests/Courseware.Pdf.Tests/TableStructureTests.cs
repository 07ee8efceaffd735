using Courseware.Export;
using Xunit;
using static Courseware.Pdf.Tests.PdfReading;

namespace Courseware.Pdf.Tests;

public class TableStructureTests
{
    [Fact]
    public void The_text_of_a_one_paragraph_cell_is_the_content_of_its_cell_element()
    {
        var b = new TestCourseBuilder("Tableaux", "fr-FR");
        b.AddPage(b.Root, "page.md", "Tableaux", "# Tableaux\n\n| Règle | À dire |\n| --- | --- |\n| Parler du passé | « Racontez » et [un lien](https://exemple.org) |\n\nAprès le tableau.\n");
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(b.Build(), context);
        var path = TempFile(sink.Files.Single().Value);
        try
        {
            var lines = StructureText(path);
            var rows = Inside(lines, "Table (block)");
            Assert.Equal(["TR", "TH", "\"Règle\"", "TH", "\"À dire\"", "TR", "TD", "\"Parler du passé\"", "TD"], rows.Take(9));
            Assert.DoesNotContain("P (block)", rows);
            Assert.DoesNotContain("P", rows);
            // The link in the cell is still a Link element with its text, inside the cell.
            Assert.Contains("Link (inline)", rows);
            Assert.Contains(rows, r => r.Contains("un lien", StringComparison.Ordinal));
            // A paragraph outside the table keeps its own element.
            Assert.Contains(lines, l => l.Trim() == "P (block)");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
