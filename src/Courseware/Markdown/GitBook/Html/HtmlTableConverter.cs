using AngleSharp.Dom;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>
/// Turns an HTML <c>&lt;table&gt;</c> GitBook wrote into the model's nodes: a Markdig <see cref="Table"/> (so every output shows
/// it as it shows a pipe table) or, for a card view (<c>data-view="cards"</c>), a <see cref="CardsBlock"/>. Cells keep their
/// inline markup, links and images; a <c>&lt;caption&gt;</c> becomes the table's <see cref="TableCaption"/>. A cell spanning
/// columns is one <see cref="TableCell"/> with its <see cref="TableCell.ColumnSpan"/>; a cell spanning rows stays in its first
/// row, and the rows below get an empty cell in its place, so that every cell stays under its own header. A table it cannot
/// render faithfully (a table inside a cell, a card view with a caption) gives null and stays raw HTML.
/// </summary>
internal static class HtmlTableConverter
{
    /// <summary>A colspan or rowspan larger than this is cut to it: a span of thousands is a mistake, not a layout.</summary>
    private const int MaxSpan = 64;

    /// <summary>The table or card view for <paramref name="table"/>, placed at the HTML block's (0-based) line and column; null to keep it raw.</summary>
    public static Block? Convert(IElement table, int line, int column)
    {
        if (table.QuerySelector("table") is not null)
        {
            return null;
        }

        var (header, body) = Rows(table);
        if (header.Count + body.Count == 0)
        {
            return null;
        }

        var caption = table.Children.FirstOrDefault(c => c.LocalName == "caption");
        if (string.Equals(table.GetAttribute("data-view")?.Trim(), "cards", StringComparison.OrdinalIgnoreCase))
        {
            return caption is null ? CardView(header, body, line, column) : null;
        }

        var dataTable = DataTable(table, header, body, line, column);
        if (caption is not null && Inlines(caption, line, column) is { FirstChild: not null } captionInlines)
        {
            TableCaption.Set(dataTable, captionInlines);
        }

        return dataTable;
    }

    /// <summary>
    /// The header rows (those of <c>&lt;thead&gt;</c>, or a first row made only of <c>&lt;th&gt;</c>) and the other rows, in order.
    /// </summary>
    private static (List<IElement> Header, List<IElement> Body) Rows(IElement table)
    {
        var header = new List<IElement>();
        var body = new List<IElement>();
        foreach (var child in table.Children)
        {
            switch (child.LocalName)
            {
                case "thead":
                    header.AddRange(child.Children.Where(r => r.LocalName == "tr"));
                    break;
                case "tbody" or "tfoot":
                    body.AddRange(child.Children.Where(r => r.LocalName == "tr"));
                    break;
                case "tr":
                    body.Add(child);
                    break;
            }
        }

        // GitBook's "hide header" option keeps an empty header row in the HTML: nothing a reader is shown.
        if (table.HasAttribute("data-header-hidden") && header.All(r => r.TextContent.Trim().Length == 0 && r.QuerySelector("img") is null))
        {
            header.Clear();
            return (header, body);
        }

        if (header.Count == 0 && body.Count > 0 && Cells(body[0]) is { Count: > 0 } first && first.All(c => c.LocalName == "th"))
        {
            header.Add(body[0]);
            body.RemoveAt(0);
        }

        return (header, body);
    }

    private static List<IElement> Cells(IElement row) => [.. row.Children.Where(c => c.LocalName is "th" or "td")];

    private static Table DataTable(IElement element, List<IElement> header, List<IElement> body, int line, int column)
    {
        var table = new Table(null);
        if (element.GetAttribute("role")?.Trim().ToLowerInvariant() is "presentation" or "none")
        {
            LayoutTable.Mark(table);
        }

        // Grid columns still covered by a cell of an earlier row (rowspan), with how many more rows they are covered for and
        // the cell covering them when it can be merged down (one column wide). As in HTML, a rowspan ends with its row group.
        var covered = new List<(int Rows, TableCell? By, bool InHeader)>();
        foreach (var (tr, isHeader) in header.Select(r => (r, true)).Concat(body.Select(r => (r, false))))
        {
            if (!isHeader && covered.Any(c => c.Rows > 0 && c.InHeader))
            {
                // The body starts: what the header rows spanned ends with them.
                covered.Clear();
            }

            var (rowLine, rowColumn) = Place(tr, line, column);
            var row = new TableRow { IsHeader = isHeader, Line = rowLine, Column = rowColumn };
            var coveredHere = covered.Select(c => c.Rows > 0 ? c : default).ToList();
            for (var c = 0; c < covered.Count; c++)
            {
                covered[c] = covered[c] with { Rows = Math.Max(0, covered[c].Rows - 1) };
            }

            var at = 0;
            foreach (var td in Cells(tr))
            {
                // Under a cell that spans rows the row gets an empty cell, so that the next cells stay under their own headers.
                for (; at < coveredHere.Count && coveredHere[at].Rows > 0; at++)
                {
                    row.Add(Placeholder(coveredHere[at], at, isHeader, rowLine, rowColumn));
                }

                var cell = Cell(td, line, column);
                cell.ColumnIndex = at;
                cell.ColumnSpan = Span(td, "colspan");
                row.Add(cell);
                var rowSpan = Span(td, "rowspan");
                for (var c = at; c < at + cell.ColumnSpan; c++)
                {
                    while (covered.Count <= c)
                    {
                        covered.Add(default);
                        coveredHere.Add(default);
                    }

                    if (rowSpan - 1 > covered[c].Rows)
                    {
                        covered[c] = (rowSpan - 1, cell.ColumnSpan == 1 ? cell : null, isHeader);
                    }
                }

                at += cell.ColumnSpan;
            }

            for (; at < coveredHere.Count && coveredHere[at].Rows > 0; at++)
            {
                row.Add(Placeholder(coveredHere[at], at, isHeader, rowLine, rowColumn));
            }

            table.Add(row);
        }

        var columns = table.OfType<TableRow>().Max(Width);
        foreach (var row in table.OfType<TableRow>())
        {
            for (var at = Width(row); at < columns; at++)
            {
                row.Add(new TableCell(null) { ColumnIndex = at, Line = row.Line, Column = row.Column });
            }
        }

        // The alignment of a column is the one its first header cell asks for (GitBook writes <th align="center">); a header
        // cell spanning columns titles a group of columns and says nothing of how each is aligned.
        var alignments = new TableColumnAlign?[columns];
        var grid = 0;
        foreach (var th in header.Count > 0 ? Cells(header[0]) : [])
        {
            var span = Span(th, "colspan");
            if (span == 1)
            {
                alignments[grid] = Alignment(th);
            }

            grid += span;
        }

        foreach (var alignment in alignments)
        {
            table.ColumnDefinitions.Add(new TableColumnDefinition { Alignment = alignment });
        }

        return table;
    }

    private static TableCell Cell(IElement td, int line, int column)
    {
        var (cellLine, cellColumn) = Place(td, line, column);
        var cell = new TableCell(null) { Line = cellLine, Column = cellColumn };
        var inlines = Inlines(td, line, column);
        if (inlines.FirstChild is not null)
        {
            cell.Add(new ParagraphBlock { Inline = inlines, Line = cellLine, Column = cellColumn });
        }

        return cell;
    }

    /// <summary>The number of grid columns <paramref name="row"/> fills.</summary>
    private static int Width(TableRow row) => row.OfType<TableCell>().Sum(c => c.ColumnSpan);

    /// <summary>
    /// The empty cell standing under a cell that spans rows. When that cell can be merged down (see <see cref="CoveredCell"/>),
    /// it counts one more row and the placeholder is marked as covered by it.
    /// </summary>
    private static TableCell Placeholder((int Rows, TableCell? By, bool InHeader) cover, int at, bool isHeader, int line, int column)
    {
        var cell = new TableCell(null) { ColumnIndex = at, Line = line, Column = column };
        if (cover.By is { } by)
        {
            by.RowSpan++;
            CoveredCell.Mark(cell);
        }

        return cell;
    }

    /// <summary>The cell's <c>colspan</c> or <c>rowspan</c>, 1 when missing or unreadable (HTML's <c>rowspan="0"</c>, to the end of the table, is read as 1).</summary>
    private static int Span(IElement td, string attribute) =>
        int.TryParse(td.GetAttribute(attribute)?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var span)
            ? Math.Clamp(span, 1, MaxSpan)
            : 1;

    private static TableColumnAlign? Alignment(IElement th) => th.GetAttribute("align")?.Trim().ToLowerInvariant() switch
    {
        "left" => TableColumnAlign.Left,
        "center" => TableColumnAlign.Center,
        "right" => TableColumnAlign.Right,
        _ => null,
    };

    /// <summary>
    /// One card per body row. The header row says which columns are hidden (<c>data-hidden</c>) and which hold the card's
    /// target (<c>data-card-target</c>) and cover (<c>data-card-cover</c>); the visible cells are the card's text.
    /// </summary>
    private static CardsBlock? CardView(List<IElement> header, List<IElement> body, int line, int column)
    {
        var columns = header.Count > 0 ? Cells(header[0]) : [];
        var cards = new CardsBlock(null);
        foreach (var tr in body)
        {
            var (rowLine, rowColumn) = Place(tr, line, column);
            var card = new CardBlock(null) { Line = rowLine, Column = rowColumn };
            var cells = Cells(tr);
            for (var c = 0; c < cells.Count; c++)
            {
                var th = c < columns.Count ? columns[c] : null;
                if (th?.HasAttribute("data-card-target") == true)
                {
                    card.Target = LinkIn(cells[c], line, column, image: false);
                }
                else if (th?.HasAttribute("data-card-cover") == true)
                {
                    card.Cover = LinkIn(cells[c], line, column, image: true);
                }
                else if (th?.HasAttribute("data-hidden") != true)
                {
                    AddText(card, cells[c], line, column);
                }
            }

            if (card.Title.FirstChild is not null || card.Target is not null || card.Cover is not null)
            {
                cards.Add(card);
            }
        }

        return cards.Count > 0 ? cards : null;
    }

    /// <summary>The first visible cell with something in it is the title; each later one is a paragraph of the card.</summary>
    private static void AddText(CardBlock card, IElement td, int line, int column)
    {
        var inlines = Inlines(td, line, column);
        if (inlines.FirstChild is null)
        {
            return;
        }

        if (card.Title.FirstChild is null && card.Count == 0)
        {
            card.Title = inlines;
            return;
        }

        var (cellLine, cellColumn) = Place(td, line, column);
        card.Add(new ParagraphBlock { Inline = inlines, Line = cellLine, Column = cellColumn });
    }

    /// <summary>
    /// The address a target or cover cell holds: GitBook writes <c>&lt;a href="…"&gt;name&lt;/a&gt;</c>; an image cell may hold
    /// an <c>&lt;img src&gt;</c>. As a link without text (the card's title names it) or as a decorative image.
    /// </summary>
    private static LinkInline? LinkIn(IElement td, int line, int column, bool image)
    {
        var element = td.QuerySelector("a[href], img[src]");
        var url = element?.GetAttribute(element.LocalName == "a" ? "href" : "src")?.Trim();
        if (element is null || string.IsNullOrEmpty(url))
        {
            return null;
        }

        var (linkLine, linkColumn) = Place(element, line, column);
        var link = new LinkInline(url, string.Empty) { IsImage = image, Line = linkLine, Column = linkColumn };
        if (image)
        {
            DecorativeImage.Mark(link);
        }

        return link;
    }

    private static ContainerInline Inlines(IElement td, int line, int column)
    {
        var (cellLine, cellColumn) = Place(td, line, column);
        var inlines = HtmlInlineConverter.PlaceAt(HtmlInlineConverter.Convert(td.ChildNodes), cellLine, cellColumn);
        HtmlInlineConverter.PlaceLinksAndImages(inlines, td.ChildNodes, line, column);
        return inlines;
    }

    private static (int Line, int Column) Place(IElement element, int line, int column) => HtmlInlineConverter.SourcePlace(element, line, column);
}
