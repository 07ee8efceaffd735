using System.Globalization;
using Courseware.Docx.Styling;
using Markdig.Syntax;
using DocumentFormat.OpenXml.Wordprocessing;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace Courseware.Docx.Rendering.Blocks;

/// <summary>Pipe tables as Word tables in the table style: full text width, header rows repeated on every page.</summary>
internal sealed class TableRenderer : DocxObjectRenderer<MdTable>
{
    protected override void Write(DocxRenderer renderer, MdTable obj)
    {
        var rows = obj.OfType<MdTableRow>().ToList();
        var columns = Math.Max(1, rows.Select(r => r.Count).DefaultIfEmpty(1).Max());
        var hasHeader = rows.Count > 0 && rows[0].IsHeader;
        renderer.PendingNumbering = null;
        var weights = ColumnWeights(rows, columns);
        var table = TableBuilder.Create(renderer, columns, hasHeader, weights: weights);
        foreach (var row in rows)
        {
            var tr = TableBuilder.Row(row.IsHeader);
            table.Append(tr);
            for (var c = 0; c < columns; c++)
            {
                var cell = TableBuilder.Cell(weights[c]);
                var cellWidth = (long)(renderer.AvailableWidth * weights[c]);
                tr.Append(cell);
                if (c < row.Count && row[c] is MdTableCell mdCell)
                {
                    var align = c < obj.ColumnDefinitions.Count ? obj.ColumnDefinitions[c].Alignment : null;
                    using (renderer.Into(cell, StyleIds.TableText, cellWidth))
                    {
                        renderer.WriteChildren(mdCell);
                        if (align is MdTableColumnAlign.Center or MdTableColumnAlign.Right)
                        {
                            foreach (var p in cell.Elements<Paragraph>())
                            {
                                p.ParagraphProperties ??= new ParagraphProperties();
                                p.ParagraphProperties.Justification = new Justification { Val = align == MdTableColumnAlign.Center ? JustificationValues.Center : JustificationValues.Right };
                            }
                        }
                    }
                }

                TableBuilder.EnsureParagraph(renderer, cell);
            }
        }

        renderer.AppendTable(table);
    }

    /// <summary>Each column's share of the width, from the longest text it holds (so short columns stay narrow), at least 8 % and its longest word.</summary>
    private static double[] ColumnWeights(List<MdTableRow> rows, int columns)
    {
        var lengths = new double[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < Math.Min(columns, row.Count); c++)
            {
                var text = string.Concat(((Markdig.Syntax.ContainerBlock)row[c]).Descendants<Markdig.Syntax.LeafBlock>().Select(b => DocxRenderer.PlainText(b.Inline)));
                // A column is never narrower than its longest word, so words are not broken across lines.
                var longestWord = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
                lengths[c] = Math.Max(lengths[c], Math.Max(Math.Clamp(text.Length, 4, 60), Math.Min(longestWord + 3, 30)));
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
    public static Table Create(DocxRenderer renderer, int columns, bool hasHeader, string styleId = StyleIds.Table, double[]? weights = null)
    {
        var widthTwips = (int)(renderer.AvailableWidth / 635);
        weights ??= [.. Enumerable.Repeat(1.0 / columns, columns)];
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = renderer.Styles[styleId] },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                // The bit mask form (first row 0x20, no banding 0x200 and 0x400) is read by every Word version and by LibreOffice.
                new TableLook { Val = hasHeader ? "0620" : "0600" }),
            new TableGrid(weights.Select(w => new GridColumn { Width = ((int)(widthTwips * w)).ToString(CultureInfo.InvariantCulture) })));
        return table;
    }

    public static TableRow Row(bool header)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        return new TableRow(properties);
    }

    /// <summary>A cell taking <paramref name="share"/> of the table width (in fiftieths of a percent, as Word counts).</summary>
    public static TableCell Cell(double share) =>
        new(new TableCellProperties(new TableCellWidth { Width = ((int)Math.Round(5000 * share)).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }));

    private static bool HasParagraph(TableCell cell)
    {
        for (var child = cell.FirstChild; child is not null; child = child.NextSibling())
        {
            if (child is Paragraph)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Word requires a paragraph in every cell.</summary>
    public static void EnsureParagraph(DocxRenderer renderer, TableCell cell)
    {
        if (!HasParagraph(cell) || cell.LastChild is Table)
        {
            cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = renderer.Styles[StyleIds.TableText] })));
        }
    }
}
