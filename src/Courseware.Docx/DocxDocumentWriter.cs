using System.Globalization;
using System.Text;
using System.Xml;
using Courseware.Docx.Media;
using Courseware.Docx.ListNumbering;
using Courseware.Docx.Packaging;
using Courseware.Docx.Rendering;
using Courseware.Docx.Rendering.Quizzes;
using Courseware.Docx.Styling;
using Courseware.Docx.WordXml;
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
    private readonly SvgPictures _svgPictures;

    public DocxDocumentWriter(Course course, ExportContext context, Styles? referenceStyles, byte[]? referenceTheme, SvgPictures svgPictures)
    {
        _course = course;
        _context = context;
        _referenceStyles = referenceStyles;
        _referenceTheme = referenceTheme;
        _svgPictures = svgPictures;
    }

    public void Write(DocxDocumentSpec spec, Stream output)
    {
        // The SDK's package only holds the part graph (parts and relationships) while it is built: it is never saved (no
        // auto-save). The large parts are written by our own writers straight into the deterministic zip; the others are
        // serialised once from their elements.
        using var package = new MemoryStream();
        using var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document, autoSave: false);
        document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        using var body = new BodySpool();
        using var footnotes = new BodySpool();
        var built = Build(document, spec, body, footnotes);
        PackageStreamWriter.Write(document, output, _context.Timestamp, part =>
            part == built.Main ? built.WriteDocument
            : part == built.NumberingPart ? built.Numbering.WriteTo
            : part == built.FootnotesPart ? stream => WriteFootnotes(stream, footnotes)
            : built.Media.WriterFor(part));
    }

    /// <summary>The parts of a built document that are written by our own writers, and how.</summary>
    private sealed record BuiltDocument(MainDocumentPart Main, Action<Stream> WriteDocument, NumberingBuilder Numbering, OpenXmlPart? NumberingPart, OpenXmlPart FootnotesPart, MediaStore Media);

    private BuiltDocument Build(WordprocessingDocument document, DocxDocumentSpec spec, BodySpool body, BodySpool footnotes)
    {
        var (pageWidth, pageHeight) = _context.Options.Paper == PaperSize.Letter ? (12240, 15840) : (11906, 16838);
        var textWidthEmu = (long)(pageWidth - (2 * MarginTwips)) * 635;
        var textHeightEmu = (long)(pageHeight - (2 * MarginTwips) - 1200) * 635;
        var labels = DocxLabels.For(_course.Language);

        // 1. Parts with fixed relationship ids (generated ids would differ from run to run).
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        var styles = StyleSheet.Create(_referenceStyles, _course.Language);
        var numbering = new NumberingBuilder(level => styles[StyleIds.Heading(level)]);
        var front = new WordElement("w:body");
        var pages = new WordElement("w:body");
        var media = new MediaStore(main, _course, _context, _svgPictures);
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
            footnotes,
            textWidthEmu,
            textHeightEmu);
        var renderer = new DocxRenderer(setup, front);

        // 2. Title page from the course metadata.
        WriteTitlePage(renderer, spec, labels);

        // 3. The pages, each under a heading at its depth in the tree; each page leaves memory for the spool once rendered.
        using (renderer.Into(pages))
        {
            var top = spec.Pages.Count == 0 ? 0 : spec.Pages.Min(p => p.Depth);
            string? part = null;
            var partNumber = 0;
            foreach (var page in spec.Pages)
            {
                // A SUMMARY.md part gets a title page of its own before its first page, as a book's parts do.
                part = page.Part ?? part;
                if (page == _course.Root && IsOnlyTitle(page))
                {
                    continue;
                }

                if (part is not null)
                {
                    renderer.WritePartTitle(part, "_cwpart" + (++partNumber).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    part = null;
                }

                renderer.RenderPage(page, Math.Max(1, page.Depth - top + (top == 0 ? 0 : 1)));
                body.Flush(pages);
            }

            if (spec.Edition == Edition.Trainer)
            {
                AnswerKeyRenderer.Write(renderer, renderer.Quizzes, "_cwkey");
            }

            body.Flush(pages);
        }

        // 4. Table of contents heading after the title page; its entries (the headings now known) are written with the document.
        var tocEntries = renderer.Headings.Where(h => h.Level <= 3).ToList();
        if (tocEntries.Count > 0)
        {
            renderer.BeginParagraph(StyleIds.TocHeading);
            renderer.WriteText(labels.Contents);
            renderer.EndParagraph();
        }

        // 5. Heading numbering through the heading styles, when asked.
        if (_context.Options.NumberHeadings)
        {
            styles.NumberHeadings(numbering.NewInstance(ListKind.Heading));
        }

        // 6. Styles, numbering, footnotes, settings, theme.
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles.Styles;
        var numberingPart = numbering.IsEmpty ? null : main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        var footnotesPart = main.AddNewPart<FootnotesPart>("rIdFootnotes");
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = BuildSettings(_course.Language);
        if (_referenceTheme is not null)
        {
            using var theme = new MemoryStream(_referenceTheme);
            main.AddNewPart<ThemePart>("rIdTheme").FeedData(theme);
        }

        // 7. Footer with the page number; the title page has none.
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = BuildFooter(renderer, spec.Title);

        // 8. Core properties: title, subject, author, language, fixed dates.
        var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
        {
            WriteCoreProperties(stream, spec);
        }

        // 9. The document part, when the zip is written: the front matter, the table of contents, the spooled body, the page setup.
        void WriteDocument(Stream stream)
        {
            using (var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            {
                var writer = new WordXmlWriter(text);
                writer.Raw(WordXmlWriter.Declaration);
                writer.Raw("<w:document" + WordXmlWriter.NamespaceDeclarations + "><w:body>");
                front.WriteChildrenTo(writer);
                WriteToc(writer, styles, tocEntries);
            }

            body.CopyTo(stream);
            using (var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 10, leaveOpen: true))
            {
                var writer = new WordXmlWriter(text);
                writer.Raw("<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\" />");
                writer.Empty("w:pgSz", "w:w", pageWidth, "w:h", pageHeight);
                writer.Open("w:pgMar");
                writer.Attribute("w:top", MarginTwips);
                writer.Attribute("w:right", MarginTwips);
                writer.Attribute("w:bottom", MarginTwips);
                writer.Attribute("w:left", MarginTwips);
                writer.Raw(" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\" /><w:titlePg /></w:sectPr></w:body></w:document>");
            }
        }

        return new BuiltDocument(main, WriteDocument, numbering, numberingPart, footnotesPart, media);
    }

    /// <summary>
    /// Whether the page holds only its title (and, when they are the course tree, its content-refs): the title page stands
    /// for it. When SUMMARY.md builds the tree, the root's content-refs are links of its own text and keep it as a page.
    /// </summary>
    private bool IsOnlyTitle(Page page) =>
        page.Document.All(b => b is Markdig.Syntax.HeadingBlock { Level: 1 } || _course.IsChapterList(page, b) || b is Markdig.Syntax.LinkReferenceDefinitionGroup);

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
    private static void WriteToc(WordXmlWriter writer, StyleSheet styles, List<WrittenHeading> entries)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            writer.Raw("<w:p><w:pPr>");
            writer.Empty("w:pStyle", "w:val", styles[StyleIds.Toc(entry.Level)]);
            writer.Raw("</w:pPr>");
            if (i == 0)
            {
                writer.Raw("<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\" /></w:r><w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\" /></w:r>");
            }

            writer.Open("w:hyperlink");
            writer.Attribute("w:history", "true");
            writer.Attribute("w:anchor", entry.Bookmark);
            writer.Raw("><w:r><w:t xml:space=\"preserve\">");
            writer.Text(entry.Text);
            writer.Raw("</w:t></w:r><w:r><w:tab /></w:r><w:r><w:fldChar w:fldCharType=\"begin\" /></w:r><w:r><w:instrText xml:space=\"preserve\">");
            writer.Text(" PAGEREF " + entry.Bookmark + " \\h ");
            writer.Raw("</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\" /></w:r><w:r><w:fldChar w:fldCharType=\"end\" /></w:r></w:hyperlink>");
            if (i == entries.Count - 1)
            {
                writer.Raw("<w:r><w:fldChar w:fldCharType=\"end\" /></w:r>");
            }

            writer.Raw("</w:p>");
        }
    }

    /// <summary>The footnotes part: the separators Word expects, then the spooled notes.</summary>
    private static void WriteFootnotes(Stream stream, BodySpool notes)
    {
        const string Spacing = "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\" /></w:pPr>";
        using (var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 10, leaveOpen: true))
        {
            text.Write(WordXmlWriter.Declaration);
            text.Write("<w:footnotes" + WordXmlWriter.NamespaceDeclarations + ">");
            text.Write("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p>" + Spacing + "<w:r><w:separator /></w:r></w:p></w:footnote>");
            text.Write("<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p>" + Spacing + "<w:r><w:continuationSeparator /></w:r></w:p></w:footnote>");
        }

        notes.CopyTo(stream);
        stream.Write("</w:footnotes>"u8);
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
