namespace Courseware.Pdf.Layout;

/// <summary>
/// Moves its child whole to the next page rather than split it, when the child is no taller than <see cref="Limit"/>
/// (a quiz question, a figure with its caption, a short hint); a taller child splits as usual.
/// </summary>
public sealed class KeepTogetherElement : Element
{
    private readonly Element _child;
    private bool _started;

    public KeepTogetherElement(Element child, double limit)
    {
        _child = child;
        Limit = limit;
    }

    public double Limit { get; }

    public override SpacePlan Measure(Size available)
    {
        var plan = _child.Measure(available);
        if (_started || plan.IsFull || plan.IsWrap)
        {
            return plan;
        }

        var whole = _child.Measure(new Size(available.Width, Limit));
        return whole.IsFull ? SpacePlan.Wrap() : plan;
    }

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        if (Measure(available).IsWrap)
        {
            return;
        }

        _child.Draw(canvas, available);
        _started = true;
    }
}
