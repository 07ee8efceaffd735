namespace Courseware.Pdf.Layout;

/// <summary>
/// A piece of layout. <see cref="Measure"/> says how much of what is left fits in the offered space (all, a part, nothing)
/// without changing anything; <see cref="Draw"/> then draws exactly that part and remembers where it stopped, so the next
/// page continues from there. Measure and Draw must be called with the same space.
/// </summary>
public abstract class Element
{
    /// <summary>When true, a column moves this element to the next page rather than leave it last on a page (headings).</summary>
    public bool KeepWithNext { get; init; }

    public abstract SpacePlan Measure(Size available);

    public abstract void Draw(IPdfCanvas canvas, Size available);
}
