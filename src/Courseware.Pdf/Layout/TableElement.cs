namespace Courseware.Pdf.Layout;

/// <summary>A header row drawn again at the top of every page the table spans, above body rows that split between pages.</summary>
public sealed class TableElement : Element
{
    private readonly Func<Element>? _header;
    private readonly ColumnElement _body = new();
    private bool _started;

    /// <param name="header">Makes a fresh header row for each page (rows remember what they drew).</param>
    public TableElement(Func<Element>? header) => _header = header;

    public TableElement AddRow(Element row)
    {
        _body.Add(row);
        return this;
    }

    public override SpacePlan Measure(Size available)
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
        double headerHeight = 0;
        if (_header is not null)
        {
            var header = _header();
            headerHeight = header.Measure(available).Height;
            header.Draw(canvas, available);
        }

        canvas.Translate(0, headerHeight);
        _body.Draw(canvas, new Size(available.Width, available.Height - headerHeight));
        canvas.Translate(0, -headerHeight);
        canvas.EndStructure();
        _started = true;
    }
}
