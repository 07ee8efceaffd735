using System.IO.Compression;
using Courseware.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Xunit;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

public sealed class DocxExporterTests
{
    [Fact]
    public void Writes_learner_and_trainer_documents_named_after_the_slug()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        Assert.Equal(["formation-essai-trainer.docx", "formation-essai.docx"], sink.Files.Keys.ToArray());
    }

    [Theory]
    [InlineData(false, PaperSize.A4)]
    [InlineData(true, PaperSize.Letter)]
    public void OpenXmlValidator_reports_no_error(bool numberHeadings, PaperSize paper)
    {
        var (sink, _) = RunExport(TestCourse.Build(), new ExportOptions { NumberHeadings = numberHeadings, Paper = paper, PerChapter = true });
        foreach (var (name, bytes) in sink.Files)
        {
            using var doc = Open(bytes);
            var errors = new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2007, DocumentFormat.OpenXml.FileFormatVersions.Office2019 }
                .SelectMany(version => new OpenXmlValidator(version).Validate(doc))
                .Select(e => $"{name}: {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
                .ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void Heading_sequence_equals_the_page_tree()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var headings = Headings(doc);
        Assert.Equal(TestCourse.ExpectedHeadings, headings);

        using var trainer = Open(sink.Files["formation-essai-trainer.docx"]);
        Assert.Equal([.. TestCourse.ExpectedHeadings, (1, "Corrigé des quiz")], Headings(trainer));
    }

    [Fact]
    public void Every_image_part_is_referenced_once_sized_within_the_text_width_and_described()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        var blips = main.Document!.Descendants<A.Blip>().Select(b => b.Embed!.Value!).ToList();
        var imageIds = main.ImageParts.Select(p => main.GetIdOfPart(p)).ToList();

        // logo (twice: image and figure), icon, photo: three files, three parts.
        Assert.Equal(3, imageIds.Count);
        Assert.Equal(imageIds.Order(), blips.Distinct().Order());
        Assert.Equal(4, blips.Count);

        var textWidth = (11906 - (2 * 1417)) * 635L;
        foreach (var inline in main.Document.Descendants<Wp.Inline>())
        {
            var extent = inline.Extent!;
            Assert.InRange(extent.Cx!.Value, 1, textWidth);
            Assert.InRange(extent.Cy!.Value, 1, long.MaxValue);
            Assert.False(string.IsNullOrWhiteSpace(inline.DocProperties!.Description?.Value));
        }

        // The 240×120 px logo at 96 dpi prints 2.5 in wide; the 1600 px photo at 72 dpi is scaled down to the text width.
        var logo = main.Document.Descendants<Wp.Inline>().First(i => i.DocProperties!.Description!.Value == "Logo du cours");
        Assert.Equal(240L * 914400 / 96, logo.Extent!.Cx!.Value);
        Assert.Equal(120L * 914400 / 96, logo.Extent.Cy!.Value);
        var photo = main.Document.Descendants<Wp.Inline>().First(i => i.DocProperties!.Description!.Value == "Une grande photo");
        Assert.Equal(textWidth, photo.Extent!.Cx!.Value, 1.0);
        Assert.Equal(textWidth * 900 / 1600, photo.Extent.Cy!.Value, 1.0);

        // An icon GitBook marks data-size="line" is as tall as a text line (16 CSS pixels).
        var icon = main.Document.Descendants<Wp.Inline>().First(i => i.DocProperties!.Description!.Value == "icône");
        Assert.Equal(16 * 9525, icon.Extent!.Cy!.Value);

        // docPr ids are unique in the document.
        var ids = main.Document.Descendants<Wp.DocProperties>().Select(d => d.Id!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void Remote_image_is_a_linked_placeholder_with_its_url()
    {
        var (sink, context) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        var rel = main.HyperlinkRelationships.Single(r => r.Uri.AbsoluteUri == TestCourse.RemoteImage);
        var link = main.Document!.Descendants<Hyperlink>().Single(h => h.Id?.Value == rel.Id);
        Assert.Contains("Image distante", link.InnerText);
        Assert.Contains(TestCourse.RemoteImage, link.InnerText);
        Assert.Contains(context.Diagnostics.ToList(), d => d.Code == "CW0704");
    }

    [Fact]
    public void Every_internal_hyperlink_targets_an_existing_bookmark()
    {
        var (sink, _) = RunExport(TestCourse.Build(), new ExportOptions { PerChapter = true });
        foreach (var (name, bytes) in sink.Files)
        {
            using var doc = Open(bytes);
            var body = Body(doc);
            var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name!.Value!).ToHashSet();
            var anchors = body.Descendants<Hyperlink>().Where(h => h.Anchor is not null).Select(h => h.Anchor!.Value!).ToList();
            Assert.NotEmpty(anchors);
            Assert.All(anchors, a => Assert.Contains(a, bookmarks));
            Assert.Equal(bookmarks.Count, body.Descendants<BookmarkStart>().Count());
        }

        // The links of the text reach the right headings.
        using var full = Open(sink.Files["formation-essai.docx"]);
        var fullBody = Body(full);
        string BookmarkOfHeading(string text) => fullBody.Descendants<Paragraph>()
            .First(p => StyleOf(p)?.StartsWith("Heading", StringComparison.Ordinal) == true && p.InnerText == text)
            .Descendants<BookmarkStart>().Single().Name!.Value!;
        Assert.Equal(BookmarkOfHeading("Deuxième chapitre"), LinkAnchor(fullBody, "vers le chapitre 2"));
        Assert.Equal(BookmarkOfHeading("Section deux"), LinkAnchor(fullBody, "ancre"));
        Assert.Equal(BookmarkOfHeading("Section deux"), LinkAnchor(fullBody, "section deux"));
        Assert.Equal(BookmarkOfHeading("Deuxième chapitre"), LinkAnchor(fullBody, "Deuxième chapitre"));
    }

    [Fact]
    public void External_links_are_hyperlink_relationships()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        var urls = main.HyperlinkRelationships.Where(r => r.IsExternal).Select(r => r.Uri.OriginalString).ToList();
        Assert.Contains("https://example.org/page?a=1&b=2", urls);
        Assert.Contains("https://gitbook.com/", urls.Select(u => new Uri(u).AbsoluteUri));
        Assert.Contains("https://www.youtube.com/watch?v=abc", urls);
        var link = main.Document!.Descendants<Hyperlink>().Single(h => h.InnerText == "lien externe");
        Assert.Equal("https://example.org/page?a=1&b=2", main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri.OriginalString);
    }

    [Fact]
    public void Each_list_has_its_own_numbering_instance_and_ordered_lists_restart()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        var numbering = main.NumberingDefinitionsPart!.Numbering!;
        var instances = numbering.Elements<NumberingInstance>().ToDictionary(n => n.NumberID!.Value);
        var abstracts = numbering.Elements<AbstractNum>().ToDictionary(a => a.AbstractNumberId!.Value);

        // Every abstract definition has 9 levels; one abstract per kind.
        Assert.All(abstracts.Values, a => Assert.Equal(9, a.Elements<Level>().Count()));
        Assert.Equal(abstracts.Count, abstracts.Values.Select(a => a.Elements<Level>().First().NumberingFormat!.Val!.Value).Count());

        int NumIdOf(string text) => Body(doc).Descendants<Paragraph>().First(p => p.InnerText == text).ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        int LevelOf(string text) => Body(doc).Descendants<Paragraph>().First(p => p.InnerText == text).ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value;
        int StartOf(int numId, int level) => instances[numId].Elements<LevelOverride>().Single(o => o.LevelIndex!.Value == level).StartOverrideNumberingValue!.Val!.Value;

        var first = NumIdOf("un");
        Assert.Equal(first, NumIdOf("deux"));
        Assert.Equal(first, NumIdOf("trois"));
        var second = NumIdOf("alpha");
        Assert.NotEqual(first, second);
        Assert.Equal(instances[first].AbstractNumId!.Val!.Value, instances[second].AbstractNumId!.Val!.Value);
        Assert.Equal(1, StartOf(second, 0));
        Assert.Equal(3, StartOf(NumIdOf("trois"[..0] + "quatre"), 0));

        // Nesting: a bullet list at level 1 and an ordered list at level 2, each with its own instance.
        Assert.Equal(1, LevelOf("imbriqué a"));
        Assert.Equal(2, LevelOf("très imbriqué"));
        Assert.NotEqual(first, NumIdOf("imbriqué a"));
        Assert.Equal(1, StartOf(NumIdOf("très imbriqué"), 2));

        // Task lists: a marker-less list and a box in the text.
        var task = Body(doc).Descendants<Paragraph>().First(p => p.InnerText.EndsWith("tâche faite", StringComparison.Ordinal));
        Assert.StartsWith("☒", task.InnerText);
        Assert.StartsWith("☐", Body(doc).Descendants<Paragraph>().First(p => p.InnerText.EndsWith("tâche à faire", StringComparison.Ordinal)).InnerText);
        var taskAbstract = abstracts[instances[task.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value].AbstractNumId!.Val!.Value];
        Assert.Equal(NumberFormatValues.Bullet, taskAbstract.Elements<Level>().First().NumberingFormat!.Val!.Value);
        Assert.Equal("\u00A0", taskAbstract.Elements<Level>().First().LevelText!.Val!.Value);
    }

    [Fact]
    public void Learner_edition_holds_no_answer_and_trainer_edition_holds_them_all()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var learner = Open(sink.Files["formation-essai.docx"]);
        using var trainer = Open(sink.Files["formation-essai-trainer.docx"]);
        var learnerText = AllText(learner);
        var trainerText = AllText(trainer);
        string[] secrets = [TestCourse.ShortAnswerSecret, TestCourse.ChoiceFeedbackSecret, TestCourse.GeneralFeedbackSecret, TestCourse.TrueFalseFeedbackSecret, TestCourse.NumericValue, "Bonne réponse", "☑", "Corrigé", "rouge", "→ C", "→ A"];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, learnerText);
            Assert.Contains(secret, trainerText);
        }

        // What the learner needs is there: numbered questions, boxes, lines to write on, a matching table.
        var body = Body(learner);
        var questions = body.Descendants<Paragraph>().Where(p => StyleOf(p) == "QuizQuestion").ToList();
        Assert.Equal(8, questions.Count);
        Assert.All(questions, q => Assert.NotNull(q.ParagraphProperties!.NumberingProperties));
        Assert.Equal(2, questions.Select(q => q.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).Distinct().Count());
        Assert.Equal(8, body.Descendants<Paragraph>().Count(p => StyleOf(p) == "QuizChoice" && p.InnerText.StartsWith('☐')));
        Assert.True(body.Descendants<Paragraph>().Count(p => StyleOf(p) == "AnswerLine") >= 7);
        var matching = body.Descendants<Table>().Single(t => t.InnerText.Contains("Italie", StringComparison.Ordinal));
        Assert.Equal(2, matching.Elements<TableGrid>().Single().Elements<GridColumn>().Count());
        Assert.Contains("A. Berlin", matching.InnerText);
    }

    [Fact]
    public void Footnotes_are_word_footnotes()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        var reference = Body(doc).Descendants<FootnoteReference>().Single();
        var note = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Single(f => f.Id!.Value == reference.Id!.Value);
        Assert.Contains("La note de bas de page.", note.InnerText);
        Assert.NotNull(note.Descendants<FootnoteReferenceMark>().SingleOrDefault());
        Assert.DoesNotContain("La note de bas de page.", Body(doc).InnerText);
    }

    [Fact]
    public void Tables_repeat_their_header_row_and_fill_the_text_width()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var table = Body(doc).Descendants<Table>().First(t => t.InnerText.Contains("Colonne A", StringComparison.Ordinal));
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Equal("CoursewareTable", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        Assert.Equal("5000", table.GetFirstChild<TableProperties>()!.TableWidth!.Width!.Value);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(grid, 9000, 11906 - (2 * 1417));
        Assert.All(rows, r => Assert.InRange(r.Elements<TableCell>().Sum(c => int.Parse(c.TableCellProperties!.TableCellWidth!.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)), 4998, 5002));
        // <br> inside a cell is a line break.
        Assert.NotEmpty(rows[2].Descendants<Break>());
        // Right-aligned column.
        Assert.Equal(JustificationValues.Right, rows[1].Elements<TableCell>().Last().Descendants<Justification>().Single().Val!.Value);
    }

    [Fact]
    public void Styling_comes_from_styles_with_language_and_no_spacing_paragraphs()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var styleIds = styles.Elements<Style>().Select(s => s.StyleId!.Value!).ToHashSet();
        Assert.Equal("fr-FR", styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Val!.Value);
        Assert.Equal("fr-FR", doc.PackageProperties.Language);

        var paragraphs = Body(doc).Descendants<Paragraph>().ToList();
        Assert.All(paragraphs, p => Assert.Contains(StyleOf(p)!, styleIds));
        Assert.All(paragraphs, p => Assert.Null(p.ParagraphProperties?.SpacingBetweenLines));
        Assert.All(Body(doc).Descendants<RunProperties>(), r => Assert.Null(r.FontSize));
        Assert.All(Body(doc).Descendants<RunProperties>(), r => Assert.Null(r.Color));

        // Empty paragraphs exist only where they are the content: lines to write on, rules, empty table cells.
        var empty = paragraphs.Where(p => p.InnerText.Length == 0 && !p.Descendants<Drawing>().Any() && p.Parent is not TableCell).Select(StyleOf).Distinct().ToList();
        Assert.All(empty, s => Assert.Contains(s, new[] { "AnswerLine", "HorizontalRule", "Code", "TableSeparator" }));

        // Hints: one-cell tables in the table style of their kind, a label, then the content in the hint paragraph style.
        var warning = Body(doc).Descendants<Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value == "HintWarningTable");
        var cell = warning.Descendants<TableCell>().Single();
        var inHint = cell.Elements<Paragraph>().ToList();
        Assert.Equal(("HintWarning", "Attention"), (StyleOf(inHint[0]), inHint[0].InnerText));
        Assert.Equal("HintWarning", StyleOf(inHint[1]));
        Assert.Contains(inHint, p => p.InnerText == "point un" && StyleOf(p) == "ListParagraph" && p.ParagraphProperties!.NumberingProperties is not null);
        Assert.Equal("Bon à savoir", paragraphs.First(p => StyleOf(p) == "HintSuccess").InnerText);

        // Two hints in a row stay two tables: Word would join touching tables.
        var info = Body(doc).Descendants<Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value == "HintInfoTable");
        Assert.Equal("TableSeparator", StyleOf(Assert.IsType<Paragraph>(info.PreviousSibling())));

        // Code keeps its spaces.
        Assert.Contains(paragraphs, p => StyleOf(p) == "Code" && p.InnerText == "    return x * 2  # deux espaces gardés");
        Assert.Contains(paragraphs, p => StyleOf(p) == "Quote" && p.InnerText.Contains("citation", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => StyleOf(p) == "Caption" && p.InnerText == "Figure : le logo du cours");
        Assert.Contains(paragraphs, p => StyleOf(p) == "TabTitle" && p.InnerText == "Linux");
        Assert.Contains(paragraphs, p => StyleOf(p) == "TabTitle" && p.InnerText == "Étape 2");
        Assert.Contains(paragraphs, p => StyleOf(p) == "DetailsSummary" && p.InnerText == "Voir la solution");
        Assert.Contains(paragraphs, p => StyleOf(p) == "CodeTitle" && p.InnerText == "exemple.sh");
        Assert.Contains(paragraphs, p => p.InnerText == "Texte inclus depuis un bloc commun.");
        Assert.Contains(paragraphs, p => StyleOf(p) == "LinkCard" && p.InnerText.Contains("Guide à imprimer (guide.pdf)", StringComparison.Ordinal));
        Assert.Contains(Body(doc).Descendants<Run>(), r => r.RunProperties?.RunStyle?.Val?.Value == "Highlight" && r.InnerText == "important");
        Assert.Contains(Body(doc).Descendants<Run>(), r => r.RunProperties?.Strike is not null && r.InnerText == "barré");
        Assert.Contains(Body(doc).Descendants<Run>(), r => r.RunProperties?.RunStyle?.Val?.Value == "CodeChar" && r.InnerText == "code en ligne");
    }

    [Fact]
    public void Title_page_toc_and_settings_are_there()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        var paragraphs = Body(doc).Elements<Paragraph>().ToList();
        Assert.Equal("Title", StyleOf(paragraphs[0]));
        Assert.Equal("Formation d'essai", paragraphs[0].InnerText);
        Assert.Equal("Subtitle", StyleOf(paragraphs[1]));
        Assert.Contains(paragraphs, p => StyleOf(p) == "TOCHeading" && p.InnerText == "Table des matières");

        var toc = paragraphs.Where(p => StyleOf(p)?.StartsWith("TOC", StringComparison.Ordinal) == true && StyleOf(p) != "TOCHeading").ToList();
        Assert.Equal(TestCourse.ExpectedHeadings.Select(h => h.Text), toc.Select(p => p.Descendants<Hyperlink>().First().Descendants<Text>().First().Text));
        Assert.Contains("TOC \\o", toc[0].Descendants<FieldCode>().First().Text);
        Assert.NotNull(toc[^1].Elements<Run>().Last().GetFirstChild<FieldChar>());
        Assert.True(main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);

        // Top-level headings start a new page through their style.
        var heading1 = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.NotNull(heading1.StyleParagraphProperties!.PageBreakBefore);
        Assert.Equal("Équipe pédagogique", doc.PackageProperties.Creator);
        Assert.Equal("Formation d'essai", doc.PackageProperties.Title);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000).UtcDateTime, doc.PackageProperties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public void Number_headings_links_the_heading_styles_to_a_numbering()
    {
        var (sink, _) = RunExport(TestCourse.Build(), new ExportOptions { NumberHeadings = true, Editions = [Edition.Learner] });
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        var heading2 = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Heading2");
        var numId = heading2.StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var num = main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId);
        var abs = main.NumberingDefinitionsPart.Numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == num.AbstractNumId!.Val!.Value);
        Assert.Equal("%1.%2.", abs.Elements<Level>().ElementAt(1).LevelText!.Val!.Value);
        Assert.Equal("Heading2", abs.Elements<Level>().ElementAt(1).ParagraphStyleIdInLevel!.Val!.Value);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes_with_fixed_entry_times()
    {
        var (first, _) = RunExport(TestCourse.Build());
        var (second, _) = RunExport(TestCourse.Build());
        Assert.Equal(first.Files.Keys, second.Files.Keys);
        foreach (var name in first.Files.Keys)
        {
            Assert.Equal(first.Files[name], second.Files[name]);
        }

        var (later, _) = RunExport(TestCourse.Build(), timestamp: ExportContext.TimestampFromEpoch("1800000000"));
        Assert.NotEqual(first.Files["formation-essai.docx"], later.Files["formation-essai.docx"]);

        using var zip = new ZipArchive(new MemoryStream(first.Files["formation-essai.docx"]));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        var stamp = DateTimeOffset.FromUnixTimeSeconds(1700000000).UtcDateTime;
        Assert.All(zip.Entries, e => Assert.Equal(stamp, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Per_chapter_writes_one_document_per_top_level_chapter()
    {
        var (sink, _) = RunExport(TestCourse.Build(), new ExportOptions { PerChapter = true });
        Assert.Equal(
            ["formation-essai-chapter-01-trainer.docx", "formation-essai-chapter-01.docx", "formation-essai-chapter-02-trainer.docx", "formation-essai-chapter-02.docx", "formation-essai-trainer.docx", "formation-essai.docx"],
            sink.Files.Keys.ToArray());
        using var chapter = Open(sink.Files["formation-essai-chapter-01.docx"]);
        Assert.Equal([(1, "Premier chapitre"), (2, "Section un"), (2, "Section deux"), (2, "Sous-page"), (3, "Détail")], Headings(chapter));

        // A link to a page outside this document keeps its text.
        var body = Body(chapter);
        Assert.Contains("vers le chapitre 2", body.InnerText);
        Assert.DoesNotContain(body.Descendants<Hyperlink>(), h => h.InnerText == "vers le chapitre 2");
    }

    [Fact]
    public void English_course_gets_english_labels()
    {
        var (sink, _) = RunExport(TestCourse.Build("en-GB"), new ExportOptions { Editions = [Edition.Trainer] });
        using var doc = Open(sink.Files["formation-essai-trainer.docx"]);
        var text = AllText(doc);
        Assert.Contains("Contents", text);
        Assert.Contains("Quiz answer key", text);
        Assert.Contains("Warning", text);
        Assert.Equal("en-GB", doc.PackageProperties.Language);
    }

    internal static List<(int Level, string Text)> Headings(WordprocessingDocument doc) =>
        [.. Body(doc).Descendants<Paragraph>()
            .Where(p => StyleOf(p) is { } s && s.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (int.Parse(StyleOf(p)!["Heading".Length..], System.Globalization.CultureInfo.InvariantCulture), p.InnerText))];

    private static string LinkAnchor(Body body, string text) =>
        body.Descendants<Hyperlink>().First(h => h.InnerText == text && h.Anchor is not null).Anchor!.Value!;
}

public sealed class CoverageTests
{
    [Fact]
    public void Every_text_of_every_page_reaches_the_document()
    {
        var course = TestCourse.Build();
        var (sink, _) = DocxTestSupport.RunExport(course, new ExportOptions { Editions = [Edition.Learner] });
        using var doc = DocxTestSupport.Open(sink.Files["formation-essai.docx"]);
        var text = DocxRenderer_Collapse(DocxTestSupport.AllText(doc));
        var altTexts = doc.MainDocumentPart!.Document!.Descendants<Wp.DocProperties>().Select(d => d.Description?.Value).ToHashSet();
        var missing = new List<string>();
        foreach (var page in course.Pages)
        {
            foreach (var literal in page.Document.Descendants<Markdig.Syntax.Inlines.LiteralInline>())
            {
                var value = DocxRenderer_Collapse(literal.Content.ToString());
                if (literal.Parent is Markdig.Syntax.Inlines.LinkInline { IsImage: true })
                {
                    // Alt text lives in the drawing's description (or the placeholder text of a remote image).
                    if (!altTexts.Contains(value) && !text.Contains(value, StringComparison.Ordinal))
                    {
                        missing.Add($"{page.Path}: alt '{value}'");
                    }

                    continue;
                }

                // A content-ref's inner text is its URL; the page title is shown instead, as GitBook does.
                var inContentRef = false;
                Markdig.Syntax.Inlines.ContainerInline? root = literal.Parent;
                while (root?.Parent is not null)
                {
                    root = root.Parent;
                }

                for (Block? block = root?.ParentBlock; block is not null; block = block.Parent)
                {
                    inContentRef |= block is Courseware.Markdown.GitBook.ContentRef.ContentRefBlock;
                }

                if (value.Length > 0 && !inContentRef && !text.Contains(value, StringComparison.Ordinal))
                {
                    missing.Add($"{page.Path}: '{value}'");
                }
            }

            foreach (var code in page.Document.Descendants<Markdig.Syntax.CodeBlock>())
            {
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count).Select(l => DocxRenderer_Collapse(l.ToString())).Where(l => l.Length > 0))
                {
                    if (!text.Contains(line, StringComparison.Ordinal))
                    {
                        missing.Add($"{page.Path}: code '{line}'");
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private static string DocxRenderer_Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public sealed class RemoteImageTests
{
    private sealed class StubHandler(Func<Uri, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<Uri> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request.RequestUri!);
            return Task.FromResult(respond(request.RequestUri!));
        }
    }

    [Fact]
    public void Download_policy_embeds_remote_images_once()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new ByteArrayContent(TestImages.Png(64, 32, 200, 0, 0)) });
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { RemoteAssets = RemoteAssetPolicy.Download }, Http = new HttpClient(handler) };
        new DocxExporter().Export(TestCourse.Build(), context);

        using var doc = DocxTestSupport.Open(sink.Files["formation-essai.docx"]);
        var main = doc.MainDocumentPart!;
        Assert.Equal(4, main.ImageParts.Count());
        var remote = main.Document!.Descendants<Wp.DocProperties>().Single(d => d.Description!.Value == "Image distante");
        Assert.NotNull(remote);
        Assert.Equal([new Uri(TestCourse.RemoteImage)], handler.Requests.Distinct());
        Assert.Equal(2, handler.Requests.Count); // one per edition document, never twice in one document
    }

    [Fact]
    public void Failed_download_is_a_diagnostic_and_a_linked_placeholder()
    {
        var handler = new StubHandler(_ => new HttpResponseMessage(System.Net.HttpStatusCode.NotFound));
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { RemoteAssets = RemoteAssetPolicy.Download, Editions = [Edition.Learner] }, Http = new HttpClient(handler) };
        new DocxExporter().Export(TestCourse.Build(), context);

        Assert.Contains(context.Diagnostics.ToList(), d => d.Code == "CW0705");
        using var doc = DocxTestSupport.Open(sink.Files["formation-essai.docx"]);
        Assert.Equal(3, doc.MainDocumentPart!.ImageParts.Count());
        Assert.Contains(doc.MainDocumentPart.HyperlinkRelationships, r => r.Uri.AbsoluteUri == TestCourse.RemoteImage);
    }

    [Fact]
    public void A_footnote_referenced_twice_is_written_for_each_reference()
    {
        var course = TestCourse.Build();
        var chapter = course.Pages[1];
        var paragraph = chapter.Document.Descendants<ParagraphBlock>().First(p => p.Inline!.Descendants<Markdig.Extensions.Footnotes.FootnoteLink>().Any());
        var link = paragraph.Inline!.Descendants<Markdig.Extensions.Footnotes.FootnoteLink>().First();
        paragraph.Inline!.AppendChild(new Markdig.Extensions.Footnotes.FootnoteLink(link.Footnote));
        var (sink, _) = DocxTestSupport.RunExport(course, new ExportOptions { Editions = [Edition.Learner] });
        using var doc = DocxTestSupport.Open(sink.Files["formation-essai.docx"]);
        var references = DocxTestSupport.Body(doc).Descendants<FootnoteReference>().Select(r => r.Id!.Value).ToList();
        Assert.Equal(2, references.Count);
        Assert.Equal(2, references.Distinct().Count());
        Assert.Equal(2, doc.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Count(f => f.InnerText.Contains("La note de bas de page.", StringComparison.Ordinal)));
    }
}
