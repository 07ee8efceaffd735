using System.Globalization;
using System.Text;
using Courseware.Diagnostics;
using Courseware.Docx.ListNumbering;
using Courseware.Docx.Media;
using Courseware.Docx.Rendering.Blocks;
using Courseware.Docx.Rendering.GitBook;
using Courseware.Docx.Rendering.Inlines;
using Courseware.Docx.Rendering.Quizzes;
using Courseware.Docx.Styling;
using Courseware.Docx.WordXml;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
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
    private readonly Stack<WordElement> _containers = new();
    private readonly Stack<WordElement> _inlineTargets = new();
    private readonly Stack<RunFormat> _formats = new();
    private readonly Stack<string> _bodyStyles = new();
    private readonly Stack<long> _widths = new();
    private readonly Dictionary<string, string> _externalLinks = new(StringComparer.Ordinal);
    private readonly Dictionary<RunFormat, string?> _runProperties = [];
    private RunFormat? _lastFormat;
    private string? _lastProperties;
    private uint _drawingId;
    private int _bookmarkId;

    public DocxRenderer(DocumentSetup setup, WordElement body)
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
        ObjectRenderers.Add(new ColumnsRenderer());
        ObjectRenderers.Add(new ColumnRenderer());
        ObjectRenderers.Add(new DetailsRenderer());
        ObjectRenderers.Add(new FigureRenderer());
        ObjectRenderers.Add(new CardsRenderer());
        ObjectRenderers.Add(new EmbedRenderer());
        ObjectRenderers.Add(new FileRenderer());
        ObjectRenderers.Add(new ContentRefRenderer());
        ObjectRenderers.Add(new CodeTitleRenderer());
        ObjectRenderers.Add(new IncludeRenderer());
        ObjectRenderers.Add(new ApiOperationRenderer());
        ObjectRenderers.Add(new ApiSchemasRenderer());
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

    /// <summary>Footnotes written so far (their markup goes to <see cref="DocumentSetup.Footnotes"/>).</summary>
    public int FootnoteCount { get; private set; }

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
        var document = page.Document;
        Bookmarks.Bind(page, document);
        WriteHeading(PageLevel, page.Title, Bookmarks.ForPage(page)!);
        Write(document);
        Page = null;
    }

    /// <summary>Writes a heading paragraph with a bookmark around its text; <paramref name="inlines"/> replace <paramref name="text"/> when given.</summary>
    public WordParagraph WriteHeading(int level, string text, string bookmark, ContainerInline? inlines = null)
    {
        var paragraph = BeginParagraph(StyleIds.Heading(level));
        var id = NextBookmarkId().ToString(CultureInfo.InvariantCulture);
        paragraph.Append(new WordElement("w:bookmarkStart").Attribute("w:name", bookmark).Attribute("w:id", id));
        if (inlines is null)
        {
            WriteText(text);
        }
        else
        {
            WriteChildren(inlines);
        }

        paragraph.Append(new WordElement("w:bookmarkEnd").Attribute("w:id", id));
        EndParagraph();
        Headings.Add(new WrittenHeading(level, PageText.Collapse(paragraph.InnerText()), bookmark));
        return paragraph;
    }

    // ---- Blocks ----

    /// <summary>Starts a paragraph in the current container; inlines go into it until <see cref="EndParagraph"/>.</summary>
    public WordParagraph BeginParagraph(string ourStyleId, bool keepNext = false)
    {
        var paragraph = new WordParagraph(Styles[ourStyleId]) { KeepNext = keepNext, Numbering = PendingNumbering };
        PendingNumbering = null;
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
        var before = container.Count;
        render();
        WordParagraph? previous = null;
        for (var i = before; i < container.Count; i++)
        {
            if (container[i] is WordParagraph paragraph)
            {
                if (previous is not null)
                {
                    previous.KeepNext = true;
                }

                previous = paragraph;
            }
        }
    }

    /// <summary>Appends a table to the current container. Word joins tables that touch into one, so a separator paragraph keeps two apart.</summary>
    public void AppendTable(WordElement table)
    {
        var container = _containers.Peek();
        if (container.LastChild is WordElement { Name: TableBuilder.TableName })
        {
            container.Append(new WordParagraph(Styles[StyleIds.TableSeparator]));
        }

        container.Append(table);
    }

    /// <summary>Blocks go into <paramref name="container"/> until disposed.</summary>
    public Scope Into(WordElement container, string? bodyStyle = null, long? width = null)
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
    public void RenderDetached(WordElement container, string bodyStyle, Action render)
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
    public WordElement InlineTarget
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
    public Scope IntoInline(WordElement target)
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

        var properties = RunProperties(Format);
        if (IsPlain(text))
        {
            // Most text has no breaks, tabs or control characters: one text element, no copy.
            InlineTarget.Append(new WordTextRun(properties, text));
            return;
        }

        var run = new WordRun(properties);

        var buffer = new StringBuilder();
        void Flush()
        {
            if (buffer.Length > 0)
            {
                run.Append(new WordText(buffer.ToString()));
                buffer.Clear();
            }
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    Flush();
                    run.Append(WordMarkup.Break);
                    break;
                case '\t':
                    Flush();
                    run.Append(WordMarkup.Tab);
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
        if (run.Count > 0)
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
    public WordRun NewRun(RunFormat? format = null) => new(RunProperties(format ?? Format));

    /// <summary>The <c>w:rPr</c> markup of a formatting, made once per distinct formatting and shared by its runs.</summary>
    private string? RunProperties(RunFormat format)
    {
        // Consecutive runs mostly share one formatting object: skip the lookup then.
        if (ReferenceEquals(format, _lastFormat))
        {
            return _lastProperties;
        }

        if (!_runProperties.TryGetValue(format, out var markup))
        {
            markup = RunPropertiesMarkup(format);
            _runProperties[format] = markup;
        }

        (_lastFormat, _lastProperties) = (format, markup);
        return markup;
    }

    /// <summary>The <c>w:rPr</c> of a formatting, in schema order; null for plain text.</summary>
    private string? RunPropertiesMarkup(RunFormat f)
    {
        if (f == new RunFormat())
        {
            return null;
        }

        return WordXmlWriter.ToMarkup(writer =>
        {
            writer.Raw("<w:rPr>");
            if (f.CharacterStyle is not null)
            {
                writer.Empty("w:rStyle", "w:val", Styles[f.CharacterStyle]);
            }

            if (f.Bold)
            {
                writer.Raw("<w:b />");
            }

            if (f.Italic)
            {
                writer.Raw("<w:i />");
            }

            if (f.Strike)
            {
                writer.Raw("<w:strike />");
            }

            if (f.Superscript || f.Subscript)
            {
                writer.Empty("w:vertAlign", "w:val", f.Superscript ? "superscript" : "subscript");
            }

            writer.Raw("</w:rPr>");
        });
    }

    public void WriteBreak() => InlineTarget.Append(new WordRun(null).Append(WordMarkup.Break));

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

        using (IntoInline(new WordElement("w:hyperlink").Attribute("w:history", "true").Attribute("r:id", id)))
        using (WithFormat(f => f with { CharacterStyle = StyleIds.Hyperlink }))
        {
            writeContent();
        }
    }

    /// <summary>Writes a hyperlink to a bookmark of this document.</summary>
    public void WriteInternalLink(string bookmark, Action writeContent)
    {
        using (IntoInline(new WordElement("w:hyperlink").Attribute("w:history", "true").Attribute("w:anchor", bookmark)))
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
            InlineTarget.Append(new WordRun(null).Append(new WordMarkup(drawing)));
            return;
        }

        // A placeholder a reader can follow: the alt text and the address of the image.
        var label = "[" + Labels.Image + (description.Length > 0 ? Labels.Colon + description : string.Empty) + "]";
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
        var id = ++FootnoteCount;
        var note = new WordElement("w:footnote").Attribute("w:id", id.ToString(CultureInfo.InvariantCulture));
        RenderDetached(note, StyleIds.FootnoteText, () => WriteChildren(footnote));
        WordParagraph? first = null;
        foreach (var child in note.Children)
        {
            if (child is WordParagraph paragraph)
            {
                first = paragraph;
                break;
            }
        }

        if (first is null)
        {
            first = new WordParagraph(Styles[StyleIds.FootnoteText]);
            note.Append(first);
        }

        var referenceStyle = RunProperties(new RunFormat(CharacterStyle: StyleIds.FootnoteReference));
        first.Insert(0, new WordRun(referenceStyle).Append(new WordMarkup("<w:footnoteRef />")));
        first.Insert(1, new WordRun(null).Append(new WordText(" ")));

        // The note is complete: its markup leaves memory for the footnotes part.
        note.WriteTo(Setup.Footnotes.Writer);
        InlineTarget.Append(new WordRun(referenceStyle).Append(new WordMarkup(WordXmlWriter.ToMarkup(w => w.Empty("w:footnoteReference", "w:id", id)))));
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

        return PageText.Collapse(text.ToString());
    }

    /// <summary>The length of the longest word of <paramref name="text"/>.</summary>
    public static int LongestWord(string text)
    {
        int longest = 0, current = 0;
        foreach (var c in text)
        {
            current = char.IsWhiteSpace(c) ? 0 : current + 1;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    /// <summary>Undoes a push when disposed.</summary>
    public readonly struct Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
