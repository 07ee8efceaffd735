using System.Globalization;
using System.Text;
using Courseware.Diagnostics;
using Courseware.Docx.Media;
using Courseware.Docx.ListNumbering;
using Courseware.Docx.Rendering.Blocks;
using Courseware.Docx.Rendering.GitBook;
using Courseware.Docx.Rendering.Inlines;
using Courseware.Docx.Rendering.Quizzes;
using Courseware.Docx.Styling;
using Courseware.Export;
using Courseware.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Docx.Rendering;

/// <summary>Inline formatting in effect while runs are written.</summary>
internal sealed record RunFormat(bool Bold = false, bool Italic = false, bool Strike = false, bool Superscript = false, bool Subscript = false, string? CharacterStyle = null);

/// <summary>A heading written into the body, for the table of contents.</summary>
internal sealed record WrittenHeading(int Level, string Text, string Bookmark);

/// <summary>
/// Renders Markdig nodes of the course model into WordprocessingML, one renderer class per node type registered here
/// (as Markdig's HtmlRenderer does). Keeps the state of the document being written: where blocks go, the paragraph that
/// receives inlines, run formatting, list nesting, and the shared parts (styles, numbering, media, links, footnotes).
/// </summary>
internal sealed class DocxRenderer : RendererBase
{
    private readonly Stack<OpenXmlCompositeElement> _containers = new();
    private readonly Stack<OpenXmlCompositeElement> _inlineTargets = new();
    private readonly Stack<RunFormat> _formats = new();
    private readonly Stack<string> _bodyStyles = new();
    private readonly Stack<long> _widths = new();
    private readonly Dictionary<string, string> _externalLinks = new(StringComparer.Ordinal);
    private uint _drawingId;
    private int _bookmarkId;

    public DocxRenderer(DocumentSetup setup, Body body)
    {
        Setup = setup;
        _containers.Push(body);
        _formats.Push(new RunFormat());
        _bodyStyles.Push(StyleIds.BodyText);
        _widths.Push(setup.TextWidthEmu);

        // Blocks
        ObjectRenderers.Add(new HeadingRenderer());
        ObjectRenderers.Add(new ParagraphRenderer());
        ObjectRenderers.Add(new ListRenderer());
        ObjectRenderers.Add(new ListItemRenderer());
        ObjectRenderers.Add(new QuoteRenderer());
        ObjectRenderers.Add(new CodeBlockRenderer());
        ObjectRenderers.Add(new ThematicBreakRenderer());
        ObjectRenderers.Add(new HtmlBlockRenderer());
        ObjectRenderers.Add(new TableRenderer());
        ObjectRenderers.Add(new FootnoteGroupRenderer());
        ObjectRenderers.Add(new LinkReferenceDefinitionGroupRenderer());

        // GitBook blocks and quizzes
        ObjectRenderers.Add(new HintRenderer());
        ObjectRenderers.Add(new TabsRenderer());
        ObjectRenderers.Add(new TabRenderer());
        ObjectRenderers.Add(new StepperRenderer());
        ObjectRenderers.Add(new StepRenderer());
        ObjectRenderers.Add(new DetailsRenderer());
        ObjectRenderers.Add(new FigureRenderer());
        ObjectRenderers.Add(new EmbedRenderer());
        ObjectRenderers.Add(new FileRenderer());
        ObjectRenderers.Add(new ContentRefRenderer());
        ObjectRenderers.Add(new CodeTitleRenderer());
        ObjectRenderers.Add(new IncludeRenderer());
        ObjectRenderers.Add(new QuizRenderer());

        // Inlines
        ObjectRenderers.Add(new LiteralRenderer());
        ObjectRenderers.Add(new EmphasisRenderer());
        ObjectRenderers.Add(new CodeInlineRenderer());
        ObjectRenderers.Add(new LineBreakRenderer());
        ObjectRenderers.Add(new HtmlInlineRenderer());
        ObjectRenderers.Add(new HtmlEntityRenderer());
        ObjectRenderers.Add(new AutolinkRenderer());
        ObjectRenderers.Add(new LinkRenderer());
        ObjectRenderers.Add(new TaskListRenderer());
        ObjectRenderers.Add(new FootnoteLinkRenderer());
        ObjectRenderers.Add(new MarkRenderer());

        // Anything else: leaves keep their text so that no content is lost.
        ObjectRenderers.Add(new UnknownLeafBlockRenderer());
        ObjectRenderers.Add(new UnknownLeafInlineRenderer());
    }

    public DocumentSetup Setup { get; }

    public StyleSheet Styles => Setup.Styles;

    public DocxLabels Labels => Setup.Labels;

    public NumberingBuilder Numbering => Setup.Numbering;

    public Edition Edition => Setup.Edition;

    public BookmarkIndex Bookmarks => Setup.Bookmarks;

    /// <summary>The page being rendered.</summary>
    public Page? Page { get; private set; }

    /// <summary>Heading level of the page being rendered (1 for top-level chapters).</summary>
    public int PageLevel { get; private set; } = 1;

    /// <summary>Headings written so far, in order.</summary>
    public List<WrittenHeading> Headings { get; } = [];

    /// <summary>Footnotes written so far, in order.</summary>
    public List<Footnote> Footnotes { get; } = [];

    /// <summary>Quizzes met so far, for the answer key.</summary>
    public List<(Page Page, Courseware.Quizzes.Quiz Quiz)> Quizzes { get; } = [];

    public RunFormat Format => _formats.Peek();

    /// <summary>The paragraph style of ordinary paragraphs at this point (body text, a hint, a table cell, a footnote).</summary>
    public string BodyStyle => _bodyStyles.Peek();

    /// <summary>Width available for images here, in EMU.</summary>
    public long AvailableWidth => _widths.Peek();

    /// <summary>Nesting depth of lists around the current block (0 outside lists).</summary>
    public int ListDepth { get; set; }

    /// <summary>The numbering the next paragraph takes (first paragraph of a list item).</summary>
    public (int NumId, int Level)? PendingNumbering { get; set; }

    /// <summary>The numbering instance of the innermost list being rendered.</summary>
    public int CurrentListNumId { get; set; }

    public SourceLocation Location(MarkdownObject node) =>
        Page is null ? SourceLocation.None : new SourceLocation(Page.Path, node.Line + 1, node.Column + 1);

    public void Report(DiagnosticDescriptor descriptor, MarkdownObject node, params object?[] args) =>
        Setup.Context.Diagnostics.Report(descriptor, Location(node), args);

    public override object Render(MarkdownObject markdownObject)
    {
        Write(markdownObject);
        return _containers.Peek();
    }

    /// <summary>Renders one page: its heading at <paramref name="level"/>, then its blocks.</summary>
    public void RenderPage(Page page, int level)
    {
        Page = page;
        PageLevel = Math.Clamp(level, 1, 6);
        WriteHeading(PageLevel, page.Title, Bookmarks.ForPage(page)!);
        Write(page.Document);
        Page = null;
    }

    /// <summary>Writes a heading paragraph with a bookmark around its text; <paramref name="inlines"/> replace <paramref name="text"/> when given.</summary>
    public Paragraph WriteHeading(int level, string text, string bookmark, ContainerInline? inlines = null)
    {
        var paragraph = BeginParagraph(StyleIds.Heading(level));
        var id = NextBookmarkId();
        paragraph.Append(new BookmarkStart { Id = id.ToString(CultureInfo.InvariantCulture), Name = bookmark });
        if (inlines is null)
        {
            WriteText(text);
        }
        else
        {
            WriteChildren(inlines);
        }

        paragraph.Append(new BookmarkEnd { Id = id.ToString(CultureInfo.InvariantCulture) });
        EndParagraph();
        Headings.Add(new WrittenHeading(level, Collapse(paragraph.InnerText), bookmark));
        return paragraph;
    }

    // ---- Blocks ----

    /// <summary>Starts a paragraph in the current container; inlines go into it until <see cref="EndParagraph"/>.</summary>
    public Paragraph BeginParagraph(string ourStyleId, bool keepNext = false)
    {
        var pPr = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = Styles[ourStyleId] } };
        if (keepNext)
        {
            pPr.KeepNext = new KeepNext();
        }

        if (PendingNumbering is { } numbering)
        {
            pPr.NumberingProperties = new NumberingProperties(
                new NumberingLevelReference { Val = numbering.Level },
                new NumberingId { Val = numbering.NumId });
            PendingNumbering = null;
        }

        var paragraph = new Paragraph(pPr);
        _containers.Peek().Append(paragraph);
        _inlineTargets.Push(paragraph);
        return paragraph;
    }

    public void EndParagraph() => _inlineTargets.Pop();

    /// <summary>The style of an ordinary paragraph here: list item, list continuation, or the body style.</summary>
    public string ParagraphStyle()
    {
        var plain = BodyStyle == StyleIds.BodyText || BodyStyle.StartsWith("Hint", StringComparison.Ordinal);
        if (PendingNumbering is not null)
        {
            return plain ? StyleIds.ListParagraph : BodyStyle;
        }

        return plain && ListDepth > 0 ? StyleIds.ListContinue(ListDepth - 1) : BodyStyle;
    }

    /// <summary>Renders blocks that belong together (a question and its choices) so that a page break never falls inside them.</summary>
    public void KeepTogether(Action render)
    {
        // Counting or skipping children walks the whole container: remember the last child instead.
        var container = _containers.Peek();
        var before = container.LastChild;
        render();
        var added = new List<Paragraph>();
        for (var child = before is null ? container.FirstChild : before.NextSibling(); child is not null; child = child.NextSibling())
        {
            if (child is Paragraph paragraph)
            {
                added.Add(paragraph);
            }
        }

        foreach (var paragraph in added.Take(added.Count - 1))
        {
            var pPr = paragraph.ParagraphProperties ??= new ParagraphProperties();
            pPr.KeepNext ??= new KeepNext();
        }
    }

    /// <summary>Appends a table to the current container. Word joins tables that touch into one, so a separator paragraph keeps two apart.</summary>
    public void AppendTable(Table table)
    {
        var container = _containers.Peek();
        if (container.LastChild is Table)
        {
            container.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = Styles[StyleIds.TableSeparator] })));
        }

        container.Append(table);
    }

    /// <summary>Blocks go into <paramref name="container"/> until disposed.</summary>
    public Scope Into(OpenXmlCompositeElement container, string? bodyStyle = null, long? width = null)
    {
        _containers.Push(container);
        if (bodyStyle is not null)
        {
            _bodyStyles.Push(bodyStyle);
        }

        if (width is not null)
        {
            _widths.Push(width.Value);
        }

        return new Scope(() =>
        {
            _containers.Pop();
            if (bodyStyle is not null)
            {
                _bodyStyles.Pop();
            }

            if (width is not null)
            {
                _widths.Pop();
            }
        });
    }

    /// <summary>Ordinary paragraphs take <paramref name="style"/> until disposed.</summary>
    public Scope WithBodyStyle(string style)
    {
        _bodyStyles.Push(style);
        return new Scope(() => _bodyStyles.Pop());
    }

    /// <summary>Runs take the formatting changed by <paramref name="change"/> until disposed.</summary>
    public Scope WithFormat(Func<RunFormat, RunFormat> change)
    {
        _formats.Push(change(_formats.Peek()));
        return new Scope(() => _formats.Pop());
    }

    /// <summary>Renders content that lives elsewhere (a footnote) without the inline and list state of the current place.</summary>
    public void RenderDetached(OpenXmlCompositeElement container, string bodyStyle, Action render)
    {
        var savedTargets = _inlineTargets.ToArray();
        var (depth, pending, numId) = (ListDepth, PendingNumbering, CurrentListNumId);
        _inlineTargets.Clear();
        (ListDepth, PendingNumbering, CurrentListNumId) = (0, null, 0);
        _formats.Push(new RunFormat());
        using (Into(container, bodyStyle))
        {
            render();
        }

        _formats.Pop();
        (ListDepth, PendingNumbering, CurrentListNumId) = (depth, pending, numId);
        foreach (var target in savedTargets.Reverse())
        {
            _inlineTargets.Push(target);
        }
    }

    // ---- Inlines ----

    /// <summary>Where runs go: the current paragraph or hyperlink. Starts a body paragraph if inline content arrives outside one.</summary>
    public OpenXmlCompositeElement InlineTarget
    {
        get
        {
            if (_inlineTargets.Count == 0)
            {
                BeginParagraph(ParagraphStyle());
            }

            return _inlineTargets.Peek();
        }
    }

    public bool InParagraph => _inlineTargets.Count > 0;

    /// <summary>Runs go into <paramref name="target"/> (a hyperlink) until disposed.</summary>
    public Scope IntoInline(OpenXmlCompositeElement target)
    {
        InlineTarget.Append(target);
        _inlineTargets.Push(target);
        return new Scope(() => _inlineTargets.Pop());
    }

    /// <summary>Writes text with the current formatting; line feeds become breaks, tabs become tabs, control characters are dropped.</summary>
    public void WriteText(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var run = NewRun();
        if (IsPlain(text))
        {
            // Most text has no breaks, tabs or control characters: one text element, no copy.
            run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            InlineTarget.Append(run);
            return;
        }

        var buffer = new StringBuilder();
        void Flush()
        {
            if (buffer.Length > 0)
            {
                run.Append(new Text(buffer.ToString()) { Space = SpaceProcessingModeValues.Preserve });
                buffer.Clear();
            }
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    Flush();
                    run.Append(new Break());
                    break;
                case '\t':
                    Flush();
                    run.Append(new TabChar());
                    break;
                case '\r':
                    break;
                default:
                    if (!char.IsControl(c) && c is not '\uFFFE' and not '\uFFFF')
                    {
                        buffer.Append(c);
                    }

                    break;
            }
        }

        Flush();
        if (run.ChildElements.Count > (run.RunProperties is null ? 0 : 1))
        {
            InlineTarget.Append(run);
        }
    }

    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A run carrying the current formatting (not yet placed).</summary>
    public Run NewRun(RunFormat? format = null)
    {
        var f = format ?? Format;
        var run = new Run();
        if (f != new RunFormat())
        {
            var rPr = new RunProperties();
            if (f.CharacterStyle is not null)
            {
                rPr.RunStyle = new RunStyle { Val = Styles[f.CharacterStyle] };
            }

            if (f.Bold)
            {
                rPr.Bold = new Bold();
            }

            if (f.Italic)
            {
                rPr.Italic = new Italic();
            }

            if (f.Strike)
            {
                rPr.Strike = new Strike();
            }

            if (f.Superscript || f.Subscript)
            {
                rPr.VerticalTextAlignment = new VerticalTextAlignment { Val = f.Superscript ? VerticalPositionValues.Superscript : VerticalPositionValues.Subscript };
            }

            run.RunProperties = rPr;
        }

        return run;
    }

    public void WriteBreak() => InlineTarget.Append(new Run(new Break()));

    /// <summary>Writes a hyperlink to an external URL (one relationship per distinct URL), or plain text when the URL is not usable.</summary>
    public void WriteExternalLink(string url, MarkdownObject node, Action writeContent)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            Report(DiagnosticCodes.DocxInvalidUrl, node, url);
            writeContent();
            return;
        }

        if (!_externalLinks.TryGetValue(uri.AbsoluteUri, out var id))
        {
            id = "rIdLink" + (_externalLinks.Count + 1).ToString(CultureInfo.InvariantCulture);
            Setup.Main.AddHyperlinkRelationship(uri, true, id);
            _externalLinks[uri.AbsoluteUri] = id;
        }

        using (IntoInline(new Hyperlink { Id = id, History = true }))
        using (WithFormat(f => f with { CharacterStyle = StyleIds.Hyperlink }))
        {
            writeContent();
        }
    }

    /// <summary>Writes a hyperlink to a bookmark of this document.</summary>
    public void WriteInternalLink(string bookmark, Action writeContent)
    {
        using (IntoInline(new Hyperlink { Anchor = bookmark, History = true }))
        using (WithFormat(f => f with { CharacterStyle = StyleIds.Hyperlink }))
        {
            writeContent();
        }
    }

    /// <summary>Writes a link to a resolved target: a page or heading of this document, an external URL, or text.</summary>
    public void WriteResolvedLink(ResolvedLink? link, string url, MarkdownObject node, Action writeContent)
    {
        switch (link?.Kind)
        {
            case LinkTargetKind.Page when link.Page is not null && Bookmarks.ForAnchor(link.Page, link.Anchor) is { } target:
                WriteInternalLink(target, writeContent);
                return;
            case LinkTargetKind.Anchor when Page is not null && Bookmarks.ForAnchor(link.Page ?? Page, link.Anchor) is { } target:
                WriteInternalLink(target, writeContent);
                return;
            case LinkTargetKind.External:
                WriteExternalLink(link.ExternalUrl ?? url, node, writeContent);
                return;
            case null when url.StartsWith("#", StringComparison.Ordinal) && Page is not null && Bookmarks.ForAnchor(Page, url[1..]) is { } target:
                WriteInternalLink(target, writeContent);
                return;
            case null when url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase):
                WriteExternalLink(url, node, writeContent);
                return;
            default:
                // Broken links, files and pages outside this document keep their text.
                writeContent();
                return;
        }
    }

    /// <summary>Writes an image (embedded, or a linked placeholder) as an inline drawing in the current paragraph.</summary>
    public void WriteImage(ResolvedLink? link, string source, string description, MarkdownObject node, ImageSizeHint? sizeHint = null)
    {
        EmbeddedImage? image = null;
        Uri? remote = null;
        if (link?.Asset is { IsRemote: false } asset)
        {
            image = Setup.Media.Local(asset, Location(node));
        }
        else if (link?.Asset?.RemoteUrl is { } assetUrl)
        {
            remote = assetUrl;
        }
        else if ((link?.ExternalUrl ?? source) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https")
        {
            remote = parsed;
        }
        else if (link is null || link.Kind == LinkTargetKind.Broken)
        {
            Report(DiagnosticCodes.DocxImageMissing, node, source);
        }

        if (image is null && remote is not null)
        {
            image = Setup.Media.Remote(remote, Location(node));
        }

        if (image is not null)
        {
            var drawing = ImageDrawing.Create(image, ++_drawingId, description, AvailableWidth, Setup.TextHeightEmu, sizeHint);
            InlineTarget.Append(new Run(drawing));
            return;
        }

        // A placeholder a reader can follow: the alt text and the address of the image.
        var label = "[" + Labels.Image + (description.Length > 0 ? " : " + description : string.Empty) + "]";
        if (remote is not null)
        {
            WriteExternalLink(remote.AbsoluteUri, node, () => WriteText(label + " " + remote.AbsoluteUri));
        }
        else
        {
            WriteText(label + " (" + Labels.ImageUnavailable + ")");
        }
    }

    /// <summary>
    /// Writes a footnote reference and its footnote. A note referenced twice is written twice: a Word footnote belongs to
    /// exactly one reference mark.
    /// </summary>
    public void WriteFootnoteReference(Markdig.Extensions.Footnotes.Footnote footnote)
    {
        var id = Footnotes.Count + 1;
        var note = new Footnote { Id = id };
        Footnotes.Add(note);
        RenderDetached(note, StyleIds.FootnoteText, () => WriteChildren(footnote));
        if (note.GetFirstChild<Paragraph>() is not { } first)
        {
            first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = Styles[StyleIds.FootnoteText] }));
            note.Append(first);
        }

        var mark = new Run(new RunProperties(new RunStyle { Val = Styles[StyleIds.FootnoteReference] }), new FootnoteReferenceMark());
        var space = new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve });
        if (first.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(mark);
        }
        else
        {
            first.PrependChild(mark);
        }

        mark.InsertAfterSelf(space);
        InlineTarget.Append(new Run(
            new RunProperties(new RunStyle { Val = Styles[StyleIds.FootnoteReference] }),
            new FootnoteReference { Id = id }));
    }

    public int NextBookmarkId() => ++_bookmarkId;

    /// <summary>Writes the inline content of a leaf block.</summary>
    public void WriteInlines(LeafBlock block)
    {
        if (block.Inline is not null)
        {
            WriteChildren(block.Inline);
        }
    }

    /// <summary>Plain text of inlines (for alt text and titles).</summary>
    public static string PlainText(ContainerInline? inlines)
    {
        if (inlines is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var inline in inlines.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return Collapse(text.ToString());
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Undoes a push when disposed.</summary>
    public readonly struct Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
