using Courseware.Pdf.Layout;

namespace Courseware.Pdf.Text;

/// <summary>The two families a handout uses.</summary>
public enum FontRole
{
    Body,
    Monospace,
}

/// <summary>How a run of text looks and where it links to.</summary>
public sealed record TextStyle(double Size, FontRole Role = FontRole.Body, bool Bold = false, bool Italic = false)
{
    public PdfColor Color { get; init; } = PdfColor.Black;

    public bool Underline { get; init; }

    public bool Strike { get; init; }

    /// <summary>A highlight drawn behind the text (GitBook <c>mark</c>, inline code).</summary>
    public PdfColor? Background { get; init; }

    public LinkTarget? Link { get; init; }
}

/// <summary>A piece of text with one style.</summary>
public sealed record TextRun(string Text, TextStyle Style)
{
    /// <summary>Where the text prints the page number of a destination, if it does (so a layout can renumber it in place).</summary>
    public PageNumberSpan? PageNumber { get; init; }
}

/// <summary>
/// Characters [<paramref name="Start"/>, <paramref name="Start"/> + <paramref name="Length"/>) of a text print the page
/// number of <paramref name="Destination"/> ("00" while it is not known).
/// </summary>
public sealed record PageNumberSpan(int Start, int Length, string Destination)
{
    /// <summary>How a page number is printed.</summary>
    public static string Format(int? page) => page?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "00";
}
