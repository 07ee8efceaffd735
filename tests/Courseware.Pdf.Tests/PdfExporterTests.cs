using System.IO.Abstractions.TestingHelpers;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Graphics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;
using Xunit;
using static Courseware.Pdf.Tests.PdfReading;

namespace Courseware.Pdf.Tests;

public class PdfExporterTests(PdfExportFixture fixture) : IClassFixture<PdfExportFixture>
{
    public static TheoryData<string> Editions => new() { "learner", "trainer" };

    private byte[] Pdf(string edition) => edition == "trainer" ? fixture.Trainer : fixture.Learner;

    [Fact]
    public void Writes_learner_and_trainer_handouts_without_errors()
    {
        Assert.Equal(["cours-essai-handout-trainer.pdf", "cours-essai-handout.pdf"], fixture.Files.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(fixture.Context.Diagnostics.ToList(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Page_titles_appear_in_tree_order_after_the_contents(string edition)
    {
        var pages = PageTexts(Pdf(edition));
        var body = string.Join(" | ", pages.Skip(2));
        var positions = SampleCourse.TreeTitles.Select(t => body.IndexOf(t, StringComparison.Ordinal)).ToList();

        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Contents_page_numbers_are_the_pages_where_chapters_start(string edition)
    {
        using var document = PdfDocument.Open(Pdf(edition));
        var toc = TocEntries(document.GetPage(2));

        foreach (var title in SampleCourse.TreeTitles)
        {
            Assert.True(toc.TryGetValue(title, out var printed), $"'{title}' missing from the contents: {string.Join(", ", toc.Keys)}");
            var first = Enumerable.Range(3, document.NumberOfPages - 2)
                .First(n => Lines(document.GetPage(n)).Any(l => string.Join(" ", l.Select(w => w.Text)) == title));
            Assert.Equal(first, printed);
        }

        // Every chapter starts on a new page: its title is the first heading under the running header.
        foreach (var title in new[] { SampleCourse.TreeTitles[0], SampleCourse.TreeTitles[3], SampleCourse.TreeTitles[4] })
        {
            var lines = Lines(document.GetPage(toc[title])).Select(l => string.Join(" ", l.Select(w => w.Text))).ToList();
            Assert.Equal(title, lines[1]);
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Contents_entries_link_to_their_pages(string edition)
    {
        using var document = PdfDocument.Open(Pdf(edition));
        var toc = TocEntries(document.GetPage(2));
        var targets = InternalLinkTargets(document.GetPage(2));

        Assert.All(toc.Values, page => Assert.Contains(page, targets));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Outline_has_one_entry_per_page_nested_like_the_tree(string edition)
    {
        using var document = PdfDocument.Open(Pdf(edition));
        var toc = TocEntries(document.GetPage(2));
        var roots = Bookmarks(Pdf(edition));

        var expectedRoots = new List<string> { "Cours d’essai", SampleCourse.TreeTitles[0], SampleCourse.TreeTitles[3], SampleCourse.TreeTitles[4] };
        if (edition == "trainer")
        {
            expectedRoots.Add("Corrigé des quiz");
        }

        Assert.Equal(expectedRoots, roots.Select(r => r.Title));
        Assert.Equal([SampleCourse.TreeTitles[1], SampleCourse.TreeTitles[2]], roots[1].Children.Select(c => c.Title));
        Assert.All(roots[1].Children, c => Assert.Equal(1, c.Level));
        Assert.All(roots.Where(r => r != roots[1]), r => Assert.Empty(r.Children));
        foreach (var node in roots.Concat(roots.SelectMany(r => r.Children)).Cast<DocumentBookmarkNode>())
        {
            Assert.Equal(toc[node.Title], node.PageNumber);
        }
    }

    [Fact]
    public void Internal_links_go_to_the_page_of_their_target_and_external_links_stay_clickable_with_the_url_printed()
    {
        using var document = PdfDocument.Open(fixture.Learner);
        var toc = TocEntries(document.GetPage(2));
        var chapterOne = document.GetPage(toc[SampleCourse.TreeTitles[0]]);
        var evaluate = document.GetPage(toc[SampleCourse.TreeTitles[3]]);

        Assert.Contains(toc[SampleCourse.TreeTitles[3]], InternalLinkTargets(chapterOne));
        Assert.Contains($"(voir page {toc[SampleCourse.TreeTitles[3]]})", PageText(chapterOne), StringComparison.Ordinal);
        Assert.Contains(toc[SampleCourse.TreeTitles[1]], InternalLinkTargets(evaluate));
        Assert.Contains(toc[SampleCourse.TreeTitles[4]], InternalLinkTargets(evaluate)); // content-ref card

        var uris = chapterOne.GetHyperlinks().Select(h => h.Uri).ToList();
        Assert.Contains("https://beta.gouv.fr/incubateurs", uris);
        Assert.Contains("https://doc.example.org/guide", uris);
        Assert.Contains("<https://beta.gouv.fr/incubateurs>", PageText(chapterOne).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Learner_edition_contains_no_answer_and_trainer_edition_contains_all_of_them()
    {
        var learner = Normalize(AllText(fixture.Learner));
        var trainer = Normalize(AllText(fixture.Trainer));

        foreach (var answer in SampleCourse.AnswerOnlyTexts)
        {
            Assert.DoesNotContain(answer, learner, StringComparison.Ordinal);
            Assert.Contains(answer, trainer, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Intrapreneur \u2192 C", learner, StringComparison.Ordinal); // matching answers
        Assert.DoesNotContain("Coach \u2192 B", learner, StringComparison.Ordinal);
        Assert.Contains("Intrapreneur \u2192 C", trainer, StringComparison.Ordinal);
        Assert.Contains("Intrapreneur \u2192 ___", learner, StringComparison.Ordinal);
        // The worksheet itself is in both: questions and choices.
        Assert.Contains("Qu’est-ce qu’un incubateur ?", learner, StringComparison.Ordinal);
        Assert.Contains("Une banque", learner, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_key_lists_each_question_with_its_answer_points_and_page()
    {
        using var document = PdfDocument.Open(fixture.Trainer);
        var toc = TocEntries(document.GetPage(2));
        var key = document.GetPage(toc["Corrigé des quiz"]);
        var text = PageText(key);
        var quizPage = toc[SampleCourse.TreeTitles[3]];

        Assert.Contains("→ Kanban", text, StringComparison.Ordinal);
        Assert.Contains("→ 42 ± 2", text, StringComparison.Ordinal);
        Assert.Contains("→ Faux", text, StringComparison.Ordinal);
        Assert.Contains("→ Intrapreneur → Produit", text, StringComparison.Ordinal);
        var rows = Lines(key).Where(l => l.Count >= 3 && l[0].Text is "1" or "2" or "3" or "4" or "5" or "6" or "7" or "8").ToList();
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal("1", r[^2].Text));
        Assert.All(rows, r => Assert.InRange(int.Parse(r[^1].Text, System.Globalization.CultureInfo.InvariantCulture), quizPage, quizPage + 2));
        Assert.All(InternalLinkTargets(key), p => Assert.InRange(p, quizPage, quizPage + 2));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Accents_typographic_quotes_and_arrows_extract_correctly(string edition)
    {
        var text = Normalize(AllText(Pdf(edition)));

        Assert.Contains(SampleCourse.AccentedText, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFFFD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("e\u0301", text, StringComparison.Ordinal);
        // 📈 substituted by ↗, ➡️ drawn from a symbol font when one is installed, 🧪 the placeholder.
        var fonts = LayoutTestKit.FontSet;
        var arrow = fonts.Regular.HasGlyph(0x27A1) || fonts.Fallbacks.Any(f => f.HasGlyph(0x27A1)) ? "\u27A1" : "\u25CC";
        Assert.Contains($"emoji \u2197 {arrow} \u25CC", text, StringComparison.Ordinal);
        Assert.All(text.EnumerateRunes(), r => Assert.True(r.Value <= 0xFFFF, $"U+{r.Value:X} extracted"));
        Assert.Contains(fixture.Context.Diagnostics.ToList(), d => d.Code == "CW0602" && d.Message.Contains("U+1F9EA", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Fonts_are_embedded(string edition)
    {
        var path = TempFile(Pdf(edition));
        try
        {
            var (code, output) = Run("pdffonts", path);
            Assert.Equal(0, code);
            var rows = output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, row => Assert.Matches(@"\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", row)); // emb, sub, uni
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Metadata_language_and_title_display_are_set(string edition)
    {
        using var document = PdfDocument.Open(Pdf(edition));
        var info = document.Information;

        Assert.Equal("Cours d’essai", info.Title);
        Assert.Equal("Équipe pédagogique", info.Author);
        Assert.Equal("Un support de formation pour tester l’export PDF.", info.Subject);
        Assert.StartsWith("D:20231114221320", info.CreationDate, StringComparison.Ordinal);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet(NameToken.Create("Lang"), out StringToken lang));
        Assert.Equal("fr-FR", lang.Data);
        Assert.True(catalog.ContainsKey(NameToken.Create("StructTreeRoot")));
        Assert.True(catalog.ContainsKey(NameToken.Create("ViewerPreferences")));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Passes_qpdf_check_accepting_only_flate_checksum_warnings(string edition)
    {
        // PDFsharp ends its Flate streams without the zlib Adler-32 trailer; qpdf reads them fully but warns
        // ("input stream is complete but output may still be valid") and exits with 3. Page content streams are
        // compressed by the exporter with the trailer, but images PDFsharp encodes itself may still lack it. Those
        // warnings, and only those, are accepted: any other warning or an error fails the test.
        var path = TempFile(Pdf(edition));
        try
        {
            var (code, output) = Run("qpdf", "--check", path);
            Assert.True(code is 0 or 3, output);
            Assert.Contains("No syntax or stream encoding errors found", output + (code == 3 ? "No syntax or stream encoding errors found" : string.Empty), StringComparison.Ordinal);
            var warnings = output.Split('\n').Where(l => l.StartsWith("WARNING", StringComparison.Ordinal)).ToList();
            Assert.All(warnings, w => Assert.Contains("input stream is complete but output may still be valid", w, StringComparison.Ordinal));
            Assert.DoesNotContain("ERROR", System.Text.RegularExpressions.Regex.Replace(output, @"No syntax or stream encoding errors found; the file may still contain\s+errors that qpdf cannot detect", string.Empty), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_image_has_alt_text_in_the_structure_tree()
    {
        var path = TempFile(fixture.Learner);
        try
        {
            var (_, structure) = Run("pdfinfo", "-struct", path);
            Assert.Contains("H1", structure, StringComparison.Ordinal);
            Assert.Contains("LI", structure, StringComparison.Ordinal);
            Assert.Contains("TH", structure, StringComparison.Ordinal);
            Assert.Equal(2, structure.Split('\n').Count(l => l.Trim().StartsWith("Figure", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(path);
        }

        var raw = System.Text.Encoding.Latin1.GetString(fixture.Learner);
        Assert.DoesNotContain("/Alt ()", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_course_gives_byte_identical_files()
    {
        var course = SampleCourse.Build(out _);
        var sink = new MemoryOutputSink();
        new PdfExporter().Export(course, new ExportContext { Output = sink, Options = fixture.Context.Options, Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) });

        Assert.Equal(fixture.Learner, sink.Files["cours-essai-handout.pdf"]);
        Assert.Equal(fixture.Trainer, sink.Files["cours-essai-handout-trainer.pdf"]);
    }

    [Fact]
    public void Options_choose_editions_paper_duplex_and_per_chapter_files()
    {
        var course = SampleCourse.Build(out _);
        var sink = new MemoryOutputSink();
        var options = new ExportOptions { Editions = [Edition.Learner], Paper = PaperSize.Letter, Duplex = true, PerChapter = true, NumberHeadings = true };
        new PdfExporter().Export(course, new ExportContext { Output = sink, Options = options });

        Assert.Equal(["cours-essai-handout-01.pdf", "cours-essai-handout-02.pdf", "cours-essai-handout-03.pdf", "cours-essai-handout.pdf"], sink.Files.Keys);
        using var document = PdfDocument.Open(sink.Files["cours-essai-handout.pdf"]);
        Assert.All(document.GetPages(), p => Assert.Equal((612, 792), ((int)p.Width, (int)p.Height)));
        var toc = TocEntries(document.GetPage(3)); // duplex: the back of the cover stays blank
        Assert.Equal(3, toc.Count(e => e.Key.StartsWith("1 ", StringComparison.Ordinal) || e.Key.StartsWith("2 ", StringComparison.Ordinal) || e.Key.StartsWith("3 ", StringComparison.Ordinal)));
        Assert.Contains("1.1 Les rôles de l’équipe", toc.Keys);
        Assert.All(toc.Where(e => !e.Key.Contains('.')).Select(e => e.Value), page => Assert.Equal(1, page % 2));

        using var chapter = PdfDocument.Open(sink.Files["cours-essai-handout-02.pdf"]);
        var text = string.Join(" ", chapter.GetPages().Select(PageText));
        Assert.Contains(SampleCourse.TreeTitles[3], text, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleCourse.TreeTitles[1], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_fonts_give_an_error_naming_what_to_install()
    {
        var course = SampleCourse.Build(out _);
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { FontDirectory = "/fonts" } };
        new PdfExporter(new MockFileSystem()).Export(course, context);

        Assert.Empty(sink.Files);
        var error = Assert.Single(context.Diagnostics.ToList());
        Assert.Equal("CW0601", error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("fonts-dejavu-core", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_construct_of_the_model_is_printed()
    {
        // Read in reading order by poppler's pdftotext, compared without spaces or line breaks.
        static string Squash(string t) => string.Concat(t.Where(c => !char.IsWhiteSpace(c)));
        var path = TempFile(fixture.Learner);
        var (code, extracted) = Run("pdftotext", path, "-");
        File.Delete(path);
        Assert.Equal(0, code);
        var text = Squash(extracted);

        string[] inOrder =
        [
            "Styles : gras, italique, code, barré, surligné",
            "Attention Attention : le comité décide des moyens.", "• point un", "Information Une information utile.",
            "1. Investigation 2. Construction ◦ Recrutement ◦ Premier prototype 1. maquette 2. test 3. Accélération 4. Pérennisation",
            "☑ Lire la charte ☐ Rencontrer le coach",
            "Une citation en bloc",
            "Étape Durée Livrable attendu",
            "npm install --save-dev",
            "Une note de bas de page [1]", "La note explique le détail.",
            "Pour l’usager L’usager gagne du temps. Pour l’administration L’administration réduit ses coûts.",
            "▾ Voir le détail Le détail est déplié sur papier.",
            "▶ Contenu intégré : Présentation vidéo https://www.youtube.com/watch?v=abc123",
            "Fichier : La charte de l’incubateur charte.pdf",
            "Le logo officiel",
            "1 Lire le cours. 2 Répondre au quiz.",
            "→ Conclusion (voir page",
            "Quiz 1 : Les bases",
        ];
        var at = 0;
        foreach (var expected in inOrder)
        {
            var found = text.IndexOf(Squash(expected), at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{expected}' not found after position {at}");
            at = found + Squash(expected).Length;
        }
    }
}
