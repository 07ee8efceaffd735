using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>SUMMARY.md parts in Word: a part title page before the part's first page, listed in the table of contents and the navigation pane.</summary>
public sealed class TocPartsTests
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

    private static Course Garden()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/SUMMARY.md", new MockFileData(Summary));
        fs.AddFile("/c/README.md", new MockFileData("# Le jardin partagé du quartier\n\nCe module présente le jardin et ses règles.\n"));
        fs.AddFile("/c/outils.md", new MockFileData("# Les outils de base\n\nBêche, râteau et arrosoir suffisent pour débuter.\n"));
        fs.AddFile("/c/semis.md", new MockFileData("# Semis de tomates en godets\n\nSemer en mars, à l'abri.\n"));
        fs.AddFile("/c/semis/arrosage.md", new MockFileData("# Arrosage des jeunes plants\n\nUn peu d'eau tous les deux jours.\n"));
        fs.AddFile("/c/recolte.md", new MockFileData("# La récolte en été\n\nCueillir les fruits bien rouges.\n"));
        return CourseLoader.Load(fs, "/c");
    }

    [Fact]
    public void With_summary_a_root_page_of_a_title_and_content_refs_is_a_page_with_its_link_cards()
    {
        // When SUMMARY.md builds the tree, the root's content-refs are links of its text, not the tree: they are shown.
        var fs = new MockFileSystem();
        fs.AddFile("/c/SUMMARY.md", new MockFileData("# Sommaire\n\n* [Accueil](README.md)\n* [Semer](semis.md)\n"));
        fs.AddFile("/c/README.md", new MockFileData("# Accueil du jardin\n\n{% content-ref url=\"semis.md\" %}\n[semis.md](semis.md)\n{% endcontent-ref %}\n"));
        fs.AddFile("/c/semis.md", new MockFileData("# Semis de tomates en godets\n\nSemer en mars.\n"));
        var (sink, _) = RunExport(CourseLoader.Load(fs, "/c", new CourseSettings { Toc = TocMode.Summary }), new ExportOptions { Editions = [Edition.Learner] });
        using var doc = Open(sink.Files.Single().Value);
        var paragraphs = Body(doc).Elements<Paragraph>().Select(p => StyleOf(p) + ": " + p.InnerText).ToList();

        var heading = paragraphs.IndexOf("Heading1: Accueil du jardin");
        Assert.True(heading >= 0, string.Join("\n", paragraphs));
        Assert.Equal("LinkCard: Semis de tomates en godets", paragraphs[heading + 1]);
    }

    [Fact]
    public void Each_part_title_comes_before_its_first_page_in_its_own_outline_level_style()
    {
        var (sink, _) = RunExport(Garden(), new ExportOptions { Editions = [Edition.Learner] });
        using var doc = Open(sink.Files.Single().Value);
        var body = Body(doc).Elements<Paragraph>()
            .Where(p => StyleOf(p) is "PartTitle" or "Heading1" or "Heading2")
            .Select(p => StyleOf(p) + ": " + p.InnerText)
            .ToList();

        Assert.Equal(
            [
                "PartTitle: Avant de commencer", "Heading1: Le jardin partagé du quartier", "Heading1: Les outils de base",
                "PartTitle: Au potager", "Heading1: Semis de tomates en godets", "Heading2: Arrosage des jeunes plants", "Heading1: La récolte en été",
            ],
            body);

        var style = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "PartTitle");
        Assert.Equal(0, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("Part Title", style.StyleName!.Val!.Value);
    }

    [Fact]
    public void The_table_of_contents_lists_parts_at_the_first_level_linked_to_their_title()
    {
        var (sink, _) = RunExport(Garden(), new ExportOptions { Editions = [Edition.Learner] });
        using var doc = Open(sink.Files.Single().Value);
        var toc = Body(doc).Elements<Paragraph>().Where(p => StyleOf(p)?.StartsWith("TOC", StringComparison.Ordinal) == true && StyleOf(p) != "TOCHeading").ToList();

        Assert.Equal(
            ["TOC1 Avant de commencer", "TOC1 Le jardin partagé du quartier", "TOC1 Les outils de base", "TOC1 Au potager", "TOC1 Semis de tomates en godets", "TOC2 Arrosage des jeunes plants", "TOC1 La récolte en été"],
            toc.Select(p => StyleOf(p) + " " + string.Concat(p.Descendants<Hyperlink>().Single().Elements<Run>().SelectMany(r => r.Elements<Text>()).Select(t => t.Text))));
        var anchor = toc[3].Descendants<Hyperlink>().Single().Anchor!.Value;
        var part = Body(doc).Elements<Paragraph>().Single(p => StyleOf(p) == "PartTitle" && p.InnerText == "Au potager");
        Assert.Equal(anchor, part.Elements<BookmarkStart>().Single().Name!.Value);
    }

    [Fact]
    public void A_document_with_parts_is_valid_and_a_per_chapter_document_opens_with_its_part()
    {
        var (sink, _) = RunExport(Garden(), new ExportOptions { Editions = [Edition.Learner, Edition.Trainer], PerChapter = true, NumberHeadings = true });
        foreach (var (name, bytes) in sink.Files)
        {
            using var doc = Open(bytes);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2007).Validate(doc).Select(e => $"{name}: {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        using var chapter = Open(sink.Files.Single(f => f.Key.EndsWith("-02.docx", StringComparison.Ordinal) && !f.Key.Contains("trainer", StringComparison.Ordinal)).Value);
        var first = Body(chapter).Elements<Paragraph>().First(p => StyleOf(p) is "PartTitle" or "Heading1");
        Assert.Equal("PartTitle: Au potager", StyleOf(first) + ": " + first.InnerText);
    }
}
