namespace Courseware.Pdf.Layout;

/// <summary>A width and height in points (1/72 inch).</summary>
public readonly record struct Size(double Width, double Height)
{
    public static Size Zero { get; } = new(0, 0);
}

/// <summary>A rectangle in points; the origin is the top-left corner and y grows downwards.</summary>
public readonly record struct Rect(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public Rect Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>An opaque RGB colour.</summary>
public readonly record struct PdfColor(byte R, byte G, byte B)
{
    public static PdfColor Black { get; } = new(0, 0, 0);

    public static PdfColor White { get; } = new(255, 255, 255);

    public static PdfColor FromHex(uint rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
}

/// <summary>What an element can do with the space it is offered.</summary>
public enum SpacePlanKind
{
    /// <summary>Nothing fits here: move the element to the next page.</summary>
    Wrap,

    /// <summary>A part fits; the rest goes to the next page.</summary>
    PartialRender,

    /// <summary>Everything left fits.</summary>
    FullRender,
}

/// <summary>The answer of <see cref="Element.Measure"/>: the kind of fit and the size the element will use.</summary>
public readonly record struct SpacePlan(SpacePlanKind Kind, double Width, double Height)
{
    public static SpacePlan Wrap() => new(SpacePlanKind.Wrap, 0, 0);

    public static SpacePlan Partial(double width, double height) => new(SpacePlanKind.PartialRender, width, height);

    public static SpacePlan Full(double width, double height) => new(SpacePlanKind.FullRender, width, height);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    public bool IsFull => Kind == SpacePlanKind.FullRender;
}
