using Courseware.Graphics;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace Courseware.Pdf.Backend;

/// <summary>The one place that turns canvas calls into PDFsharp drawing, links and tagged structure.</summary>
internal sealed class PdfSharpCanvas : IPdfCanvas, IDisposable
{
    private readonly PdfDocument _document;
    private readonly IReadOnlyDictionary<string, (int PageIndex, double Y)> _destinations;
    private readonly StructureBuilder? _structure;
    private readonly Dictionary<(string Key, double Size), XFont> _fonts = [];
    private readonly Dictionary<PdfColor, XSolidBrush> _brushes = [];
    private readonly Dictionary<(PdfColor Color, double Width), XPen> _pens = [];
    private readonly DecodedImages _images;

    // PDFsharp makes a new format object each time XStringFormats.BaseLineLeft is read.
    private readonly XStringFormat _baseLineLeft = XStringFormats.BaseLineLeft;
    private readonly Action<ImageData, string> _imageFailed;
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _dx;
    private double _dy;

    // What this canvas opened in the structure builder, innermost last; suspended entries wait for the next page.
    private readonly List<OpenStructure> _open = [];

    private readonly DateTime _timestamp;
    private readonly FontFace _altTextFace;
    private int _linkCount;

    // Structure parent tree entries of finished pages, set aside while drawing (see SetFinishedPagesAside).
    private readonly List<PdfItem> _finishedParentTree = [];

    // Images whose stand-in's image object in this document already holds the real pixels.
    private readonly HashSet<ImageData> _givenPixels = new(ReferenceEqualityComparer.Instance);

    private readonly HashSet<PdfDictionary> _streamsWithChecksum = new(ReferenceEqualityComparer.Instance);

    /// <summary>Image objects given a PNG's compressed pixels: zlib streams that end with their checksum already.</summary>
    public IReadOnlySet<PdfDictionary> StreamsWithChecksum => _streamsWithChecksum;

    public PdfSharpCanvas(PdfDocument document, IReadOnlyDictionary<string, (int PageIndex, double Y)> destinations, StructureBuilder? structure, Action<ImageData, string> imageFailed, DateTime timestamp, FontFace altTextFace, DecodedImages images)
    {
        _images = images;
        _timestamp = timestamp;
        _altTextFace = altTextFace;
        _document = document;
        _destinations = destinations;
        _structure = structure;
        _imageFailed = imageFailed;
    }

    private XGraphics Gfx => _gfx ?? throw new InvalidOperationException("BeginPage was not called.");

    private PdfPage Page => _page ?? throw new InvalidOperationException("BeginPage was not called.");

    public void BeginPage(Size pageSize)
    {
        KeepOnlySuspendedStructures();
        FinishPage();
        SetFinishedPagesAside();
        _page = _document.AddPage();
        _page.Width = XUnit.FromPoint(pageSize.Width);
        _page.Height = XUnit.FromPoint(pageSize.Height);
        _gfx = XGraphics.FromPdfPage(_page);
        _dx = 0;
        _dy = 0;
    }

    public void Translate(double dx, double dy)
    {
        _dx += dx;
        _dy += dy;
    }

    public void DrawText(string text, FontFace face, double size, PdfColor color, double x, double baselineY)
    {
        EndSuspendedBeforeContent();
        if (!_fonts.TryGetValue((face.Key, size), out var font))
        {
            font = new XFont(face.Key, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Automatic));
            _fonts[(face.Key, size)] = font;
        }

        Gfx.DrawString(text, font, Brush(color), x + _dx, baselineY + _dy, _baseLineLeft);
    }

    public void FillRectangle(Rect rect, PdfColor color)
    {
        EndSuspendedBeforeContent();
        Gfx.DrawRectangle(Brush(color), rect.X + _dx, rect.Y + _dy, rect.Width, rect.Height);
    }

    public void StrokeRectangle(Rect rect, PdfColor color, double lineWidth)
    {
        EndSuspendedBeforeContent();
        Gfx.DrawRectangle(Pen(color, lineWidth), rect.X + _dx, rect.Y + _dy, rect.Width, rect.Height);
    }

    public void DrawLine(double x1, double y1, double x2, double y2, PdfColor color, double lineWidth)
    {
        EndSuspendedBeforeContent();
        Gfx.DrawLine(Pen(color, lineWidth), x1 + _dx, y1 + _dy, x2 + _dx, y2 + _dy);
    }

    // A handout uses a handful of colours and line widths: one brush or pen each, not one per drawing call.
    private XSolidBrush Brush(PdfColor color)
    {
        if (!_brushes.TryGetValue(color, out var brush))
        {
            brush = new XSolidBrush(ToX(color));
            _brushes[color] = brush;
        }

        return brush;
    }

    private XPen Pen(PdfColor color, double lineWidth)
    {
        if (!_pens.TryGetValue((color, lineWidth), out var pen))
        {
            pen = new XPen(ToX(color), lineWidth);
            _pens[(color, lineWidth)] = pen;
        }

        return pen;
    }

    public void DrawImage(ImageData image, Rect rect, string altText)
    {
        EndSuspendedBeforeContent();
        var prepared = _images.Get(image, _imageFailed);
        if (prepared is not null)
        {
            Gfx.DrawImage(prepared.Drawn, rect.X + _dx, rect.Y + _dy, rect.Width, rect.Height);
            if (prepared.Pixels is { } pixels && _givenPixels.Add(image))
            {
                GivePixels(prepared.Drawn, pixels);
            }
        }
        else
        {
            // An image the backend cannot decode: a frame with the alt text in it.
            Gfx.DrawRectangle(new XPen(XColors.Gray, 0.5), rect.X + _dx, rect.Y + _dy, rect.Width, rect.Height);
            if (altText.Length > 0 && rect.Height >= 14)
            {
                DrawText("[" + altText + "]", _altTextFace, Math.Min(9, rect.Height - 4), new PdfColor(90, 90, 90), rect.X + 4, rect.Y + Math.Min(12, rect.Height - 3));
            }
        }
    }

    /// <summary>
    /// Replaces the content of the image object PDFsharp made for a stand-in (just now, on the current page) with the
    /// PNG's compressed pixels, read by the PDF viewer through the PNG predictors.
    /// </summary>
    private void GivePixels(XImage standIn, PngImageStream pixels)
    {
        var xobjects = Page.Resources.Elements.GetDictionary("/XObject");
        var image = xobjects?.Elements.Values.OfType<PdfReference>().Select(r => r.Value).OfType<PdfImage>().FirstOrDefault(i => i.Image == standIn)
            ?? throw new InvalidOperationException("The image object of a drawn image was not found on its page.");
        var decodeParameters = new PdfDictionary();
        decodeParameters.Elements.SetInteger("/Predictor", 15);
        decodeParameters.Elements.SetInteger("/Colors", pixels.Colors);
        decodeParameters.Elements.SetInteger("/BitsPerComponent", PngImageStream.BitsPerComponent);
        decodeParameters.Elements.SetInteger("/Columns", pixels.Width);
        image.Elements.Clear();
        image.Stream = null!;
        image.Elements.SetName("/Type", "/XObject");
        image.Elements.SetName("/Subtype", "/Image");
        image.CreateStream(pixels.Data);
        image.Elements.SetName("/Filter", "/FlateDecode");
        image.Elements["/DecodeParms"] = decodeParameters;
        image.Elements.SetInteger("/Width", pixels.Width);
        image.Elements.SetInteger("/Height", pixels.Height);
        image.Elements.SetInteger("/BitsPerComponent", PngImageStream.BitsPerComponent);
        image.Elements.SetName("/ColorSpace", pixels.ColorSpace);
        image.Elements.SetBoolean("/Interpolate", standIn.Interpolate);
        _streamsWithChecksum.Add(image);
    }

    public void BeginLink(Rect rect, LinkTarget target, string description)
    {
        var r = rect.Offset(_dx, _dy);
        var height = Page.Height.Point;
        var pdfRect = new PdfRectangle(new XPoint(r.X, height - r.Bottom), new XPoint(r.Right, height - r.Y));
        var annotation = target switch
        {
            LinkTarget.External external => PdfLinkAnnotation.CreateWebLink(pdfRect, external.Url),
            // The target page may not exist yet: the annotation names it by number, resolved when the file is written.
            LinkTarget.Internal { Destination: var name } when _destinations.TryGetValue(name, out var dest) =>
                PdfLinkAnnotation.CreateDocumentLink(pdfRect, dest.PageIndex + 1, new XPoint(0, height - Math.Max(0, dest.Y - 12))),
            _ => null,
        };
        if (annotation is not null)
        {
            Stabilize(annotation);
        }

        if (_structure is null)
        {
            if (annotation is not null)
            {
                Page.Annotations.Add(annotation);
            }

            return;
        }

        EndSuspended();
        if (annotation is not null)
        {
            // A Link structure element holding the link text and an object reference to the annotation, which gets
            // its /StructParent: how assistive technology finds and announces links (PDF/UA).
            _structure.BeginElement(annotation, description);
        }
        else
        {
            _structure.BeginElement(PdfInlineLevelElementTag.Span);
        }

        _open.Add(new OpenStructure(null, Suspended: false));
    }

    public void MarkDestination(string name, double y)
    {
        // Destinations were resolved while recording; links and the outline use the recorded positions.
    }

    public void BeginStructure(StructureRole role, string? altText = null, int columnSpan = 1, int rowSpan = 1)
    {
        if (_structure is null)
        {
            return;
        }

        // An artifact is no structure element: it may sit on top of elements waiting for the next page.
        if (role != StructureRole.Artifact)
        {
            EndSuspended();
        }

        switch (role)
        {
            case StructureRole.Artifact: _structure.BeginArtifact(); break;
            case StructureRole.Figure: _structure.BeginElement(PdfIllustrationElementTag.Figure, altText ?? string.Empty, default); break;
            case StructureRole.Section: _structure.BeginElement(PdfGroupingElementTag.Section); break;
            case StructureRole.BlockQuote: _structure.BeginElement(PdfGroupingElementTag.BlockQuotation); break;
            case StructureRole.Caption: _structure.BeginElement(PdfGroupingElementTag.Caption); break;
            default: _structure.BeginElement(BlockTag(role)); break;
        }

        if (columnSpan > 1)
        {
            _structure.SetColSpan(columnSpan);
        }

        if (rowSpan > 1)
        {
            _structure.SetRowSpan(rowSpan);
        }

        _open.Add(new OpenStructure(role, Suspended: false));
    }

    public void BeginList(ListNumbering numbering)
    {
        if (_structure is null)
        {
            return;
        }

        BeginStructure(StructureRole.List);
        // The list attribute owner (/O /List) with how the items are marked, read by assistive technology (PDF/UA).
        var attributes = new PdfDictionary(_document);
        attributes.Elements.SetName("/O", "/List");
        attributes.Elements.SetName("/ListNumbering", "/" + numbering.ToString());
        _structure.CurrentStructureElement.Elements["/A"] = attributes;
    }

    public void ResumeStructure(StructureRole role)
    {
        if (_structure is null)
        {
            return;
        }

        // The outermost waiting element goes on when it has this role and only waiting elements are above it.
        var waiting = _open.FindIndex(o => o.Suspended);
        if (waiting >= 0 && _open[waiting].Role == role && role != StructureRole.Artifact && _open.Count - waiting == SuspendedAbove(waiting))
        {
            _open[waiting] = _open[waiting] with { Suspended = false };
            return;
        }

        BeginStructure(role);
    }

    public void SuspendStructure()
    {
        if (_structure is null)
        {
            return;
        }

        var current = _open.FindLastIndex(o => !o.Suspended);
        if (current >= 0 && _open[current].Role is { } role && role != StructureRole.Artifact)
        {
            _open[current] = _open[current] with { Suspended = true };
        }
        else
        {
            EndStructure();
        }
    }

    public void EndStructure()
    {
        if (_structure is null)
        {
            return;
        }

        var current = _open.FindLastIndex(o => !o.Suspended);
        if (current < 0)
        {
            return;
        }

        // Elements left waiting above it were not taken up again: they end first.
        while (_open.Count > current)
        {
            EndInnermost();
        }
    }

    /// <summary>How many entries from <paramref name="index"/> up are suspended.</summary>
    private int SuspendedAbove(int index)
    {
        var count = 0;
        for (var i = index; i < _open.Count && _open[i].Suspended; i++)
        {
            count++;
        }

        return count;
    }

    private void EndInnermost()
    {
        _structure!.End();
        _open.RemoveAt(_open.Count - 1);
    }

    /// <summary>Ends the elements waiting on top of the stack: what comes now is not their continuation.</summary>
    private void EndSuspended()
    {
        while (_open.Count > 0 && _open[^1].Suspended)
        {
            EndInnermost();
        }
    }

    /// <summary>Content drawn while elements wait for the next page belongs to the element around them, not to them.</summary>
    private void EndSuspendedBeforeContent()
    {
        if (_open.Count > 0 && _open[^1].Suspended)
        {
            EndSuspended();
        }
    }

    /// <summary>
    /// At the end of a page: every element not waiting for the next page ends (with whatever is inside it), and the
    /// marked content of the waiting ones is closed in this page's content stream.
    /// </summary>
    private void KeepOnlySuspendedStructures()
    {
        if (_structure is null)
        {
            return;
        }

        var firstOpen = _open.FindIndex(o => !o.Suspended);
        while (firstOpen >= 0 && _open.Count > firstOpen)
        {
            EndInnermost();
        }

        if (_open.Count > 0 && _gfx is not null)
        {
            _structure.EndMarkedContentsWithId();
        }
    }

    /// <summary>PDFsharp gives each annotation a random name and the current time; both become fixed values so output is reproducible.</summary>
    private void Stabilize(PdfLinkAnnotation annotation)
    {
        _linkCount++;
        annotation.Elements.SetString("/NM", "link-" + _linkCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        annotation.Elements.SetDateTime("/M", _timestamp);
    }

    public void Dispose()
    {
        CloseOpenStructures();
        FinishPage();
        PutFinishedPagesBack();
    }

    /// <summary>
    /// Ends the drawing of the current page and compresses its content stream now rather than when the document is
    /// saved: the uncompressed stream is dropped at once instead of being kept with every other page's until the end.
    /// </summary>
    private void FinishPage()
    {
        if (_gfx is null || _page is null)
        {
            return;
        }

        _gfx.Dispose();
        _gfx = null;
        foreach (var item in _page.Contents.Elements)
        {
            if ((item as PdfReference)?.Value is PdfContent { Stream: { } stream } content && content.Elements.GetName("/Filter").Length == 0)
            {
                ContentStreams.Compress(content, stream.Value);
            }
        }
    }

    /// <summary>
    /// PDFsharp finds the current page's entry in the structure parent tree by scanning every entry each time it tags
    /// content, which makes tagging cost the square of the page count. Entries of finished pages are never looked at
    /// again, so they wait aside until every page is drawn and then go back in their order.
    /// </summary>
    private void SetFinishedPagesAside()
    {
        if (ParentTreeEntries() is { } entries)
        {
            _finishedParentTree.AddRange(entries.Elements);
            entries.Elements.Clear();
        }
    }

    private void PutFinishedPagesBack()
    {
        if (_finishedParentTree.Count > 0 && ParentTreeEntries() is { } entries)
        {
            var current = entries.Elements.ToList();
            entries.Elements.Clear();
            foreach (var item in _finishedParentTree.Concat(current))
            {
                entries.Elements.Add(item);
            }

            _finishedParentTree.Clear();
        }
    }

    private PdfArray? ParentTreeEntries() =>
        _document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")?.Elements.GetDictionary("/ParentTree")?.Elements.GetArray("/Nums");

    private void CloseOpenStructures()
    {
        while (_open.Count > 0)
        {
            EndInnermost();
        }
    }

    private static PdfBlockLevelElementTag BlockTag(StructureRole role) => role switch
    {
        StructureRole.Heading1 => PdfBlockLevelElementTag.Heading1,
        StructureRole.Heading2 => PdfBlockLevelElementTag.Heading2,
        StructureRole.Heading3 => PdfBlockLevelElementTag.Heading3,
        StructureRole.Heading4 => PdfBlockLevelElementTag.Heading4,
        StructureRole.Heading5 => PdfBlockLevelElementTag.Heading5,
        StructureRole.Heading6 => PdfBlockLevelElementTag.Heading6,
        StructureRole.List => PdfBlockLevelElementTag.List,
        StructureRole.ListItem => PdfBlockLevelElementTag.ListItem,
        StructureRole.Label => PdfBlockLevelElementTag.Label,
        StructureRole.ListBody => PdfBlockLevelElementTag.ListBody,
        StructureRole.Table => PdfBlockLevelElementTag.Table,
        StructureRole.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureRole.TableHeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
        StructureRole.TableCell => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    private static XColor ToX(PdfColor c) => XColor.FromArgb(c.R, c.G, c.B);

    /// <summary>An element (or artifact; null role: a link) this canvas opened; suspended while it waits for the next page.</summary>
    private readonly record struct OpenStructure(StructureRole? Role, bool Suspended);
}
