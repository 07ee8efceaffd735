using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Annotations;
using Xunit;

namespace Courseware.Pdf.Tests;

/// <summary>GitBook's HTML tables, card views and wrapped images, read by the loader, drawn in the learner handout.</summary>
public class HtmlTablesAndCardsTests
{
    private const string Cards =
        "<table data-view=\"cards\"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type=\"content-ref\"></th><th data-hidden data-card-cover data-type=\"files\"></th></tr></thead><tbody>"
        + "<tr><td><strong>Carte Réseau</strong></td><td>Qui fait quoi</td><td><a href=\"reseau.md\">reseau.md</a></td><td><a href=\"couverture.png\">couverture.png</a></td></tr>"
        + "<tr><td>Carte Site</td><td>Le portail</td><td><a href=\"https://www.example.org/portail\">x</a></td><td></td></tr>"
        + "</tbody></table>";

    private static (byte[] Pdf, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics) Export()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/SUMMARY.md", new MockFileData("# Table of contents\n\n* [Accueil](README.md)\n* [Réseau](reseau.md)\n"));
        fs.AddFile("/c/README.md", new MockFileData(
            "# Accueil\n\n<table><thead><tr><th>Canal</th><th>Public</th></tr></thead><tbody>"
            + "<tr><td>Alpha</td><td>Bravo<br>Charlie</td></tr><tr><td>Delta</td><td><strong>Echo</strong></td></tr></tbody></table>\n\n"
            + Cards + "\n\n<p align=\"center\"><img src=\"logo.png\" alt=\"Logo\"></p>\n"));
        fs.AddFile("/c/reseau.md", new MockFileData("# Réseau\n\nTexte.\n"));
        fs.AddFile("/c/couverture.png", new MockFileData(TestCourseBuilder.Png(60, 40)));
        fs.AddFile("/c/logo.png", new MockFileData(TestCourseBuilder.Png(50, 30)));
        var course = CourseLoader.Load(fs, "/c");
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(course, context);
        return (sink.Files.Single().Value, context.Diagnostics.ToList());
    }

    [Fact]
    public void Html_table_cells_read_back_in_order_and_no_raw_html_warning()
    {
        var (pdf, diagnostics) = Export();
        var text = PdfReading.AllText(pdf);

        var order = new[] { "Canal", "Public", "Alpha", "Bravo", "Charlie", "Delta", "Echo" }.Select(w => text.IndexOf(w, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0, text));
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain(diagnostics, d => d.Code == "CW0607");
        Assert.DoesNotContain(diagnostics, d => d.Severity >= Diagnostics.DiagnosticSeverity.Warning && d.Code.StartsWith("CW06", StringComparison.Ordinal));
    }

    [Fact]
    public void Cards_show_titles_text_links_and_cover_thumbnails()
    {
        var (pdf, _) = Export();
        var text = PdfReading.AllText(pdf);

        Assert.True(text.IndexOf("Carte Réseau", StringComparison.Ordinal) < text.IndexOf("Qui fait quoi", StringComparison.Ordinal));
        Assert.True(text.IndexOf("Qui fait quoi", StringComparison.Ordinal) < text.IndexOf("Carte Site", StringComparison.Ordinal));
        Assert.Contains("https://www.example.org/portail", text, StringComparison.Ordinal);
        Assert.DoesNotContain("reseau.md", text, StringComparison.Ordinal);
        Assert.DoesNotContain("couverture.png", text, StringComparison.Ordinal);

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(p => p.Text.Contains("Carte", StringComparison.Ordinal));
        // The cover thumbnail and the centred logo.
        Assert.Equal(2, page.GetImages().Count());
        var links = page.GetAnnotations().Where(a => a.Type == AnnotationType.Link).ToList();
        Assert.Contains(links, a => a.Action is UglyToad.PdfPig.Actions.GoToAction);
        Assert.Contains(links, a => a.Action is UglyToad.PdfPig.Actions.UriAction { Uri: "https://www.example.org/portail" });
    }
}
