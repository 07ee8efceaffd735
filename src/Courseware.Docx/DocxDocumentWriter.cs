using System.Globalization;
using System.Text;
using System.Xml;
using Courseware.Docx.Media;
using Courseware.Docx.ListNumbering;
using Courseware.Docx.Packaging;
using Courseware.Docx.Rendering;
using Courseware.Docx.Rendering.Quizzes;
using Courseware.Docx.Styling;
using Courseware.Export;
using Courseware.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Courseware.Docx;

/// <summary>What one document holds: which pages, for which edition, under which title.</summary>
internal sealed record DocxDocumentSpec(IReadOnlyList<Page> Pages, Edition Edition, string Title, string? Subtitle);

/// <summary>Writes one .docx document of the course, in numbered phases.</summary>
internal sealed class DocxDocumentWriter
{
    private const int MarginTwips = 1417;
    private readonly Course _course;
    private readonly ExportContext _context;
    private readonly Styles? _referenceStyles;
    private readonly byte[]? _referenceTheme;

    public DocxDocumentWriter(Course course, ExportContext context, Styles? referenceStyles, byte[]? referenceTheme)
    {
        _course = course;
        _context = context;
        _referenceStyles = referenceStyles;
        _referenceTheme = referenceTheme;
    }

    public void Write(DocxDocumentSpec spec, Stream output)
    {
        // The SDK's package only holds the part graph while it is built: it is never saved (no auto-save), the parts are
        // serialised once, straight into the deterministic zip.
        using var package = new MemoryStream();
        using var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: false);
        document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        using var spool = new BodySpool();
        var media = Build(document, spec, spool);
        var main = document.MainDocumentPart!;
        PackageStreamWriter.Write(document, output, _context.Timestamp, part => part == main ? stream => spool.WriteDocument(main.Document, stream) : media.WriterFor(part));
    }

    private MediaStore Build(WordprocessingDocument document, DocxDocumentSpec spec, BodySpool spool)
    {
        var (pageWidth, pageHeight) = _context.Options.Paper == PaperSize.Letter ? (12240, 15840) : (11906, 16838);
        var textWidthEmu = (long)(pageWidth - (2 * MarginTwips)) * 635;
        var textHeightEmu = (long)(pageHeight - (2 * MarginTwips) - 1200) * 635;
        var labels = DocxLabels.For(_course.Language);

        // 1. Parts with fixed relationship ids (generated ids would differ from run to run).
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        var styles = StyleSheet.Create(_referenceStyles, _course.Language);
        var numbering = new NumberingBuilder(level => styles[StyleIds.Heading(level)]);
        var body = new Body();
        main.Document = new Document(body);
        var media = new MediaStore(main, _course, _context);
        var setup = new DocumentSetup(
            _course,
            _context,
            spec.Edition,
            labels,
            styles,
            numbering,
            media,
            new BookmarkIndex(spec.Pages),
            main,
            textWidthEmu,
            textHeightEmu);
        var renderer = new DocxRenderer(setup, body);

        // 2. Title page from the course metadata.
        WriteTitlePage(renderer, spec, labels);

        // 3. Table of contents heading; the entries are filled in once the headings are known (phase 5).
        var tocHeading = renderer.BeginParagraph(StyleIds.TocHeading);
        renderer.WriteText(labels.Contents);
        renderer.EndParagraph();

        // 4. The pages, each under a heading at its depth in the tree; each page leaves the DOM once rendered.
        spool.Start(body);
        var top = spec.Pages.Count == 0 ? 0 : spec.Pages.Min(p => p.Depth);
        foreach (var page in spec.Pages)
        {
            if (page == _course.Root && IsOnlyTitle(page))
            {
                continue;
            }

            renderer.RenderPage(page, Math.Max(1, page.Depth - top + (top == 0 ? 0 : 1)));
            spool.Flush();
        }

        if (spec.Edition == Edition.Trainer)
        {
            AnswerKeyRenderer.Write(renderer, renderer.Quizzes, "_cwkey");
        }

        spool.Flush();

        // 5. Table of contents field, pre-filled so it reads before Word updates it.
        var tocElements = BuildToc(renderer);
        if (tocElements.Count == 0)
        {
            tocHeading.Remove();
        }
        else
        {
            OpenXmlElement anchor = tocHeading;
            foreach (var element in tocElements)
            {
                anchor.InsertAfterSelf(element);
                anchor = element;
            }
        }

        // 6. Heading numbering through the heading styles, when asked.
        if (_context.Options.NumberHeadings)
        {
            styles.NumberHeadings(numbering.NewInstance(ListKind.Heading));
        }

        // 7. Styles, numbering, footnotes, settings, theme.
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles.Styles;
        if (!numbering.IsEmpty)
        {
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
        }

        main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = BuildFootnotes(renderer.Footnotes);
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = BuildSettings(_course.Language);
        if (_referenceTheme is not null)
        {
            using var theme = new MemoryStream(_referenceTheme);
            main.AddNewPart<ThemePart>("rIdTheme").FeedData(theme);
        }

        // 8. Page setup and footer with the page number; the title page has none.
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = BuildFooter(renderer, spec.Title);
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" },
            new PageSize { Width = (uint)pageWidth, Height = (uint)pageHeight },
            new PageMargin { Top = MarginTwips, Bottom = MarginTwips, Left = (uint)MarginTwips, Right = (uint)MarginTwips, Header = 709U, Footer = 709U, Gutter = 0U },
            new TitlePage()));

        // 9. Core properties: title, subject, author, language, fixed dates.
        var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
        {
            WriteCoreProperties(stream, spec);
        }

        return media;
    }

    private static bool IsOnlyTitle(Page page) =>
        page.Document.All(b => b is Markdig.Syntax.HeadingBlock { Level: 1 } || b is Courseware.Markdown.GitBook.ContentRef.ContentRefBlock || b is Markdig.Syntax.LinkReferenceDefinitionGroup);

    private void WriteTitlePage(DocxRenderer renderer, DocxDocumentSpec spec, DocxLabels labels)
    {
        renderer.BeginParagraph(StyleIds.Title);
        renderer.WriteText(spec.Title);
        renderer.EndParagraph();
        if (!string.IsNullOrWhiteSpace(spec.Subtitle))
        {
            renderer.BeginParagraph(StyleIds.Subtitle);
            renderer.WriteText(spec.Subtitle!);
            renderer.EndParagraph();
        }

        if (!string.IsNullOrWhiteSpace(_course.Author))
        {
            renderer.BeginParagraph(StyleIds.Author);
            renderer.WriteText(_course.Author!);
            renderer.EndParagraph();
        }

        renderer.BeginParagraph(StyleIds.Author);
        renderer.WriteText(spec.Edition == Edition.Trainer ? labels.TrainerEdition : labels.LearnerEdition);
        renderer.EndParagraph();
    }

    /// <summary>The TOC field: entries for heading levels 1-3 as hyperlinks to the heading bookmarks, with page-number fields.</summary>
    private static List<Paragraph> BuildToc(DocxRenderer renderer)
    {
        var entries = renderer.Headings.Where(h => h.Level <= 3).ToList();
        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = renderer.Styles[StyleIds.Toc(entry.Level)] }));
            if (i == 0)
            {
                paragraph.Append(
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }),
                    new Run(new FieldCode(" TOC \\o \"1-3\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }),
                    new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
            }

            paragraph.Append(new Hyperlink(
                new Run(new Text(entry.Text) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new TabChar()),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGEREF " + entry.Bookmark + " \\h ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }))
            { Anchor = entry.Bookmark, History = true });
            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            paragraphs.Add(paragraph);
        }

        return paragraphs;
    }

    private static Footnotes BuildFootnotes(IEnumerable<Footnote> notes)
    {
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        foreach (var note in notes)
        {
            footnotes.Append(note);
        }

        return footnotes;
    }

    private static Settings BuildSettings(string language) => new(
        new DefaultTabStop { Val = 709 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new UpdateFieldsOnOpen { Val = true },
        new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }),
        new ThemeFontLanguages { Val = language });

    private static Footer BuildFooter(DocxRenderer renderer, string title) => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = renderer.Styles[StyleIds.Footer] }),
            new Run(new Text(Clean(title) + " — ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("1")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

    private void WriteCoreProperties(Stream stream, DocxDocumentSpec spec)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        const string Dcterms = "http://purl.org/dc/terms/";
        const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = _context.Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(true);
        writer.WriteStartElement("cp", "coreProperties", Cp);
        writer.WriteAttributeString("xmlns", "dc", null, Dc);
        writer.WriteAttributeString("xmlns", "dcterms", null, Dcterms);
        writer.WriteAttributeString("xmlns", "xsi", null, Xsi);
        writer.WriteElementString("dc", "title", Dc, Clean(spec.Title));
        if (!string.IsNullOrWhiteSpace(spec.Subtitle ?? _course.Description))
        {
            writer.WriteElementString("dc", "subject", Dc, Clean(spec.Subtitle ?? _course.Description!));
        }

        if (!string.IsNullOrWhiteSpace(_course.Author))
        {
            writer.WriteElementString("dc", "creator", Dc, Clean(_course.Author!));
        }

        if (!string.IsNullOrWhiteSpace(_course.Description))
        {
            writer.WriteElementString("dc", "description", Dc, Clean(_course.Description!));
        }

        writer.WriteElementString("dc", "language", Dc, Clean(_course.Language));
        foreach (var name in new[] { "created", "modified" })
        {
            writer.WriteStartElement("dcterms", name, Dcterms);
            writer.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            writer.WriteString(date);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Text without the control characters XML cannot hold.</summary>
    private static string Clean(string text) => new([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n')]);
}
