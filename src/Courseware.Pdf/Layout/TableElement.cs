namespace Courseware.Pdf.Layout;

/// <summary>
/// A table: its caption above it, then a header row drawn again at the top of every page the table spans, above body rows
/// that split between pages.
/// </summary>
public sealed class TableElement : Element
{
    private readonly Func<Element>? _header;
    private readonly ColumnElement _body = new();
    private bool _started;
    private bool _captionDone;

    /// <param name="header">Makes a fresh header row for each page (rows remember what they drew).</param>
    public TableElement(Func<Element>? header) => _header = header;

    /// <summary>
    /// The caption, drawn above the first rows as the Caption of the Table structure element. It goes to the next page with
    /// the header and the first row rather than stay alone at the bottom of a page, unless it is taller than <see cref="CaptionLimit"/>.
    /// </summary>
    public Element? Caption { get; init; }

    /// <summary>Height above which a caption splits between pages like any text instead of waiting for a page with room for it.</summary>
    public double CaptionLimit { get; init; } = double.PositiveInfinity;

    /// <summary>Space between the caption and the table.</summary>
    public double CaptionSpacing { get; init; } = 4;

    public TableElement AddRow(Element row)
    {
        _body.Add(row);
        return this;
    }

    public override SpacePlan Measure(Size available)
    {
        var top = 0.0;
        if (Caption is not null && !_captionDone)
        {
            var caption = Caption.Measure(available);
            if (caption.IsWrap)
            {
                return SpacePlan.Wrap();
            }

            if (!caption.IsFull)
            {
                return Caption.Measure(new Size(available.Width, CaptionLimit)).IsFull ? SpacePlan.Wrap() : SpacePlan.Partial(available.Width, caption.Height);
            }

            top = caption.Height + CaptionSpacing;
            if (top >= available.Height)
            {
                return SpacePlan.Wrap();
            }
        }

        var rows = MeasureRows(new Size(available.Width, available.Height - top));
        return rows.IsWrap ? rows : rows with { Height = top + rows.Height };
    }

    private SpacePlan MeasureRows(Size available)
    {
        var headerHeight = 0.0;
        if (_header is not null)
        {
            var headerPlan = _header().Measure(available);
            if (!headerPlan.IsFull)
            {
                return SpacePlan.Wrap();
            }

            headerHeight = headerPlan.Height;
        }

        var body = _body.Measure(new Size(available.Width, available.Height - headerHeight));
        if (body.IsWrap && (_body.Count > 0 || _started))
        {
            return SpacePlan.Wrap();
        }

        return body with { Width = available.Width, Height = headerHeight + body.Height };
    }

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        if (Measure(available).IsWrap)
        {
            return;
        }

        canvas.BeginStructure(StructureRole.Table);
        var top = 0.0;
        if (Caption is not null && !_captionDone)
        {
            var caption = Caption.Measure(available);
            canvas.BeginStructure(StructureRole.Caption);
            Caption.Draw(canvas, available);
            canvas.EndStructure();
            if (!caption.IsFull)
            {
                canvas.EndStructure();
                return;
            }

            _captionDone = true;
            top = caption.Height + CaptionSpacing;
        }

        canvas.Translate(0, top);
        var rows = new Size(available.Width, available.Height - top);
        double headerHeight = 0;
        if (_header is not null)
        {
            var header = _header();
            headerHeight = header.Measure(rows).Height;
            header.Draw(canvas, rows);
        }

        canvas.Translate(0, headerHeight);
        _body.Draw(canvas, new Size(rows.Width, rows.Height - headerHeight));
        canvas.Translate(0, -(headerHeight + top));
        canvas.EndStructure();
        _started = true;
    }
}
