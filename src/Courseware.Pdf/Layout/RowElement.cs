namespace Courseware.Pdf.Layout;

/// <summary>Cells side by side with relative widths (list markers, table rows, two-column worksheets); splits across pages cell by cell.</summary>
public sealed class RowElement : Element
{
    private readonly List<(Element Element, double Weight, double FixedWidth, int ColumnSpan)> _cells = [];
    private readonly List<CellJoin> _joins = [];
    private bool[] _done = [];
    private bool _started;
    private (Size Available, SpacePlan Plan)? _cache;
    private (double Available, double[] Widths, double Gap)? _columns;

    /// <summary>Space between cells.</summary>
    public double Gap { get; init; }

    /// <summary>Grid lines around every cell (tables).</summary>
    public PdfColor? CellBorder { get; init; }

    public PdfColor? Background { get; init; }

    /// <summary>Space inside each cell.</summary>
    public double CellPadding { get; init; }

    public StructureRole? Role { get; init; }

    public StructureRole? CellRole { get; init; }

    /// <summary>Adds a cell of a fixed width in points.</summary>
    public RowElement AddFixed(Element element, double width)
    {
        _cells.Add((element, 0, width, 1));
        _joins.Add(default);
        _done = new bool[_cells.Count];
        _columns = null;
        return this;
    }

    /// <summary>
    /// Adds a cell sharing the width left by fixed cells in proportion to <paramref name="weight"/>; a table cell spanning
    /// columns says how many in <paramref name="columnSpan"/> (its weight is theirs together), for its structure element.
    /// </summary>
    public RowElement AddRelative(Element element, double weight = 1, int columnSpan = 1) => AddRelative(element, weight, columnSpan, default);

    /// <summary>Adds a table cell as <see cref="AddRelative(Element, double, int)"/>, joined to the cells above or below it as <paramref name="join"/> says.</summary>
    public RowElement AddRelative(Element element, double weight, int columnSpan, CellJoin join)
    {
        _cells.Add((element, weight, 0, columnSpan));
        _joins.Add(join);
        _done = new bool[_cells.Count];
        _columns = null;
        return this;
    }

    public IReadOnlyList<double> Widths(double available) => Columns(available).Widths;

    /// <summary>
    /// Cell widths and the gap. When the cells of relative width would get less than <see cref="BoxElement.MinimumChildWidth"/>
    /// (a list nested twenty deep), fixed cells and gaps shrink so that they keep it.
    /// </summary>
    private (double[] Widths, double Gap) Columns(double available)
    {
        // Rows are measured page after page with the same width: the widths are worked out once per width.
        if (_columns is { } known && known.Available == available)
        {
            return (known.Widths, known.Gap);
        }

        // Sums taken in cell order, as the widths always were.
        double fixedWidths = 0;
        double weights = 0;
        foreach (var cell in _cells)
        {
            fixedWidths += cell.FixedWidth;
            weights += cell.Weight;
        }

        var fixedTotal = fixedWidths + (Gap * Math.Max(0, _cells.Count - 1));
        var scale = 1.0;
        if (weights > 0 && fixedTotal > 0 && available - fixedTotal < BoxElement.MinimumChildWidth)
        {
            scale = Math.Max(0, available - BoxElement.MinimumChildWidth) / fixedTotal;
            fixedTotal *= scale;
        }

        var free = Math.Max(0, available - fixedTotal);
        var widths = new double[_cells.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = _cells[i];
            widths[i] = cell.Weight > 0 ? free * cell.Weight / weights : cell.FixedWidth * scale;
        }

        _columns = (available, widths, Gap * scale);
        return (widths, Gap * scale);
    }

    /// <summary>Whether every cell is drawn to its end.</summary>
    private bool AllDone()
    {
        foreach (var done in _done)
        {
            if (!done)
            {
                return false;
            }
        }

        return true;
    }

    public override SpacePlan Measure(Size available)
    {
        if (_cache is { } cached && cached.Available == available)
        {
            return cached.Plan;
        }

        var plan = ComputeMeasure(available);
        _cache = (available, plan);
        return plan;
    }

    private SpacePlan ComputeMeasure(Size available)
    {
        if (AllDone())
        {
            return SpacePlan.Full(0, 0);
        }

        var widths = Widths(available.Width);
        var pad = CellPadding * 2;
        if (available.Height <= pad)
        {
            return SpacePlan.Wrap();
        }

        double height = 0;
        var full = true;
        for (var i = 0; i < _cells.Count; i++)
        {
            if (_done[i])
            {
                continue;
            }

            var plan = _cells[i].Element.Measure(new Size(widths[i] - pad, available.Height - pad));
            if (plan.IsWrap)
            {
                return SpacePlan.Wrap();
            }

            full &= plan.IsFull;
            height = Math.Max(height, plan.Height + pad);
        }

        return full ? SpacePlan.Full(available.Width, height) : SpacePlan.Partial(available.Width, height);
    }

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        var plan = Measure(available);
        if (plan.IsWrap || AllDone())
        {
            return;
        }

        _cache = null;
        var (widths, gap) = Columns(available.Width);
        var pad = CellPadding * 2;
        // A row broken by the page (a list item) goes on as the same element on the next page; table rows, whose
        // cells are tagged page by page, start again.
        var resumes = _started && CellRole is null;
        if (Role is { } role)
        {
            if (resumes)
            {
                canvas.ResumeStructure(role);
            }
            else
            {
                canvas.BeginStructure(role);
            }
        }

        _started = true;
        if (Background is { } bg)
        {
            canvas.BeginStructure(StructureRole.Artifact);
            canvas.FillRectangle(new Rect(0, 0, available.Width, plan.Height), bg);
            canvas.EndStructure();
        }

        double x = 0;
        for (var i = 0; i < _cells.Count; i++)
        {
            // A cell joined to the one above is that cell going on: it is no element of its own.
            var join = _joins[i];
            var tagged = CellRole is not null && !join.JoinsAbove;
            if (tagged)
            {
                canvas.BeginStructure(CellRole!.Value, columnSpan: _cells[i].ColumnSpan, rowSpan: Math.Max(1, join.RowSpan));
            }

            if (!_done[i])
            {
                var cellSize = new Size(widths[i] - pad, available.Height - pad);
                var cellPlan = _cells[i].Element.Measure(cellSize);
                canvas.Translate(x + CellPadding, CellPadding);
                _cells[i].Element.Draw(canvas, cellSize);
                canvas.Translate(-(x + CellPadding), -CellPadding);
                _done[i] = cellPlan.IsFull;
            }

            if (tagged)
            {
                canvas.EndStructure();
            }

            if (CellBorder is { } border)
            {
                canvas.BeginStructure(StructureRole.Artifact);
                if (join.JoinsAbove || join.JoinsBelow)
                {
                    // No line between a cell and the cells it is joined to.
                    var (left, right) = (x, x + widths[i]);
                    canvas.DrawLine(left, 0, left, plan.Height, border, 0.5);
                    canvas.DrawLine(right, 0, right, plan.Height, border, 0.5);
                    if (!join.JoinsAbove)
                    {
                        canvas.DrawLine(left, 0, right, 0, border, 0.5);
                    }

                    if (!join.JoinsBelow)
                    {
                        canvas.DrawLine(left, plan.Height, right, plan.Height, border, 0.5);
                    }
                }
                else
                {
                    canvas.StrokeRectangle(new Rect(x, 0, widths[i], plan.Height), border, 0.5);
                }

                canvas.EndStructure();
            }

            x += widths[i] + gap;
        }

        if (Role is not null)
        {
            if (!plan.IsFull && CellRole is null)
            {
                canvas.SuspendStructure();
            }
            else
            {
                canvas.EndStructure();
            }
        }
    }
}

/// <summary>
/// How a table cell joins the cells above and below it: a cell spanning rows (<see cref="RowSpan"/>, its /RowSpan) is joined
/// to the empty cells under it, which are no structure elements of their own; no line is drawn between joined cells.
/// </summary>
public readonly record struct CellJoin(int RowSpan = 1, bool JoinsAbove = false, bool JoinsBelow = false);
