using System.IO.Abstractions.TestingHelpers;
using Courseware.Loading;
using Courseware.Model;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>GitBook's HTML tables, card views and wrapped images, read by the loader, in the Word document.</summary>
public class HtmlTablesAndCardsTests
{
    private const string Cards =
        "<table data-view=\"cards\"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type=\"content-ref\"></th><th data-hidden data-card-cover data-type=\"files\"></th></tr></thead><tbody>"
        + "<tr><td><strong>Carte Réseau</strong></td><td>Qui fait quoi</td><td><a href=\"reseau.md\">reseau.md</a></td><td><a href=\"couverture.png\">couverture.png</a></td></tr>"
        + "<tr><td>Carte Site</td><td>Le portail</td><td><a href=\"https://www.example.org/portail\">x</a></td><td></td></tr>"
        + "</tbody></table>";

    private static Course Load()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/SUMMARY.md", new MockFileData("# Table of contents\n\n* [Accueil](README.md)\n* [Réseau](reseau.md)\n"));
        fs.AddFile("/c/README.md", new MockFileData(
            "# Accueil\n\n<table><thead><tr><th>Canal</th><th>Public</th></tr></thead><tbody>"
            + "<tr><td>Alpha</td><td>Bravo<br>Charlie</td></tr><tr><td><img src=\"logo.png\" alt=\"Logo\"></td><td><strong>Echo</strong></td></tr></tbody></table>\n\n"
            + Cards + "\n\n<div align=\"center\"><a href=\"https://www.example.org/\"><img src=\"logo.png\" alt=\"Logo du site\"></a></div>\n"));
        fs.AddFile("/c/reseau.md", new MockFileData("# Réseau\n\nTexte.\n"));
        fs.AddFile("/c/couverture.png", new MockFileData(TestImages.Png(60, 40, 200, 80, 40)));
        fs.AddFile("/c/logo.png", new MockFileData(TestImages.Png(50, 30, 40, 80, 200)));
        return CourseLoader.Load(fs, "/c");
    }

    [Fact]
    public void Html_table_is_a_word_table_with_a_repeated_header_row_and_the_document_is_valid()
    {
        var (sink, context) = RunExport(Load());
        using var doc = Open(sink.Files.First(f => !f.Key.EndsWith("-trainer.docx", StringComparison.Ordinal)).Value);

        var errors = new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2007, DocumentFormat.OpenXml.FileFormatVersions.Office2019 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(doc)).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var table = Body(doc).Elements<Table>().First(t => t.InnerText.Contains("Canal", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Null(rows[1].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["Canal", "Public"], rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["Alpha", "BravoCharlie"], rows[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Single(rows[1].Elements<TableCell>().ElementAt(1).Descendants<Break>());
        Assert.Single(rows[2].Elements<TableCell>().First().Descendants<DocumentFormat.OpenXml.Drawing.Pictures.Picture>());
        Assert.DoesNotContain(context.Diagnostics.ToList(), d => d.Code.StartsWith("CW07", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cell_spanning_rows_is_merged_down_and_the_document_is_valid()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData(
            "# Planning\n\n<table><tr><th>Jour</th><th>Matin</th><th>Après-midi</th></tr>"
            + "<tr><td rowspan=\"2\">Lundi</td><td>accueil</td><td>atelier</td></tr><tr><td>cours</td><td>quiz</td></tr>"
            + "<tr><td>Mardi</td><td colspan=\"2\" rowspan=\"2\">projet</td></tr><tr><td>Mercredi</td></tr></table>\n"));
        var (sink, _) = RunExport(CourseLoader.Load(fs, "/c"));
        using var doc = Open(sink.Files.First(f => !f.Key.EndsWith("-trainer.docx", StringComparison.Ordinal)).Value);

        var errors = new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2007, DocumentFormat.OpenXml.FileFormatVersions.Office2019 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(doc)).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var rows = Body(doc).Elements<Table>().Single().Elements<TableRow>().ToList();
        string Merge(TableCell cell) => cell.TableCellProperties?.VerticalMerge is { } merge ? merge.Val?.Value == MergedCellValues.Restart ? "restart" : "continue" : "-";
        Assert.Equal(["restart", "-", "-"], rows[1].Elements<TableCell>().Select(Merge));
        Assert.Equal(["continue", "-", "-"], rows[2].Elements<TableCell>().Select(Merge));
        Assert.Equal(["", "cours", "quiz"], rows[2].Elements<TableCell>().Select(c => c.InnerText));
        // A cell spanning columns and rows is not merged: the row under it keeps plain empty cells.
        Assert.All(rows[3].Elements<TableCell>().Concat(rows[4].Elements<TableCell>()), c => Assert.Equal("-", Merge(c)));
        Assert.Equal(["Mercredi", "", ""], rows[4].Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void Cards_are_a_table_of_cover_and_linked_title_with_their_text()
    {
        var (sink, _) = RunExport(Load());
        using var doc = Open(sink.Files.First(f => !f.Key.EndsWith("-trainer.docx", StringComparison.Ordinal)).Value);

        var table = Body(doc).Elements<Table>().Single(t => t.InnerText.Contains("Carte Réseau", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        var first = rows[0].Elements<TableCell>().ToList();
        Assert.Equal(2, first.Count);
        var cover = Assert.Single(first[0].Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>());
        Assert.True(string.IsNullOrEmpty(cover.Description?.Value));
        Assert.Contains("<adec:decorative xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\" val=\"1\" />", cover.OuterXml, StringComparison.Ordinal);
        Assert.Equal("Carte RéseauQui fait quoi", first[1].InnerText);
        var internalLink = Assert.Single(first[1].Descendants<Hyperlink>());
        Assert.False(string.IsNullOrEmpty(internalLink.Anchor?.Value));
        Assert.All(internalLink.Descendants<Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        // The card without a cover has no empty cover cell: its text spans both columns.
        var second = Assert.Single(rows[1].Elements<TableCell>());
        Assert.Equal(2, second.TableCellProperties?.GridSpan?.Val?.Value);
        Assert.Empty(second.Descendants<DocumentFormat.OpenXml.Drawing.Pictures.Picture>());
        Assert.Contains("https://www.example.org/portail", second.InnerText, StringComparison.Ordinal);
        var external = second.Descendants<Hyperlink>().First();
        Assert.Equal("https://www.example.org/portail", doc.MainDocumentPart!.HyperlinkRelationships.Single(r => r.Id == external.Id!.Value).Uri.OriginalString);
        Assert.DoesNotContain("couverture.png", Body(doc).InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_wrapped_in_a_centred_link_is_a_picture_inside_a_hyperlink()
    {
        var (sink, _) = RunExport(Load());
        using var doc = Open(sink.Files.First(f => !f.Key.EndsWith("-trainer.docx", StringComparison.Ordinal)).Value);

        var pictures = Body(doc).Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Where(p => p.Description?.Value == "Logo du site").ToList();
        Assert.Single(pictures);
        Assert.NotNull(pictures[0].Ancestors<Hyperlink>().FirstOrDefault());
    }
}
