namespace Courseware.Pdf.Layout;

/// <summary>Children stacked vertically with space between them; splits between and inside children.</summary>
public sealed class ColumnElement : Element
{
    private readonly List<(Element Element, double SpaceBefore)> _children = [];
    private int _current;
    private (Size Available, (SpacePlan Result, List<(int Index, double Top, SpacePlan Plan)> Steps) Plan)? _cache;
    private readonly List<(int Index, double Top, SpacePlan Plan)> _steps = [];

    public ColumnElement Add(Element element, double spaceBefore = 0)
    {
        _children.Add((element, spaceBefore));
        return this;
    }

    public int Count => _children.Count;

    public Element this[int index] => _children[index].Element;

    public override SpacePlan Measure(Size available) => Plan(available).Result;

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        var (_, steps) = Plan(available);
        _cache = null; // drawing moves the children on
        foreach (var step in steps)
        {
            canvas.Translate(0, step.Top);
            _children[step.Index].Element.Draw(canvas, new Size(available.Width, available.Height - step.Top));
            canvas.Translate(0, -step.Top);
            if (step.Plan.IsFull)
            {
                _current = step.Index + 1;
            }
        }
    }

    private (SpacePlan Result, List<(int Index, double Top, SpacePlan Plan)> Steps) Plan(Size available)
    {
        // Measuring is repeated by parents (measure, then draw); children only change when this column draws them.
        if (_cache is { } cached && cached.Available == available)
        {
            return cached.Plan;
        }

        var plan = ComputePlan(available);
        _cache = (available, plan);
        return plan;
    }

    private (SpacePlan Result, List<(int Index, double Top, SpacePlan Plan)> Steps) ComputePlan(Size available)
    {
        // The list of the previous plan is filled again: a plan is only read until the next one is computed (a column
        // is measured again and again, page after page, and a new list each time would be most of its allocations).
        var steps = _steps;
        steps.Clear();
        double y = 0;
        double width = 0;
        for (var i = _current; i < _children.Count; i++)
        {
            // Space is dropped above the first child of a fragment: the parent decides the space above the column,
            // and at the top of a continued page no space is wanted.
            var space = i == _current ? 0 : _children[i].SpaceBefore;
            var top = y + space;
            if (top > available.Height)
            {
                return (Stop(steps, width, y), steps);
            }

            var child = _children[i].Element;
            var plan = child.Measure(new Size(available.Width, available.Height - top));
            if (plan.IsWrap)
            {
                return (Stop(steps, width, y), steps);
            }

            // A kept-with-next child goes to the next page with what follows it; when it is the column's very first
            // child, the whole column moves (a quiz title with its first question).
            if (plan.IsFull && child.KeepWithNext && (i > _current || _current == 0) && !FollowersFit(i, available.Height - top - plan.Height, available.Width))
            {
                return (Stop(steps, width, y), steps);
            }

            steps.Add((i, top, plan));
            width = Math.Max(width, plan.Width);
            y = top + plan.Height;
            if (!plan.IsFull)
            {
                return (SpacePlan.Partial(width, y), steps);
            }
        }

        return (SpacePlan.Full(width, y), steps);
    }

    private static SpacePlan Stop(List<(int Index, double Top, SpacePlan Plan)> steps, double width, double y) =>
        steps.Count == 0 ? SpacePlan.Wrap() : SpacePlan.Partial(width, y);

    /// <summary>Whether the element after <paramref name="index"/> (and after a chain of kept-with-next ones) starts in the space left.</summary>
    private bool FollowersFit(int index, double remaining, double width)
    {
        var next = index + 1;
        if (next >= _children.Count)
        {
            return true;
        }

        var space = _children[next].SpaceBefore;
        if (remaining - space <= 0)
        {
            return false;
        }

        var follower = _children[next].Element;
        var plan = follower.Measure(new Size(width, remaining - space));
        return plan.Kind switch
        {
            SpacePlanKind.Wrap => false,
            SpacePlanKind.FullRender when follower.KeepWithNext => FollowersFit(next, remaining - space - plan.Height, width),
            _ => true,
        };
    }
}
