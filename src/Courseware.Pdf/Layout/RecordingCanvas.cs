using Courseware.Graphics;
using Courseware.Pdf.Text;

namespace Courseware.Pdf.Layout;

/// <summary>One recorded drawing call, in page coordinates.</summary>
public abstract record DrawCommand;

public sealed record TextCommand(string Text, FontFace Face, double Size, PdfColor Color, double X, double Baseline) : DrawCommand;

public sealed record FillCommand(Rect Rect, PdfColor Color) : DrawCommand;

public sealed record StrokeCommand(Rect Rect, PdfColor Color, double LineWidth) : DrawCommand;

public sealed record LineCommand(double X1, double Y1, double X2, double Y2, PdfColor Color, double LineWidth) : DrawCommand;

public sealed record ImageCommand(ImageData Image, Rect Rect, string AltText) : DrawCommand;

public sealed record BeginLinkCommand(Rect Rect, LinkTarget Target, string Description) : DrawCommand;

public sealed record DestinationCommand(string Name, double Y) : DrawCommand;

/// <summary>Opens a structure element; <paramref name="Resumes"/> when it goes on from the previous page, <paramref name="Numbering"/> for a list, <paramref name="ColumnSpan"/> for a table cell spanning columns.</summary>
public sealed record BeginStructureCommand(StructureRole Role, string? AltText, bool Resumes = false, ListNumbering? Numbering = null, int ColumnSpan = 1, int RowSpan = 1) : DrawCommand;

/// <summary>Ends the current structure element; <paramref name="Suspends"/> when the element goes on on the next page.</summary>
public sealed record EndStructureCommand(bool Suspends = false) : DrawCommand;

/// <summary>A page of recorded drawing calls.</summary>
public sealed class RecordedPage(Size size)
{
    public Size Size { get; } = size;

    public List<DrawCommand> Commands { get; } = [];

    public IEnumerable<TextCommand> Texts => Commands.OfType<TextCommand>();
}

/// <summary>
/// Records drawing calls page by page in absolute page coordinates. The handout is laid out onto this canvas, then
/// replayed onto the PDF canvas once the page count and every destination's page are known (running footers need the
/// total, links need their target page). Layout tests read the recording directly.
/// </summary>
public sealed class RecordingCanvas : IPdfCanvas
{
    private double _dx;
    private double _dy;
    private int _current = -1;

    // Recorded texts that print page numbers: (page index, index of the text command, where the numbers are).
    private readonly List<(int Page, int Command, IReadOnlyList<PageNumberSpan> Numbers)> _pageNumbers = [];

    public List<RecordedPage> Pages { get; } = [];

    /// <summary>
    /// Whether drawing calls are kept (the default). A layout pass that is known not to be the last needs only the pages
    /// and where each destination landed: without the drawing, its many short-lived commands are not made at all.
    /// </summary>
    public bool RecordsDrawing { get; init; } = true;

    /// <summary>Destination name → (0-based page index, y on the page); the first mark of a name wins.</summary>
    public Dictionary<string, (int PageIndex, double Y)> Destinations { get; } = new(StringComparer.Ordinal);

    private RecordedPage Current => _current >= 0 ? Pages[_current] : throw new InvalidOperationException("BeginPage was not called.");

    public void BeginPage(Size pageSize)
    {
        Pages.Add(new RecordedPage(pageSize));
        _current = Pages.Count - 1;
        _dx = 0;
        _dy = 0;
    }

    /// <summary>Goes back to a recorded page to draw more on it (running headers and footers, once the page count is known).</summary>
    public void ReturnToPage(int pageIndex)
    {
        _current = pageIndex;
        _dx = 0;
        _dy = 0;
    }

    public void Translate(double dx, double dy)
    {
        _dx += dx;
        _dy += dy;
    }

    public void DrawText(string text, FontFace face, double size, PdfColor color, double x, double baselineY) =>
        Target?.Add(new TextCommand(text, face, size, color, x + _dx, baselineY + _dy));

    public void FillRectangle(Rect rect, PdfColor color) => Target?.Add(new FillCommand(rect.Offset(_dx, _dy), color));

    public void StrokeRectangle(Rect rect, PdfColor color, double lineWidth) => Target?.Add(new StrokeCommand(rect.Offset(_dx, _dy), color, lineWidth));

    public void DrawLine(double x1, double y1, double x2, double y2, PdfColor color, double lineWidth) =>
        Target?.Add(new LineCommand(x1 + _dx, y1 + _dy, x2 + _dx, y2 + _dy, color, lineWidth));

    public void DrawImage(ImageData image, Rect rect, string altText) => Target?.Add(new ImageCommand(image, rect.Offset(_dx, _dy), altText));

    public void BeginLink(Rect rect, LinkTarget target, string description) => Target?.Add(new BeginLinkCommand(rect.Offset(_dx, _dy), target, description));

    public void MarkDestination(string name, double y)
    {
        Target?.Add(new DestinationCommand(name, y + _dy));
        Destinations.TryAdd(name, (_current, y + _dy));
    }

    public void BeginStructure(StructureRole role, string? altText = null, int columnSpan = 1, int rowSpan = 1) =>
        Target?.Add(altText is null && columnSpan == 1 && rowSpan == 1 ? Begins[(int)role] : new BeginStructureCommand(role, altText, ColumnSpan: columnSpan, RowSpan: rowSpan));

    // Commands without text carry nothing but their kind: one command of each kind serves every page.
    private static readonly BeginStructureCommand[] Begins = [.. Enum.GetValues<StructureRole>().Select(role => new BeginStructureCommand(role, null))];
    private static readonly BeginStructureCommand[] Resumes = [.. Enum.GetValues<StructureRole>().Select(role => new BeginStructureCommand(role, null, Resumes: true))];
    private static readonly EndStructureCommand End = new();
    private static readonly EndStructureCommand Suspend = new(Suspends: true);

    public void EndStructure() => Target?.Add(End);

    public void SuspendStructure() => Target?.Add(Suspend);

    public void ResumeStructure(StructureRole role) => Target?.Add(Resumes[(int)role]);

    public void BeginList(ListNumbering numbering) => Target?.Add(new BeginStructureCommand(StructureRole.List, null, Numbering: numbering));

    /// <summary>Where drawing calls go: the current page's commands, or null when drawing is not kept (the command is then not even made).</summary>
    private List<DrawCommand>? Target
    {
        get
        {
            var page = Current;
            return RecordsDrawing ? page.Commands : null;
        }
    }

    public void MarkPageNumbers(IReadOnlyList<PageNumberSpan> numbers)
    {
        var commands = Current.Commands;
        if (commands.Count > 0 && commands[^1] is TextCommand)
        {
            _pageNumbers.Add((_current, commands.Count - 1, numbers));
        }
    }

    /// <summary>
    /// Prints the page numbers <paramref name="pageOf"/> gives in place of those recorded, in the texts and in the
    /// descriptions of their links. Done only when every new number has as many digits as the old one and every face
    /// involved has digits of one width, so the layout stays exactly as it was; returns false (and changes nothing) otherwise.
    /// </summary>
    public bool RenumberPages(Func<string, int?> pageOf)
    {
        var changes = new List<(int Page, int Command, DrawCommand Replacement)>();
        foreach (var (page, command, numbers) in _pageNumbers)
        {
            var commands = Pages[page].Commands;
            var text = (TextCommand)commands[command];
            if (!text.Face.HasEqualWidthDigits)
            {
                return false;
            }

            var chars = text.Text.ToCharArray();
            foreach (var number in numbers)
            {
                var printed = PageNumberSpan.Format(pageOf(number.Destination));
                if (printed.Length != number.Length)
                {
                    return false;
                }

                printed.CopyTo(chars.AsSpan(number.Start));
            }

            var renumbered = new string(chars);
            changes.Add((page, command, text with { Text = renumbered }));
            // The link around the text is described by the text itself (internal links), so it changes with it.
            if (command > 0 && commands[command - 1] is BeginLinkCommand { Target: LinkTarget.Internal } link)
            {
                if (!string.Equals(link.Description, text.Text.Trim(), StringComparison.Ordinal))
                {
                    return false;
                }

                changes.Add((page, command - 1, link with { Description = renumbered.Trim() }));
            }
        }

        foreach (var (page, command, replacement) in changes)
        {
            Pages[page].Commands[command] = replacement;
        }

        return true;
    }

    /// <summary>
    /// Draws every recorded page onto another canvas. With <paramref name="releasePages"/>, each page's commands are let
    /// go once drawn (when this is their last use), so that their memory is freed while the rest of the file is built
    /// instead of being held to the end.
    /// </summary>
    public void ReplayOnto(IPdfCanvas target, bool releasePages = false)
    {
        foreach (var page in Pages)
        {
            Replay(page, target);
            if (releasePages)
            {
                page.Commands.Clear();
                page.Commands.TrimExcess();
            }
        }
    }

    private static void Replay(RecordedPage page, IPdfCanvas target)
    {
        target.BeginPage(page.Size);
        foreach (var command in page.Commands)
        {
            switch (command)
            {
                case TextCommand t: target.DrawText(t.Text, t.Face, t.Size, t.Color, t.X, t.Baseline); break;
                case FillCommand f: target.FillRectangle(f.Rect, f.Color); break;
                case StrokeCommand s: target.StrokeRectangle(s.Rect, s.Color, s.LineWidth); break;
                case LineCommand l: target.DrawLine(l.X1, l.Y1, l.X2, l.Y2, l.Color, l.LineWidth); break;
                case ImageCommand i: target.DrawImage(i.Image, i.Rect, i.AltText); break;
                case BeginLinkCommand k: target.BeginLink(k.Rect, k.Target, k.Description); break;
                case DestinationCommand d: target.MarkDestination(d.Name, d.Y); break;
                case BeginStructureCommand { Resumes: true } b: target.ResumeStructure(b.Role); break;
                case BeginStructureCommand { Numbering: { } numbering }: target.BeginList(numbering); break;
                case BeginStructureCommand b: target.BeginStructure(b.Role, b.AltText, b.ColumnSpan, b.RowSpan); break;
                case EndStructureCommand { Suspends: true }: target.SuspendStructure(); break;
                case EndStructureCommand: target.EndStructure(); break;
            }
        }
    }
}
