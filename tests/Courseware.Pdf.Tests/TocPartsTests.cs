using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using Xunit;

namespace Courseware.Pdf.Tests;

/// <summary>The handouts' table of contents and outline follow SUMMARY.md as GitBook's sidebar does: entry titles, chapters grouped under part labels.</summary>
public class TocPartsTests
{
    private const string Summary = """
        # Sommaire

        ## Avant de commencer

        * [Bienvenue au jardin](README.md)
        * [Outils du jardinier](outils.md)

        ## Au potager

        * [Semer les tomates](semis.md)
          * [Arroser sans excès](semis/arrosage.md)
        * [Récolter](recolte.md)
        """;

    private static byte[] Export(Edition edition)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/SUMMARY.md", new MockFileData(Summary));
        fs.AddFile("/c/README.md", new MockFileData("# Le jardin partagé du quartier\n\nCe module présente le jardin et ses règles.\n"));
        fs.AddFile("/c/outils.md", new MockFileData("# Les outils de base\n\nBêche, râteau et arrosoir suffisent pour débuter.\n"));
        fs.AddFile("/c/semis.md", new MockFileData("# Semis de tomates en godets\n\nSemer en mars, à l'abri.\n"));
        fs.AddFile("/c/semis/arrosage.md", new MockFileData("# Arrosage des jeunes plants\n\nUn peu d'eau tous les deux jours.\n"));
        fs.AddFile("/c/recolte.md", new MockFileData("# La récolte en été\n\nCueillir les fruits bien rouges.\n"));
        var course = CourseLoader.Load(fs, "/c");
        var sink = new MemoryOutputSink();
        new PdfExporter().Export(course, new ExportContext { Output = sink, Options = new ExportOptions { Editions = [edition] } });
        return sink.Files.Single().Value;
    }

    [Theory]
    [InlineData(Edition.Learner)]
    [InlineData(Edition.Trainer)]
    public void Contents_show_part_labels_between_entries_named_as_in_summary(Edition edition)
    {
        using var document = PdfDocument.Open(Export(edition));
        var lines = PdfReading.Lines(document.GetPage(2)).Select(l => string.Join(" ", l.Select(w => w.Text))).ToList();
        var entries = PdfReading.TocEntries(document.GetPage(2));

        // Part labels are lines of their own, without a page number, placed before their chapters.
        var order = new[] { "Avant de commencer", "Bienvenue au jardin", "Outils du jardinier", "Au potager", "Semer les tomates", "Arroser sans excès", "Récolter" }
            .Select(text => lines.FindIndex(l => l == text || entries.ContainsKey(text) && l.StartsWith(text + " ", StringComparison.Ordinal)))
            .ToList();
        Assert.All(order, i => Assert.True(i >= 0, string.Join("\n", lines)));
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain("Avant de commencer", entries.Keys);
        Assert.DoesNotContain("Au potager", entries.Keys);
        Assert.Equal(["Bienvenue au jardin", "Outils du jardinier", "Semer les tomates", "Arroser sans excès", "Récolter"], entries.Keys.Where(k => !k.StartsWith("page ", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("Semis de tomates", StringComparison.Ordinal));

        // The pages keep their own titles as headings.
        var semis = document.GetPage(entries["Semer les tomates"]);
        Assert.Contains("Semis de tomates en godets", PdfReading.PageText(semis), StringComparison.Ordinal);
    }

    [Fact]
    public void Outline_groups_chapters_under_part_bookmarks_that_open_on_the_parts_first_page()
    {
        var pdf = Export(Edition.Learner);
        using var document = PdfDocument.Open(pdf);
        var entries = PdfReading.TocEntries(document.GetPage(2));
        var roots = PdfReading.Bookmarks(pdf);

        Assert.Equal(["Avant de commencer", "Au potager"], roots.Select(r => r.Title));
        Assert.Equal(["Bienvenue au jardin", "Outils du jardinier"], roots[0].Children.Select(c => c.Title));
        Assert.Equal(["Semer les tomates", "Récolter"], roots[1].Children.Select(c => c.Title));
        Assert.Equal(["Arroser sans excès"], roots[1].Children[0].Children.Select(c => c.Title));
        Assert.Equal(entries["Bienvenue au jardin"], ((DocumentBookmarkNode)roots[0]).PageNumber);
        Assert.Equal(entries["Semer les tomates"], ((DocumentBookmarkNode)roots[1]).PageNumber);
        Assert.Equal(entries["Récolter"], ((DocumentBookmarkNode)roots[1].Children[1]).PageNumber);
    }

    [Theory]
    [InlineData(TocMode.Summary, true)]
    [InlineData(TocMode.ContentRef, false)]
    public void Root_content_refs_print_as_link_cards_only_when_summary_builds_the_tree(TocMode toc, bool printed)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/SUMMARY.md", new MockFileData("# Sommaire\n\n* [Accueil](README.md)\n\n## Pratique\n\n* [Le compost](compost.md)\n* [Les haies](haies.md)\n"));
        fs.AddFile("/c/README.md", new MockFileData(
            "# Jardiner en ville\n\nPour débuter, lisez d'abord :\n\n{% content-ref url=\"haies.md\" %}\n[haies.md](haies.md)\n{% endcontent-ref %}\n\nPuis le reste du module.\n"));
        fs.AddFile("/c/compost.md", new MockFileData("# Faire son compost\n\nMélanger déchets verts et bruns.\n"));
        fs.AddFile("/c/haies.md", new MockFileData("# Planter une haie champêtre\n\nChoisir des essences locales.\n"));
        var course = CourseLoader.Load(fs, "/c", new CourseSettings { Toc = toc });
        var sink = new MemoryOutputSink();
        new PdfExporter().Export(course, new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } });
        using var document = PdfDocument.Open(sink.Files.Single().Value);
        var rootPage = document.GetPages().First(p => PdfReading.PageText(p).Contains("Puis le reste", StringComparison.Ordinal));
        var text = PdfReading.PageText(rootPage);
        var between = text[text.IndexOf("lisez d'abord", StringComparison.Ordinal)..text.IndexOf("Puis le reste", StringComparison.Ordinal)];
        var haies = document.GetPages().First(p => p.Number > 2 && PdfReading.PageText(p).Contains("essences locales", StringComparison.Ordinal)).Number;
        if (printed)
        {
            // From SUMMARY.md the root's content-ref is a link in its text: a card between its paragraphs, opening the page.
            Assert.Contains("Planter une haie champêtre", between, StringComparison.Ordinal);
            Assert.Contains(haies, PdfReading.InternalLinkTargets(rootPage));
        }
        else
        {
            // From content-refs the root's content-ref is the tree itself, shown by the table of contents only.
            Assert.DoesNotContain("Planter une haie", between, StringComparison.Ordinal);
        }
    }
}
