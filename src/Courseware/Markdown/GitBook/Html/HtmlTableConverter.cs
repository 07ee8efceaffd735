using AngleSharp.Dom;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>
/// Turns an HTML <c>&lt;table&gt;</c> GitBook wrote into the model's nodes: a Markdig <see cref="Table"/> (so every output shows
/// it as it shows a pipe table) or, for a card view (<c>data-view="cards"</c>), a <see cref="CardsBlock"/>. Cells keep their
/// inline markup, links and images. A table it cannot render faithfully (a table inside a cell, a caption) gives null and stays raw HTML.
/// </summary>
internal static class HtmlTableConverter
{
    /// <summary>More columns than this in one spanned cell are not spread: a colspan of thousands is a mistake, not a layout.</summary>
    private const int MaxColumnSpan = 64;

    /// <summary>The table or card view for <paramref name="table"/>, placed at the HTML block's (0-based) line and column; null to keep it raw.</summary>
    public static Block? Convert(IElement table, int line, int column)
    {
        if (table.QuerySelector("table, caption") is not null)
        {
            return null;
        }

        var (header, body) = Rows(table);
        if (header.Count + body.Count == 0)
        {
            return null;
        }

        return string.Equals(table.GetAttribute("data-view")?.Trim(), "cards", StringComparison.OrdinalIgnoreCase)
            ? CardView(header, body, line, column)
            : DataTable(table, header, body, line, column);
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

        foreach (var (tr, isHeader) in header.Select(r => (r, true)).Concat(body.Select(r => (r, false))))
        {
            var (rowLine, rowColumn) = Place(tr, line, column);
            var row = new TableRow { IsHeader = isHeader, Line = rowLine, Column = rowColumn };
            foreach (var td in Cells(tr))
            {
                row.Add(Cell(td, line, column));

                // A cell spanning columns is followed by empty cells, so that the next cells stay under their own headers.
                for (var extra = ColumnSpan(td) - 1; extra > 0; extra--)
                {
                    row.Add(new TableCell(null) { Line = rowLine, Column = rowColumn });
                }
            }

            table.Add(row);
        }

        var columns = table.OfType<TableRow>().Max(r => r.Count);
        foreach (var row in table.OfType<TableRow>())
        {
            while (row.Count < columns)
            {
                row.Add(new TableCell(null) { Line = row.Line, Column = row.Column });
            }
        }

        // The alignment of a column is the one its first header cell asks for (GitBook writes <th align="center">).
        var firstRow = header.Count > 0 ? Cells(header[0]) : [];
        for (var c = 0; c < columns; c++)
        {
            table.ColumnDefinitions.Add(new TableColumnDefinition { Alignment = c < firstRow.Count ? Alignment(firstRow[c]) : null });
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

    private static int ColumnSpan(IElement td) =>
        int.TryParse(td.GetAttribute("colspan")?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var span)
            ? Math.Clamp(span, 1, MaxColumnSpan)
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
