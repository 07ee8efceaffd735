namespace Courseware.Pdf.Layout;

/// <summary>Padding, background, border and an optional coloured bar on the left around a child; the box repeats on every page it spans.</summary>
public sealed class BoxElement : Element
{
    private readonly Element _child;
    private bool _started;

    public BoxElement(Element child) => _child = child;

    public double PaddingLeft { get; init; }

    public double PaddingTop { get; init; }

    public double PaddingRight { get; init; }

    public double PaddingBottom { get; init; }

    public PdfColor? Background { get; init; }

    public PdfColor? Border { get; init; }

    public PdfColor? LeftBar { get; init; }

    public double LeftBarWidth { get; init; } = 3;

    public StructureRole? Role { get; init; }

    /// <summary>
    /// The narrowest the child is made by the horizontal padding: deeper than that (33 nested quotes), the padding
    /// shrinks, down to nothing, so nested text always keeps a readable width and the layout never runs out of room.
    /// </summary>
    public const double MinimumChildWidth = 120;

    public override SpacePlan Measure(Size available)
    {
        var inner = Inner(available);
        if (inner.Width <= 0 || inner.Height <= 0)
        {
            return SpacePlan.Wrap();
        }

        var plan = _child.Measure(inner);
        return plan.IsWrap ? plan : plan with { Width = available.Width, Height = plan.Height + PaddingTop + PaddingBottom };
    }

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        var plan = Measure(available);
        if (plan.IsWrap)
        {
            return;
        }

        var rect = new Rect(0, 0, available.Width, plan.Height);
        if (Role is { } role)
        {
            // A box broken by the page goes on as the same element on the next page.
            if (_started)
            {
                canvas.ResumeStructure(role);
            }
            else
            {
                canvas.BeginStructure(role);
            }
        }

        _started = true;

        canvas.BeginStructure(StructureRole.Artifact);
        if (Background is { } bg)
        {
            canvas.FillRectangle(rect, bg);
        }

        var (left, _) = HorizontalPadding(available.Width);
        if (LeftBar is { } bar && left >= LeftBarWidth * 2)
        {
            canvas.FillRectangle(rect with { Width = LeftBarWidth }, bar);
        }

        if (Border is { } border)
        {
            canvas.StrokeRectangle(rect, border, 0.6);
        }

        canvas.EndStructure();
        canvas.Translate(left, PaddingTop);
        _child.Draw(canvas, Inner(available));
        canvas.Translate(-left, -PaddingTop);
        if (Role is not null)
        {
            if (plan.IsFull)
            {
                canvas.EndStructure();
            }
            else
            {
                canvas.SuspendStructure();
            }
        }
    }

    private Size Inner(Size available)
    {
        var (left, right) = HorizontalPadding(available.Width);
        return new(available.Width - left - right, available.Height - PaddingTop - PaddingBottom);
    }

    private (double Left, double Right) HorizontalPadding(double width)
    {
        var padding = PaddingLeft + PaddingRight;
        if (padding <= 0 || width - padding >= MinimumChildWidth)
        {
            return (PaddingLeft, PaddingRight);
        }

        var scale = Math.Max(0, width - MinimumChildWidth) / padding;
        return (PaddingLeft * scale, PaddingRight * scale);
    }
}
