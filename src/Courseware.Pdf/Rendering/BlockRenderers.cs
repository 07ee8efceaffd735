using System.Globalization;
using System.Text.RegularExpressions;
using Courseware.Diagnostics;
using Courseware.Markdown.GitBook.Code;
using Courseware.Markdown.GitBook.Columns;
using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Embed;
using Courseware.Markdown.GitBook.File;
using Courseware.Markdown.GitBook.Hint;
using Courseware.Markdown.GitBook.Html;
using Courseware.Markdown.GitBook.Include;
using Courseware.Markdown.GitBook.Stepper;
using Courseware.Markdown.GitBook.Tabs;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Pdf.Rendering;

internal sealed class HeadingRenderer : PdfBlockRenderer<HeadingBlock>
{
    protected override void Render(HeadingBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var level = Math.Clamp(block.Level + context.HeadingShift, 1, 6);
        var inlines = new InlineRenderer(context).Render(block.Inline, HandoutTheme.HeadingStyle(level));
        target.Add(
            new TextBlockElement(inlines.Runs, context.Shaper)
            {
                Role = HandoutTheme.HeadingRole(level),
                LineSpacing = 1.25,
                KeepWithNext = true,
                Destinations = HeadingDestinations(context, block),
            },
            HandoutTheme.SpaceBeforeHeading(level));
    }

    /// <summary>The anchors a link may use for this heading: the page's recorded ids (both forms) or a slug of its text.</summary>
    private static List<string> HeadingDestinations(RenderContext context, HeadingBlock block)
    {
        var page = context.Page;
        if (page is null)
        {
            return [];
        }

        var anchors = page.Headings.Where(h => h.Line == block.Line + 1 || h.Line == block.Line).ToList();
        if (anchors.Count == 0)
        {
            var text = InlineRenderer.PlainText(block.Inline);
            anchors = [.. page.Headings.Where(h => string.Equals(h.Text, text, StringComparison.Ordinal))];
        }

        var names = anchors.SelectMany(a => new[] { a.Id, a.FoldedId }).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            names.Add(Slug(InlineRenderer.PlainText(block.Inline)));
        }

        return [.. names.Select(n => RenderContext.AnchorDestination(page, n))];
    }

    private static string Slug(string text) =>
        Regex.Replace(text.ToLowerInvariant().Trim(), @"[^\p{L}\p{N}]+", "-").Trim('-');
}

internal sealed class ParagraphRenderer : PdfBlockRenderer<ParagraphBlock>
{
    protected override void Render(ParagraphBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var inlines = new InlineRenderer(context).Render(block.Inline, HandoutTheme.Body);
        if (inlines.Runs.Any(r => r.Text.Trim().Length > 0))
        {
            target.Add(context.Text(inlines.Runs), HandoutTheme.ParagraphSpacing);
        }

        foreach (var image in inlines.Images)
        {
            ImageBlocks.Add(context, ResolvedLink.Of(image.Node), image.Node.Url ?? string.Empty, image.Alt, target, context.Location(image.Node));
        }
    }
}

internal sealed class ListRenderer : PdfBlockRenderer<ListBlock>
{
    private static readonly string[] Bullets = ["\u2022", "\u25E6", "\u25AA"];
    private static readonly ListNumbering[] BulletNumbering = [ListNumbering.Disc, ListNumbering.Circle, ListNumbering.Square];

    protected override void Render(ListBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            depth += parent is ListBlock ? 1 : 0;
        }

        var start = block.IsOrdered && int.TryParse(block.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var list = new ColumnElement();
        var index = 0;
        var tasks = 0;
        foreach (var item in block.OfType<ListItemBlock>())
        {
            var body = new ColumnElement();
            bool? task = null;
            foreach (var child in item)
            {
                if (child is ParagraphBlock paragraph && task is null && paragraph.Inline?.FirstChild is Markdig.Extensions.TaskLists.TaskList first)
                {
                    task = first.Checked;
                }

                renderers.Render(child, body);
            }

            tasks += task is null ? 0 : 1;
            var marker = task is { } isChecked ? (isChecked ? "\u2611" : "\u2610")
                : block.IsOrdered ? (start + index).ToString(CultureInfo.InvariantCulture) + "."
                : Bullets[depth % Bullets.Length];
            var markerStyle = task is not null ? HandoutTheme.Body with { Size = HandoutTheme.BodySize + 1 } : HandoutTheme.Body;
            var markerWidth = block.IsOrdered ? 22 : 14;

            // L > LI > Lbl (the marker: a task's box says whether it is done) + LBody (PDF/UA).
            var row = new RowElement { Gap = 2, Role = StructureRole.ListItem }
                .AddFixed(new TextBlockElement([new TextRun(marker, markerStyle)], context.Shaper) { LineSpacing = HandoutTheme.BodyLineSpacing, Alignment = block.IsOrdered ? TextAlignment.Right : TextAlignment.Left, Role = StructureRole.Label }, markerWidth)
                .AddRelative(ListBody(body));
            list.Add(row, index == 0 ? 0 : 3);
            index++;
        }

        var numbering = tasks == index && index > 0 ? ListNumbering.None
            : block.IsOrdered ? OrderedNumbering(block.BulletType)
            : BulletNumbering[depth % BulletNumbering.Length];
        target.Add(new TaggedElement(StructureRole.List, new BoxElement(list) { PaddingLeft = depth == 0 ? 4 : 0 }) { Numbering = numbering }, depth == 0 ? HandoutTheme.ParagraphSpacing : 3);
    }

    /// <summary>
    /// The body of an item: a body of one paragraph is itself the LBody element (one element less in the structure tree
    /// for the most common item); any other body is wrapped in one.
    /// </summary>
    public static Element ListBody(ColumnElement body)
    {
        if (body.Count == 1 && body[0] is TextBlockElement { Role: StructureRole.Paragraph } paragraph)
        {
            paragraph.Role = StructureRole.ListBody;
            return body;
        }

        return new TaggedElement(StructureRole.ListBody, body);
    }

    private static ListNumbering OrderedNumbering(char bulletType) => bulletType switch
    {
        'a' => ListNumbering.LowerAlpha,
        'A' => ListNumbering.UpperAlpha,
        'i' => ListNumbering.LowerRoman,
        'I' => ListNumbering.UpperRoman,
        _ => ListNumbering.Decimal,
    };
}

internal sealed class QuoteRenderer : PdfBlockRenderer<QuoteBlock>
{
    protected override void Render(QuoteBlock block, BlockRendererSet renderers, ColumnElement target) =>
        target.Add(
            new BoxElement(renderers.Column(block)) { LeftBar = HandoutTheme.Rule, LeftBarWidth = 3, PaddingLeft = 14, PaddingTop = 2, PaddingBottom = 2, Role = StructureRole.BlockQuote },
            HandoutTheme.BlockSpacing);
}

internal sealed class CodeRenderer : PdfBlockRenderer<CodeBlock>
{
    protected override void Render(CodeBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var text = string.Join('\n', (block.Lines.Lines ?? []).Take(block.Lines.Count).Select(l => l.ToString())).TrimEnd('\n', ' ');
        var style = new TextStyle(HandoutTheme.CodeSize, FontRole.Monospace) { Color = HandoutTheme.Text };
        var code = new TextBlockElement([new TextRun(text, style)], renderers.Context.Shaper) { Preformatted = true, LineSpacing = 1.3, Role = StructureRole.Code };
        var box = new BoxElement(code) { Background = HandoutTheme.CodeBackground, Border = HandoutTheme.Rule, PaddingLeft = 8, PaddingRight = 8, PaddingTop = 6, PaddingBottom = 6 };
        target.Add(new KeepTogetherElement(box, renderers.Context.ContentArea.Height * 0.25), HandoutTheme.BlockSpacing);
    }
}

internal sealed class CodeTitleRenderer : PdfBlockRenderer<CodeTitleBlock>
{
    protected override void Render(CodeTitleBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        if (!string.IsNullOrWhiteSpace(block.Title))
        {
            var title = renderers.Context.Text(block.Title, HandoutTheme.Small with { Bold = true, Role = FontRole.Monospace });
            target.Add(new BoxElement(title) { KeepWithNext = true }, HandoutTheme.BlockSpacing);
            renderers.RenderChildren(block, target);
            return;
        }

        renderers.RenderChildren(block, target);
    }
}

internal sealed class TableRenderer : PdfBlockRenderer<Table>
{
    /// <summary>The alignment the table's delimiter row (<c>:---:</c>, <c>---:</c>) or HTML <c>align</c> gives a column.</summary>
    private static TextAlignment Alignment(Table table, int column) =>
        column < table.ColumnDefinitions.Count ? table.ColumnDefinitions[column].Alignment switch
        {
            TableColumnAlign.Center => TextAlignment.Center,
            TableColumnAlign.Right => TextAlignment.Right,
            _ => TextAlignment.Left,
        } : TextAlignment.Left;

    protected override void Render(Table block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var rows = block.OfType<TableRow>().ToList();
        if (rows.Count == 0)
        {
            return;
        }

        // Cells are placed on the table's grid: a cell spanning columns takes their width together.
        var columns = rows.Max(r => r.OfType<TableCell>().Sum(Span));
        var weights = new double[columns];
        foreach (var row in rows)
        {
            var at = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                var span = Math.Min(Span(cell), columns - at);
                var text = string.Concat(cell.OfType<ParagraphBlock>().Select(p => InlineRenderer.PlainText(p.Inline)));
                // A short column still gets room for its longest word, so that "moyen" is not cut into "moye" and "n";
                // a spanning cell asks each of its columns for its share.
                var longestWord = text.Split(' ', '\n').Max(w => w.Length);
                var weight = Math.Max(Math.Clamp(text.Length, 4, 45), Math.Min(longestWord + 3, 20)) / (double)span;
                for (var c = at; c < at + span; c++)
                {
                    weights[c] = Math.Max(weights[c], weight);
                }

                at += span;
            }
        }

        RowElement MakeRow(int index, bool header)
        {
            var row = rows[index];
            var below = index + 1 < rows.Count ? rows[index + 1] : null;
            var element = HandoutTheme.TableRow(header);
            var at = 0;
            foreach (var cell in row.OfType<TableCell>())
            {
                // A cell spanning rows is joined to the placeholders under it (HTML tables; see CoveredCell).
                var join = new CellJoin(
                    Math.Max(1, cell.RowSpan),
                    JoinsAbove: CoveredCell.Is(cell),
                    JoinsBelow: below?.OfType<TableCell>().FirstOrDefault(c => c.ColumnIndex == cell.ColumnIndex) is { } under && CoveredCell.Is(under));
                var span = Math.Min(Span(cell), columns - at);
                var cellColumn = new ColumnElement();
                // The text of a cell of one paragraph is the content of the cell's own element (TD or TH), not of a
                // paragraph inside it: the same reading, one structure element less per cell.
                var paragraphs = cell.OfType<ParagraphBlock>().ToList();
                foreach (var paragraph in paragraphs)
                {
                    var style = header ? HandoutTheme.Body with { Bold = true, Size = HandoutTheme.BodySize - 1 } : HandoutTheme.Body with { Size = HandoutTheme.BodySize - 1 };
                    var inlines = new InlineRenderer(context).Render(paragraph.Inline, style);
                    if (inlines.Runs.Any(r => r.Text.Trim().Length > 0))
                    {
                        var ownElement = paragraphs.Count == 1 && inlines.Images.Count == 0;
                        cellColumn.Add(new TextBlockElement(inlines.Runs, context.Shaper) { LineSpacing = 1.3, WidowOrphanControl = false, Role = ownElement ? null : StructureRole.Paragraph, Alignment = Alignment(block, at) }, 3);
                    }

                    // Images of a cell (HTML tables hold logos and icons) are drawn in it, scaled to its width.
                    foreach (var image in inlines.Images)
                    {
                        ImageBlocks.Add(context, ResolvedLink.Of(image.Node), image.Node.Url ?? string.Empty, image.Alt, cellColumn, context.Location(image.Node));
                    }
                }

                element.AddRelative(cellColumn, Share(weights, at, span), span, join);
                at += span;
            }

            // A row with fewer cells than the table has columns is filled with empty cells, so that its borders close.
            for (; at < columns; at++)
            {
                element.AddRelative(new ColumnElement(), weights[at]);
            }

            return element;
        }

        var hasHeader = rows[0].IsHeader;
        var table = new TableElement(hasHeader ? () => MakeRow(0, header: true) : null)
        {
            Caption = Caption(block, context),
            CaptionLimit = context.ContentArea.Height / 3,
        };
        for (var r = hasHeader ? 1 : 0; r < rows.Count; r++)
        {
            table.AddRow(new KeepTogetherElement(MakeRow(r, header: false), context.ContentArea.Height / 3));
        }

        target.Add(table, HandoutTheme.BlockSpacing);
    }

    private static int Span(TableCell cell) => Math.Max(1, cell.ColumnSpan);

    /// <summary>The weight of <paramref name="span"/> columns from <paramref name="first"/> on, together.</summary>
    private static double Share(double[] weights, int first, int span)
    {
        var share = 0.0;
        for (var c = first; c < first + span; c++)
        {
            share += weights[c];
        }

        return share;
    }

    /// <summary>The caption an HTML table gave, in the style of figure captions: a paragraph inside the Caption element (text straight in it would be untagged).</summary>
    private static TextBlockElement? Caption(Table block, RenderContext context)
    {
        if (TableCaption.Of(block) is not { } inlines)
        {
            return null;
        }

        var caption = new InlineRenderer(context).Render(inlines, HandoutTheme.Small with { Italic = true });
        return caption.Runs.Any(r => r.Text.Trim().Length > 0)
            ? new TextBlockElement(caption.Runs, context.Shaper) { LineSpacing = 1.3 }
            : null;
    }
}

internal sealed class ThematicBreakRenderer : PdfBlockRenderer<ThematicBreakBlock>
{
    protected override void Render(ThematicBreakBlock block, BlockRendererSet renderers, ColumnElement target) =>
        target.Add(new SpacerElement(8) { RuleColor = HandoutTheme.Rule }, HandoutTheme.BlockSpacing);
}

internal sealed partial class HtmlBlockRenderer : PdfBlockRenderer<HtmlBlock>
{
    protected override void Render(HtmlBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var html = string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.ToString()));
        html = Comment().Replace(html, string.Empty);
        var text = System.Net.WebUtility.HtmlDecode(Tag().Replace(BreakTag().Replace(html, "\n"), " "));
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length == 0)
        {
            return;
        }

        renderers.Context.Diagnostics.Report(DiagnosticCodes.PdfRawHtml, renderers.Context.Location(block));
        target.Add(renderers.Context.Text(text, HandoutTheme.Body), HandoutTheme.ParagraphSpacing);
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<br\s*/?>|</p>|</tr>|</li>|</h\d>", RegexOptions.IgnoreCase)]
    private static partial Regex BreakTag();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}

internal sealed class HintRenderer : PdfBlockRenderer<HintBlock>
{
    protected override void Render(HintBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var (background, bar) = HandoutTheme.HintColors(block.Style);
        var column = new ColumnElement()
            .Add(renderers.Context.Text(renderers.Context.Labels.Hint(block.Style), HandoutTheme.Small with { Bold = true, Color = bar }));
        foreach (var child in block)
        {
            renderers.Render(child, column);
        }

        var box = new BoxElement(column) { Background = background, LeftBar = bar, LeftBarWidth = 3.5, PaddingLeft = 13, PaddingRight = 10, PaddingTop = 6, PaddingBottom = 7 };
        target.Add(new KeepTogetherElement(box, renderers.Context.ContentArea.Height * 0.3), HandoutTheme.BlockSpacing);
    }
}

internal sealed class TabsRenderer : PdfBlockRenderer<TabsBlock>
{
    protected override void Render(TabsBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var column = new ColumnElement();
        renderers.RenderChildren(block, column);
        target.Add(new BoxElement(column) { Border = HandoutTheme.Rule, PaddingLeft = 10, PaddingRight = 10, PaddingTop = 4, PaddingBottom = 8 }, HandoutTheme.BlockSpacing);
    }
}

internal sealed class TabRenderer : PdfBlockRenderer<TabBlock>
{
    protected override void Render(TabBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var title = renderers.Context.Text(block.Title, HandoutTheme.Body with { Bold = true, Color = HandoutTheme.Heading });
        target.Add(new BoxElement(title) { KeepWithNext = true, PaddingBottom = 2 }, HandoutTheme.ParagraphSpacing + 2);
        target.Add(new SpacerElement(3) { RuleColor = HandoutTheme.Rule, KeepWithNext = true }, 0);
        renderers.RenderChildren(block, target);
    }
}

internal sealed class EmbedRenderer : PdfBlockRenderer<EmbedBlock>
{
    protected override void Render(EmbedBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var url = ResolvedLink.Of(block)?.ExternalUrl ?? block.Url;
        var column = new ColumnElement();
        var caption = block.Caption;
        var label = new InlineRenderer(context).Append("\u25B6 " + context.Labels.EmbedLabel + (string.IsNullOrWhiteSpace(caption) ? string.Empty : context.Labels.Colon + caption), HandoutTheme.Body with { Bold = true });
        column.Add(context.Text(label.Runs));
        renderers.RenderChildren(block, column);
        column.Add(context.Text([new TextRun(url, HandoutTheme.Small with { Color = HandoutTheme.Link, Link = new LinkTarget.External(url) })]), 2);
        target.Add(new KeepTogetherElement(new BoxElement(column) { Border = HandoutTheme.Rule, PaddingLeft = 10, PaddingRight = 10, PaddingTop = 6, PaddingBottom = 6 }, context.ContentArea.Height * 0.3), HandoutTheme.BlockSpacing);
    }
}

internal sealed class FileRenderer : PdfBlockRenderer<FileBlock>
{
    protected override void Render(FileBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var resolved = ResolvedLink.Of(block);
        var name = resolved?.Asset?.FileName ?? Path.GetFileName(block.Src);
        var column = new ColumnElement();
        var caption = string.IsNullOrWhiteSpace(block.Caption) ? name : block.Caption!;
        column.Add(context.Text([new TextRun("\u2398 " + context.Labels.FileLabel + context.Labels.Colon + caption, HandoutTheme.Body with { Bold = true })]));
        renderers.RenderChildren(block, column);
        var url = resolved?.ExternalUrl;
        column.Add(context.Text([new TextRun(url ?? name, HandoutTheme.Small with { Link = url is null ? null : new LinkTarget.External(url), Color = url is null ? HandoutTheme.Muted : HandoutTheme.Link })]), 2);
        target.Add(new KeepTogetherElement(new BoxElement(column) { Border = HandoutTheme.Rule, PaddingLeft = 10, PaddingRight = 10, PaddingTop = 6, PaddingBottom = 6 }, context.ContentArea.Height * 0.3), HandoutTheme.BlockSpacing);
    }
}

internal sealed class ContentRefRenderer : PdfBlockRenderer<ContentRefBlock>
{
    protected override void Render(ContentRefBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var resolved = ResolvedLink.Of(block);
        var runs = new List<TextRun>();
        if (resolved is { Kind: LinkTargetKind.Page, Page: { } page })
        {
            var destination = RenderContext.PageDestination(page);
            var link = new LinkTarget.Internal(destination);
            runs.Add(new TextRun("\u2192 " + page.Title, HandoutTheme.Body with { Bold = true, Color = HandoutTheme.Link, Link = link }));
            runs.Add(context.PageNumberRun($"  ({context.Labels.SeePage} ", destination, ")", HandoutTheme.Small with { Link = link }));
        }
        else if (resolved is { Kind: LinkTargetKind.External } external)
        {
            var url = external.ExternalUrl ?? external.OriginalUrl;
            runs.Add(new TextRun("\u2192 " + url, HandoutTheme.Body with { Color = HandoutTheme.Link, Link = new LinkTarget.External(url) }));
        }
        else
        {
            runs.Add(new TextRun("\u2192 " + block.Url, HandoutTheme.Body with { Color = HandoutTheme.Muted }));
        }

        target.Add(new BoxElement(context.Text(runs)) { Border = HandoutTheme.Rule, PaddingLeft = 10, PaddingRight = 10, PaddingTop = 4, PaddingBottom = 4 }, HandoutTheme.ParagraphSpacing);
    }
}

internal sealed class IncludeRenderer : PdfBlockRenderer<IncludeBlock>
{
    protected override void Render(IncludeBlock block, BlockRendererSet renderers, ColumnElement target) => renderers.RenderChildren(block, target);
}

internal sealed class StepperRenderer : PdfBlockRenderer<StepperBlock>
{
    protected override void Render(StepperBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var number = 0;
        // The steps are a numbered list (a nested column lays them out as the page's column would).
        var steps = new ColumnElement();
        foreach (var step in block.OfType<StepBlock>())
        {
            number++;
            var body = renderers.Column(step);
            var marker = renderers.Context.Text($"{number}", HandoutTheme.Body with { Bold = true, Color = HandoutTheme.Heading, Size = 13 }, StructureRole.Label);
            var item = new RowElement { Gap = 6, Role = StructureRole.ListItem }
                .AddFixed(marker, 20)
                .AddRelative(new TaggedElement(StructureRole.ListBody, new BoxElement(body) { LeftBar = HandoutTheme.Rule, LeftBarWidth = 1.5, PaddingLeft = 10 }));
            steps.Add(item, steps.Count == 0 ? 0 : HandoutTheme.BlockSpacing);
        }

        if (steps.Count > 0)
        {
            target.Add(new TaggedElement(StructureRole.List, steps) { Numbering = ListNumbering.Decimal }, HandoutTheme.BlockSpacing);
        }
    }
}

internal sealed class StepRenderer : PdfBlockRenderer<StepBlock>
{
    protected override void Render(StepBlock block, BlockRendererSet renderers, ColumnElement target) => renderers.RenderChildren(block, target);
}

/// <summary>Columns side by side in the page's shares of the width; anything else the block holds follows them.</summary>
internal sealed class ColumnsRenderer : PdfBlockRenderer<ColumnsBlock>
{
    protected override void Render(ColumnsBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var columns = block.OfType<ColumnBlock>().ToArray();
        if (columns.Length > 1)
        {
            var shares = block.Shares();
            var row = new RowElement { Gap = 14 };
            for (var i = 0; i < columns.Length; i++)
            {
                row.AddRelative(renderers.Column(columns[i]), shares[i]);
            }

            target.Add(row, HandoutTheme.BlockSpacing);
        }
        else if (columns.Length == 1)
        {
            renderers.RenderChildren(columns[0], target);
        }

        foreach (var other in block.Where(b => b is not ColumnBlock))
        {
            renderers.Render(other, target);
        }
    }
}

/// <summary>A column met outside <c>{% columns %}</c>: its content in place.</summary>
internal sealed class ColumnRenderer : PdfBlockRenderer<ColumnBlock>
{
    protected override void Render(ColumnBlock block, BlockRendererSet renderers, ColumnElement target) => renderers.RenderChildren(block, target);
}

internal sealed class DetailsRenderer : PdfBlockRenderer<DetailsBlock>
{
    protected override void Render(DetailsBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var summary = new InlineRenderer(context).Append("\u25BE ", HandoutTheme.Body with { Bold = true }).Render(block.Summary, HandoutTheme.Body with { Bold = true });
        var column = new ColumnElement().Add(context.Text(summary.Runs));
        renderers.RenderChildren(block, column);
        target.Add(new BoxElement(column) { Border = HandoutTheme.Rule, PaddingLeft = 10, PaddingRight = 10, PaddingTop = 6, PaddingBottom = 8 }, HandoutTheme.BlockSpacing);
    }
}

internal sealed class FigureRenderer : PdfBlockRenderer<FigureBlock>
{
    protected override void Render(FigureBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var figure = new ColumnElement();
        ImageBlocks.Add(context, ResolvedLink.Of(block), block.Source, block.Alt, figure, context.Location(block));
        var caption = new InlineRenderer(context).Render(block.Caption, HandoutTheme.Small with { Italic = true });
        if (caption.Runs.Count > 0)
        {
            figure.Add(new TextBlockElement(caption.Runs, context.Shaper) { Alignment = TextAlignment.Center, LineSpacing = 1.3 }, 4);
        }

        target.Add(new KeepTogetherElement(figure, context.ContentArea.Height), HandoutTheme.BlockSpacing);
    }
}

internal sealed class FootnoteGroupRenderer : PdfBlockRenderer<FootnoteGroup>
{
    protected override void Render(FootnoteGroup block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var notes = new ColumnElement().Add(new SpacerElement(6) { RuleColor = HandoutTheme.Rule });
        foreach (var footnote in block.OfType<Footnote>())
        {
            var label = footnote.Label ?? footnote.Order.ToString(CultureInfo.InvariantCulture);
            var number = context.Footnotes.TryGetValue(label, out var n) ? n : footnote.Order;
            var body = new ColumnElement();
            foreach (var child in footnote)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var inlines = new InlineRenderer(context).Render(paragraph.Inline, HandoutTheme.Small with { Color = HandoutTheme.Text });
                    body.Add(new TextBlockElement(inlines.Runs, context.Shaper) { LineSpacing = 1.3 }, 2);
                }
                else
                {
                    renderers.Render(child, body);
                }
            }

            notes.Add(new RowElement().AddFixed(context.Text($"[{number}]", HandoutTheme.Small), 20).AddRelative(body), 3);
        }

        target.Add(notes, HandoutTheme.BlockSpacing);
    }
}

internal sealed class LinkReferenceDefinitionGroupRenderer : PdfBlockRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Render(LinkReferenceDefinitionGroup block, BlockRendererSet renderers, ColumnElement target)
    {
        // Definitions only feed links; nothing is printed.
    }
}

/// <summary>Images of paragraphs and figures: embedded when local and PNG/JPEG/GIF, else their alt text (and address) with a diagnostic.</summary>
internal static class ImageBlocks
{
    public static void Add(RenderContext context, ResolvedLink? resolved, string url, string alt, ColumnElement target, SourceLocation location)
    {
        var asset = resolved?.Asset;
        if (asset is { IsRemote: false, Exists: true })
        {
            var read = context.Images.Get(asset);
            if (read.Image is { } image)
            {
                target.Add(new ImageElement(image, alt, context.ContentArea.Height - 30), HandoutTheme.BlockSpacing);
                return;
            }

            if (read.ReadError is { } error)
            {
                context.Diagnostics.Report(DiagnosticCodes.PdfImageUnreadable, location, asset.Key, error);
            }
            else
            {
                context.Diagnostics.Report(DiagnosticCodes.PdfImageFormatUnsupported, location, asset.Key, asset.Extension.TrimStart('.').ToUpperInvariant());
            }
        }
        else if (asset is { IsRemote: true } || resolved?.Kind == LinkTargetKind.External || url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            url = asset?.RemoteUrl?.ToString() ?? resolved?.ExternalUrl ?? url;
            context.Diagnostics.Report(DiagnosticCodes.PdfRemoteImage, location, url);
        }

        var runs = new List<TextRun> { new("[" + (alt.Length > 0 ? alt : Path.GetFileName(url)) + "]", HandoutTheme.Body with { Italic = true, Color = HandoutTheme.Muted }) };
        if (url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            runs.Add(new TextRun(" <" + url + ">", HandoutTheme.Small with { Link = new LinkTarget.External(url) }));
        }

        target.Add(new BoxElement(context.Text(runs)) { Border = HandoutTheme.Rule, PaddingLeft = 8, PaddingRight = 8, PaddingTop = 4, PaddingBottom = 4 }, HandoutTheme.ParagraphSpacing);
    }
}
