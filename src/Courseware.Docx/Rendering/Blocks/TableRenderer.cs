using System.Globalization;
using Courseware.Docx.Styling;
using Courseware.Markdown.GitBook.Html;
using Markdig.Syntax;
using Courseware.Docx.WordXml;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace Courseware.Docx.Rendering.Blocks;

/// <summary>
/// Pipe tables and HTML tables as Word tables in the table style: full text width, header rows repeated on every page, a
/// cell spanning columns as one cell over them (<c>gridSpan</c>), an HTML table's caption in a Table Caption paragraph (pandoc's style, based on Caption) kept with the table.
/// </summary>
internal sealed class TableRenderer : DocxObjectRenderer<MdTable>
{
    protected override void Write(DocxRenderer renderer, MdTable obj)
    {
        var rows = obj.OfType<MdTableRow>().ToList();
        var columns = Math.Max(1, rows.Select(GridWidth).DefaultIfEmpty(1).Max());
        var hasHeader = rows.Count > 0 && rows[0].IsHeader;
        renderer.PendingNumbering = null;
        if (TableCaption.Of(obj) is { } caption)
        {
            renderer.BeginParagraph(StyleIds.TableCaption, keepNext: true);
            renderer.WriteChildren(caption);
            renderer.EndParagraph();
        }

        var weights = ColumnWeights(rows, columns);
        var table = TableBuilder.Create(renderer, columns, hasHeader, weights: weights);
        foreach (var row in rows)
        {
            var tr = TableBuilder.Row(row.IsHeader);
            table.Append(tr);
            var c = 0;
            for (var i = 0; i < row.Count; i++)
            {
                if (row[i] is not MdTableCell mdCell)
                {
                    continue;
                }

                var span = Math.Min(Span(mdCell), columns - c);
                var share = Share(weights, c, span);
                // A cell spanning rows opens a vertical merge; the placeholders under it continue it, empty.
                var covered = CoveredCell.Is(mdCell);
                var cell = TableBuilder.Cell(share, span, covered ? TableBuilder.VerticalMerge.Continue : mdCell.RowSpan > 1 ? TableBuilder.VerticalMerge.Restart : TableBuilder.VerticalMerge.None);
                var cellWidth = (long)(renderer.AvailableWidth * share);
                tr.Append(cell);
                if (covered)
                {
                    TableBuilder.EnsureParagraph(renderer, cell);
                    c += span;
                    continue;
                }

                var align = c < obj.ColumnDefinitions.Count ? obj.ColumnDefinitions[c].Alignment : null;
                using (renderer.Into(cell, StyleIds.TableText, cellWidth))
                {
                    renderer.WriteChildren(mdCell);
                    if (align is MdTableColumnAlign.Center or MdTableColumnAlign.Right)
                    {
                        foreach (var p in cell.Children.OfType<WordParagraph>())
                        {
                            p.Justification = align == MdTableColumnAlign.Center ? "center" : "right";
                        }
                    }
                }

                TableBuilder.EnsureParagraph(renderer, cell);
                c += span;
            }

            // A row with fewer cells than the table has columns is filled with empty cells: Word wants every row to fill the grid.
            for (; c < columns; c++)
            {
                var cell = TableBuilder.Cell(weights[c]);
                tr.Append(cell);
                TableBuilder.EnsureParagraph(renderer, cell);
            }
        }

        renderer.AppendTable(table);
    }

    private static int Span(MdTableCell cell) => Math.Max(1, cell.ColumnSpan);

    /// <summary>The number of grid columns the cells of <paramref name="row"/> fill.</summary>
    private static int GridWidth(MdTableRow row)
    {
        var width = 0;
        for (var i = 0; i < row.Count; i++)
        {
            width += row[i] is MdTableCell cell ? Span(cell) : 0;
        }

        return width;
    }

    /// <summary>The share of the width of <paramref name="span"/> columns from <paramref name="first"/> on.</summary>
    private static double Share(double[] weights, int first, int span)
    {
        var share = 0.0;
        for (var c = first; c < first + span; c++)
        {
            share += weights[c];
        }

        return share;
    }

    /// <summary>
    /// Each column's share of the width, from the longest text it holds (so short columns stay narrow), at least 8 % and its
    /// longest word; a cell spanning columns asks each of them for its share.
    /// </summary>
    private static double[] ColumnWeights(List<MdTableRow> rows, int columns)
    {
        var lengths = new double[columns];
        foreach (var row in rows)
        {
            var c = 0;
            for (var i = 0; i < row.Count; i++)
            {
                if (row[i] is not MdTableCell cell)
                {
                    continue;
                }

                var span = Math.Min(Span(cell), columns - c);
                var text = string.Concat(cell.Descendants<Markdig.Syntax.LeafBlock>().Select(b => DocxRenderer.PlainText(b.Inline)));
                // A column is never narrower than its longest word, so words are not broken across lines.
                var longestWord = DocxRenderer.LongestWord(text);
                var length = Math.Max(Math.Clamp(text.Length, 4, 60), Math.Min(longestWord + 3, 30)) / (double)span;
                for (var spanned = c; spanned < c + span; spanned++)
                {
                    lengths[spanned] = Math.Max(lengths[spanned], length);
                }

                c += span;
            }
        }

        var total = lengths.Sum();
        var weights = lengths.Select(l => total > 0 ? l / total : 1.0 / columns).ToArray();
        for (var c = 0; c < columns; c++)
        {
            weights[c] = Math.Max(weights[c], 0.08);
        }

        var sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }
}

/// <summary>The pieces of a Word table in our table style, shared by Markdown tables and quiz matching tables.</summary>
internal static class TableBuilder
{
    public const string TableName = "w:tbl";

    private static readonly WordMarkup HeaderRowProperties = new("<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>");
    private static readonly WordMarkup BodyRowProperties = new("<w:trPr><w:cantSplit /></w:trPr>");

    public static WordElement Create(DocxRenderer renderer, int columns, bool hasHeader, string styleId = StyleIds.Table, double[]? weights = null)
    {
        var widthTwips = (int)(renderer.AvailableWidth / 635);
        weights ??= [.. Enumerable.Repeat(1.0 / columns, columns)];
        var properties = WordXmlWriter.ToMarkup(writer =>
        {
            writer.Raw("<w:tblPr>");
            writer.Empty("w:tblStyle", "w:val", renderer.Styles[styleId]);
            writer.Raw("<w:tblW w:w=\"5000\" w:type=\"pct\" />");
            // The bit mask form (first row 0x20, no banding 0x200 and 0x400) is read by every Word version and by LibreOffice.
            writer.Empty("w:tblLook", "w:val", hasHeader ? "0620" : "0600");
            writer.Raw("</w:tblPr><w:tblGrid>");
            foreach (var w in weights)
            {
                writer.Empty("w:gridCol", "w:w", (int)(widthTwips * w));
            }

            writer.Raw("</w:tblGrid>");
        });
        return new WordElement(TableName) { Properties = new WordMarkup(properties) };
    }

    public static WordElement Row(bool header) => new("w:tr") { Properties = header ? HeaderRowProperties : BodyRowProperties };

    /// <summary>A cell taking <paramref name="share"/> of the table width (in fiftieths of a percent, as Word counts).</summary>
    public static WordElement Cell(double share) => Cell(share, span: 1);

    /// <summary>Whether a cell opens a vertical merge (a cell spanning rows), continues one (a cell under it), or neither.</summary>
    public enum VerticalMerge
    {
        None,
        Restart,
        Continue,
    }

    /// <summary>A cell taking <paramref name="share"/> of the table width over <paramref name="span"/> grid columns.</summary>
    public static WordElement Cell(double share, int span, VerticalMerge merge = VerticalMerge.None)
    {
        var width = "<w:tcW w:w=\"" + ((int)Math.Round(5000 * share)).ToString(CultureInfo.InvariantCulture) + "\" w:type=\"pct\" />";
        var gridSpan = span > 1 ? "<w:gridSpan w:val=\"" + span.ToString(CultureInfo.InvariantCulture) + "\" />" : string.Empty;
        var vMerge = merge switch
        {
            VerticalMerge.Restart => "<w:vMerge w:val=\"restart\" />",
            VerticalMerge.Continue => "<w:vMerge />",
            _ => string.Empty,
        };
        return new("w:tc") { Properties = new WordMarkup("<w:tcPr>" + width + gridSpan + vMerge + "</w:tcPr>") };
    }

    /// <summary>Word requires a paragraph in every cell.</summary>
    public static void EnsureParagraph(DocxRenderer renderer, WordElement cell)
    {
        if (!cell.Children.Any(child => child is WordParagraph) || cell.LastChild is WordElement { Name: TableName })
        {
            cell.Append(new WordParagraph(renderer.Styles[StyleIds.TableText]));
        }
    }
}
