using Courseware.Graphics;
using Courseware.Pdf.Text;

namespace Courseware.Pdf.Layout;

/// <summary>Where a link goes: a named place of this document or an external URL.</summary>
public abstract record LinkTarget
{
    private LinkTarget()
    {
    }

    /// <summary>A place marked with <see cref="IPdfCanvas.MarkDestination"/>.</summary>
    public sealed record Internal(string Destination) : LinkTarget;

    /// <summary>A web address or mailto link.</summary>
    public sealed record External(string Url) : LinkTarget;
}

/// <summary>Structure roles for tagged PDF (PDF/UA): what a run of drawing commands means.</summary>
public enum StructureRole
{
    Paragraph,
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    Heading5,
    Heading6,
    List,
    ListItem,

    /// <summary>The bullet, number or box of a list item (Lbl).</summary>
    Label,

    /// <summary>The content of a list item (LBody).</summary>
    ListBody,

    Table,
    TableRow,
    TableHeaderCell,
    TableCell,

    /// <summary>A table's caption, the first child of its Table element.</summary>
    Caption,
    Figure,
    BlockQuote,
    Code,
    Section,
    Artifact,
}

/// <summary>How a list marks its items, as tagged PDF names it (the ListNumbering attribute of an L element).</summary>
public enum ListNumbering
{
    None,
    Disc,
    Circle,
    Square,
    Decimal,
    UpperRoman,
    LowerRoman,
    UpperAlpha,
    LowerAlpha,
}

/// <summary>
/// The drawing surface elements draw on. Coordinates are points from the top-left corner of the current origin;
/// <see cref="Translate"/> moves the origin. Only the PDFsharp adapter turns these calls into PDF.
/// </summary>
public interface IPdfCanvas
{
    /// <summary>Starts a new page; the origin goes back to the page's top-left corner.</summary>
    void BeginPage(Size pageSize);

    /// <summary>Moves the origin by (dx, dy).</summary>
    void Translate(double dx, double dy);

    /// <summary>Draws one run of text in one font face with its baseline at <paramref name="baselineY"/>.</summary>
    void DrawText(string text, FontFace face, double size, PdfColor color, double x, double baselineY);

    void FillRectangle(Rect rect, PdfColor color);

    void StrokeRectangle(Rect rect, PdfColor color, double lineWidth);

    void DrawLine(double x1, double y1, double x2, double y2, PdfColor color, double lineWidth);

    void DrawImage(ImageData image, Rect rect, string altText);

    /// <summary>
    /// Opens a link structure element whose content is what is drawn until the matching <see cref="EndStructure"/>,
    /// and makes <paramref name="rect"/> clickable; <paramref name="description"/> says where the link goes (PDF/UA).
    /// </summary>
    void BeginLink(Rect rect, LinkTarget target, string description);

    /// <summary>Names the current page and vertical position so links, the outline and the table of contents can reach it.</summary>
    void MarkDestination(string name, double y);

    /// <summary>
    /// Opens a structure element (tagged PDF); every Begin has an End on the same page. A table cell spanning columns or rows
    /// gives their number as <paramref name="columnSpan"/> and <paramref name="rowSpan"/> (its /ColSpan and /RowSpan attributes).
    /// </summary>
    void BeginStructure(StructureRole role, string? altText = null, int columnSpan = 1, int rowSpan = 1);

    void EndStructure();

    /// <summary>
    /// Ends the current structure element on this page only: the element goes on on the next page, where
    /// <see cref="ResumeStructure"/> takes it up again, so that a list item or a paragraph broken by the page stays one element.
    /// </summary>
    void SuspendStructure() => EndStructure();

    /// <summary>
    /// Goes on with the element of <paramref name="role"/> that <see cref="SuspendStructure"/> left open on the previous
    /// page (the outermost one still waiting); when there is none, or it has another role, opens a new element.
    /// </summary>
    void ResumeStructure(StructureRole role) => BeginStructure(role);

    /// <summary>Opens a list structure element (L) whose items are marked as <paramref name="numbering"/> says.</summary>
    void BeginList(ListNumbering numbering) => BeginStructure(StructureRole.List);

    /// <summary>
    /// Says that the text drawn last (and the link opened for it, if any) prints page numbers at <paramref name="numbers"/>;
    /// a recording keeps this so the numbers can be changed in place. Other canvases ignore it.
    /// </summary>
    void MarkPageNumbers(IReadOnlyList<PageNumberSpan> numbers)
    {
    }
}
