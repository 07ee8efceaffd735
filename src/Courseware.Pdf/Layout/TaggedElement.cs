namespace Courseware.Pdf.Layout;

/// <summary>
/// Makes what its child draws one structure element (a list, a list item's body) without changing the layout; an
/// element broken by a page goes on on the next page as the same element.
/// </summary>
public sealed class TaggedElement : Element
{
    private readonly Element _child;
    private bool _started;

    public TaggedElement(StructureRole role, Element child)
    {
        Role = role;
        _child = child;
        KeepWithNext = child.KeepWithNext;
    }

    public StructureRole Role { get; }

    /// <summary>For a list: how its items are marked.</summary>
    public ListNumbering? Numbering { get; init; }

    /// <summary>The element goes on in a later sibling marked <see cref="ContinuesEarlierPart"/> (a list item's body printed in two places).</summary>
    public bool ContinuesInLaterPart { get; init; }

    /// <summary>The element is the rest of one an earlier sibling left open with <see cref="ContinuesInLaterPart"/>.</summary>
    public bool ContinuesEarlierPart { get; init; }

    public override SpacePlan Measure(Size available) => _child.Measure(available);

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        var plan = _child.Measure(available);
        if (plan.IsWrap)
        {
            return;
        }

        if (_started || ContinuesEarlierPart)
        {
            canvas.ResumeStructure(Role);
        }
        else if (Numbering is { } numbering)
        {
            canvas.BeginList(numbering);
        }
        else
        {
            canvas.BeginStructure(Role);
        }

        _started = true;
        _child.Draw(canvas, available);
        if (plan.IsFull && !ContinuesInLaterPart)
        {
            canvas.EndStructure();
        }
        else
        {
            canvas.SuspendStructure();
        }
    }
}
