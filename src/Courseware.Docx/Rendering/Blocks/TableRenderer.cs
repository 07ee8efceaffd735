using System.Globalization;
using Courseware.Docx.Styling;
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
        var table = TableBuilder.Create(renderer, columns, hasHeader);
        var cellWidth = renderer.AvailableWidth / columns;
        foreach (var row in rows)
        {
            var tr = TableBuilder.Row(row.IsHeader);
            table.Append(tr);
            for (var c = 0; c < columns; c++)
            {
                var cell = TableBuilder.Cell(renderer, columns);
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
}

/// <summary>The pieces of a Word table in our table style, shared by Markdown tables and quiz matching tables.</summary>
internal static class TableBuilder
{
    public static Table Create(DocxRenderer renderer, int columns, bool hasHeader, string styleId = StyleIds.Table)
    {
        var widthTwips = (int)(renderer.AvailableWidth / 635);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = renderer.Styles[styleId] },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                // The bit mask form (first row 0x20, no banding 0x200 and 0x400) is read by every Word version and by LibreOffice.
                new TableLook { Val = hasHeader ? "0620" : "0600" }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (widthTwips / columns).ToString(CultureInfo.InvariantCulture) })));
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

    public static TableCell Cell(DocxRenderer renderer, int columns) =>
        new(new TableCellProperties(new TableCellWidth { Width = (5000 / columns).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct }));

    /// <summary>Word requires a paragraph in every cell.</summary>
    public static void EnsureParagraph(DocxRenderer renderer, TableCell cell)
    {
        if (!cell.Elements<Paragraph>().Any() || cell.LastChild is Table)
        {
            cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = renderer.Styles[StyleIds.TableText] })));
        }
    }
}
