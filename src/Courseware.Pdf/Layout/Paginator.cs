namespace Courseware.Pdf.Layout;

/// <summary>Page size and margins; with <see cref="MirrorMargins"/> the inner (binding) margin is on the left of odd pages and the right of even ones.</summary>
public sealed record PageGeometry(Size PageSize, double Inner, double Outer, double Top, double Bottom, bool MirrorMargins)
{
    public Rect ContentArea(int pageNumber)
    {
        var left = !MirrorMargins || pageNumber % 2 == 1 ? Inner : Outer;
        var right = left == Inner ? Outer : Inner;
        return new Rect(left, Top, PageSize.Width - left - right, PageSize.Height - Top - Bottom);
    }
}

/// <summary>Thrown when an element does not fit even on an empty page; the layout cannot go on.</summary>
public sealed class LayoutOverflowException(string message) : Exception(message);

/// <summary>The paging loop: measures the content against each page's content area, draws what fits, starts a new page for the rest.</summary>
public sealed class Paginator
{
    private readonly IPdfCanvas _canvas;

    public Paginator(IPdfCanvas canvas, PageGeometry geometry)
    {
        _canvas = canvas;
        Geometry = geometry;
    }

    public PageGeometry Geometry { get; }

    /// <summary>Pages started so far (1-based number of the last page).</summary>
    public int PageCount { get; private set; }

    /// <summary>Safety limit against layouts that never finish (a 10,000-page course prints about 31,000 pages).</summary>
    public int MaxPages { get; init; } = 1_000_000;

    /// <summary>Lays <paramref name="content"/> out from the top of a new page; returns the numbers of the first and last pages used.</summary>
    public (int First, int Last) Flow(Element content)
    {
        var first = PageCount + 1;
        var emptyPages = 0;
        while (true)
        {
            NewPage();
            var area = Geometry.ContentArea(PageCount);
            var plan = content.Measure(new Size(area.Width, area.Height));
            if (plan.IsWrap)
            {
                throw new LayoutOverflowException($"content does not fit on an empty page (page {PageCount})");
            }

            _canvas.Translate(area.X, area.Y);
            content.Draw(_canvas, new Size(area.Width, area.Height));
            _canvas.Translate(-area.X, -area.Y);
            if (plan.IsFull)
            {
                return (first, PageCount);
            }

            // Content that claims to go on but fills nothing would ask for pages forever.
            emptyPages = plan.Height <= 0.01 ? emptyPages + 1 : 0;
            if (emptyPages >= 2)
            {
                throw new LayoutOverflowException($"layout makes no progress (page {PageCount})");
            }

            if (PageCount >= MaxPages)
            {
                throw new LayoutOverflowException($"layout did not finish within {MaxPages} pages");
            }
        }
    }

    /// <summary>Starts an empty page (a duplex filler before a chapter).</summary>
    public void NewPage()
    {
        PageCount++;
        _canvas.BeginPage(Geometry.PageSize);
    }
}
