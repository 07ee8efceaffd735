namespace Courseware.Pdf.Layout;

/// <summary>Empty vertical space, or a horizontal rule across the width when <see cref="RuleColor"/> is set.</summary>
public sealed class SpacerElement : Element
{
    private readonly double _height;
    private bool _done;

    public SpacerElement(double height) => _height = height;

    public PdfColor? RuleColor { get; init; }

    public double RuleWidth { get; init; } = 0.5;

    public override SpacePlan Measure(Size available) =>
        _done ? SpacePlan.Full(0, 0) : _height <= available.Height ? SpacePlan.Full(available.Width, _height) : SpacePlan.Wrap();

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        if (_done || Measure(available).IsWrap)
        {
            return;
        }

        if (RuleColor is { } color)
        {
            canvas.BeginStructure(StructureRole.Artifact);
            canvas.DrawLine(0, _height / 2, available.Width, _height / 2, color, RuleWidth);
            canvas.EndStructure();
        }

        _done = true;
    }
}
