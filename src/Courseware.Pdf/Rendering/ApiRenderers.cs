using Courseware.Markdown.GitBook.Api;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Markdig.Syntax;

namespace Courseware.Pdf.Rendering;

/// <summary>
/// An API operation as a framed block: a heading-like line "GET /path" (method in bold, path in monospace), the summary,
/// base URL and description, a parameters table with a repeated header row, the responses with their bodies, the spec link.
/// </summary>
internal sealed class ApiOperationRenderer : PdfBlockRenderer<ApiOperationBlock>
{
    private const double OperationPaddingLeft = 12;
    private const double OperationPaddingRight = 10;
    private static readonly PdfColor Bar = PdfColor.FromHex(0x16355C);

    protected override void Render(ApiOperationBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var labels = context.Labels.Api;
        var column = new ColumnElement();
        var method = block.Method.Length > 0 ? block.Method : "?";
        column.Add(new TextBlockElement(
            [
                new TextRun(method + " ", new TextStyle(HandoutTheme.BodySize + 2, FontRole.Monospace, Bold: true) { Color = MethodColor(method) }),
                new TextRun(block.Path, new TextStyle(HandoutTheme.BodySize + 1, FontRole.Monospace, Bold: true) { Color = HandoutTheme.Heading }),
            ],
            context.Shaper) { LineSpacing = 1.25, KeepWithNext = true });

        if (!string.IsNullOrWhiteSpace(block.Summary))
        {
            column.Add(new BoxElement(context.Text(block.Summary, HandoutTheme.Body with { Bold = true })) { KeepWithNext = true }, 4);
        }

        if (!string.IsNullOrWhiteSpace(block.BaseUrl))
        {
            column.Add(context.Text(
                [new TextRun(labels.BaseUrl + context.Labels.Colon, HandoutTheme.Small), new TextRun(block.BaseUrl, HandoutTheme.Small with { Role = FontRole.Monospace })]), 3);
        }

        foreach (var description in block.Descriptions)
        {
            var body = renderers.Column(description);
            column.Add(body, HandoutTheme.ParagraphSpacing);
        }

        AddParameters(block, renderers, column);
        AddResponses(block, renderers, column);
        AddSource(block, renderers, column);
        target.Add(new BoxElement(column) { Border = HandoutTheme.Rule, LeftBar = Bar, LeftBarWidth = 3.5, PaddingLeft = OperationPaddingLeft, PaddingRight = OperationPaddingRight, PaddingTop = 7, PaddingBottom = 8, Role = StructureRole.Section }, HandoutTheme.BlockSpacing);
    }

    private static PdfColor MethodColor(string method) => method switch
    {
        "GET" => HandoutTheme.HintColors(Courseware.Markdown.GitBook.Hint.HintStyle.Info).Bar,
        "POST" => HandoutTheme.HintColors(Courseware.Markdown.GitBook.Hint.HintStyle.Success).Bar,
        "PUT" or "PATCH" => HandoutTheme.HintColors(Courseware.Markdown.GitBook.Hint.HintStyle.Warning).Bar,
        "DELETE" => HandoutTheme.HintColors(Courseware.Markdown.GitBook.Hint.HintStyle.Danger).Bar,
        _ => HandoutTheme.Text,
    };

    private static TextBlockElement Label(RenderContext context, string text) =>
        new([new TextRun(text, HandoutTheme.Body with { Bold = true, Color = HandoutTheme.Heading })], context.Shaper) { LineSpacing = 1.25, KeepWithNext = true };

    private static void AddParameters(ApiOperationBlock block, BlockRendererSet renderers, ColumnElement column)
    {
        var parameters = block.Parameters.ToList();
        if (parameters.Count == 0)
        {
            return;
        }

        var context = renderers.Context;
        var labels = context.Labels.Api;
        var cellStyle = HandoutTheme.Body with { Size = HandoutTheme.BodySize - 1 };
        var headerStyle = cellStyle with { Bold = true };
        var nameStyle = cellStyle with { Role = FontRole.Monospace };
        string[] headers = [labels.Name, labels.In, labels.Type, labels.Required, labels.Description];
        var widths = ColumnWidths(
            context,
            headers,
            [
                (parameters.Select(p => p.Name), nameStyle),
                (parameters.Select(p => p.In), cellStyle),
                (parameters.Select(p => p.Type), cellStyle),
                ([labels.Yes, labels.No], cellStyle),
            ],
            headerStyle);

        RowElement Row(bool header, IReadOnlyList<Element> cells)
        {
            var row = HandoutTheme.TableRow(header);
            for (var c = 0; c < widths.Length; c++)
            {
                row.AddFixed(cells[c], widths[c]);
            }

            return row.AddRelative(cells[^1]);
        }

        TextBlockElement Cell(string text, TextStyle style) => new([new TextRun(text, style)], context.Shaper) { LineSpacing = 1.3, WidowOrphanControl = false };

        var table = new TableElement(() => Row(true, [.. headers.Select(h => Cell(h, headerStyle))]));
        foreach (var parameter in parameters)
        {
            // Paragraphs in the table's text size, like a Markdown table cell; anything else (lists, code) as in the page.
            var description = new ColumnElement();
            foreach (var child in parameter)
            {
                if (child is ParagraphBlock paragraph)
                {
                    var runs = new InlineRenderer(context).Render(paragraph.Inline, cellStyle).Runs;
                    description.Add(new TextBlockElement(runs, context.Shaper) { LineSpacing = 1.3, WidowOrphanControl = false }, 3);
                }
                else
                {
                    renderers.Render(child, description);
                }
            }

            table.AddRow(new KeepTogetherElement(
                Row(false, [
                    Cell(parameter.Name, nameStyle),
                    Cell(parameter.In, cellStyle),
                    Cell(parameter.Type, cellStyle),
                    Cell(parameter.Required ? labels.Yes : labels.No, cellStyle),
                    description,
                ]),
                context.ContentArea.Height / 3));
        }

        column.Add(Label(context, labels.Parameters), HandoutTheme.ParagraphSpacing + 2);
        column.Add(table, 3);
    }

    /// <summary>
    /// Widths of the name, in, type and required columns (the description column takes the rest): each as wide as its
    /// widest word, header included, so no word is cut. Words are measured as the cells draw them: in the cell's own face
    /// (bold headers, monospace names) and size, plus the row's padding on both sides; measuring them in the regular face
    /// or without the padding comes out some 10 % short of what is drawn. When the columns would leave the description
    /// less than a third of the table, the name column gives way first (a name may break after - _ . /), down to its header.
    /// </summary>
    private static double[] ColumnWidths(RenderContext context, string[] headers, (IEnumerable<string> Texts, TextStyle Style)[] columns, TextStyle headerStyle)
    {
        const double Slack = 0.5; // rounding: a word exactly as wide as its line must still fit
        var padding = 2 * HandoutTheme.TableRow(false).CellPadding;
        var shaper = context.Shaper;
        var widths = new double[columns.Length];
        var headerWidths = new double[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            headerWidths[c] = WidestWord(shaper, [headers[c]], headerStyle) + padding + Slack;
            widths[c] = Math.Max(headerWidths[c], WidestWord(shaper, columns[c].Texts, columns[c].Style) + padding + Slack);
        }

        var table = context.ContentArea.Width - OperationPaddingLeft - OperationPaddingRight;
        var room = table - Math.Max(BoxElement.MinimumChildWidth, table / 3);
        if (widths.Sum() > room)
        {
            widths[0] = Math.Max(headerWidths[0], room - widths[1..].Sum());
        }

        return widths;
    }

    /// <summary>The width of the widest word of <paramref name="texts"/> in <paramref name="style"/>, split and measured as the text layout does.</summary>
    private static double WidestWord(TextShaper shaper, IEnumerable<string> texts, TextStyle style)
    {
        double widest = 0;
        foreach (var text in texts)
        {
            foreach (var word in shaper.Clean(text).Split([' ', '\n', '\u2009', '\u200A', '\u2002', '\u2003'], StringSplitOptions.RemoveEmptyEntries))
            {
                var width = shaper.SingleFace(word, style) is { } face
                    ? face.Measure(word, style.Size)
                    : shaper.Segment(word, style).Sum(segment => segment.Face.Measure(segment.Text, style.Size));
                widest = Math.Max(widest, width);
            }
        }

        return widest;
    }

    private static void AddResponses(ApiOperationBlock block, BlockRendererSet renderers, ColumnElement column)
    {
        var responses = block.Responses.ToList();
        if (responses.Count == 0)
        {
            return;
        }

        var context = renderers.Context;
        column.Add(Label(context, context.Labels.Api.Responses), HandoutTheme.ParagraphSpacing + 2);
        // The responses are a list whose items have no marker: L > LI > LBody (a nested column lays them out as the card's would).
        var items = new ColumnElement();
        column.Add(new TaggedElement(StructureRole.List, items) { Numbering = ListNumbering.None }, 4);
        foreach (var response in responses)
        {
            var runs = new List<TextRun> { new(response.Status, HandoutTheme.Body with { Bold = true, Role = FontRole.Monospace }) };
            if (!string.IsNullOrWhiteSpace(response.Description))
            {
                runs.Add(new TextRun("  " + response.Description, HandoutTheme.Body));
            }

            var item = new ColumnElement().Add(context.Text(runs));
            foreach (var child in response)
            {
                renderers.Render(child, item);
            }

            items.Add(new BoxElement(new TaggedElement(StructureRole.ListBody, item)) { PaddingLeft = 4, Role = StructureRole.ListItem }, items.Count == 0 ? 0 : 4);
        }
    }

    /// <summary>The body written in the page (usually the link to the spec) after "Specification :", or else the link the tag names.</summary>
    private static void AddSource(ApiOperationBlock block, BlockRendererSet renderers, ColumnElement column)
    {
        var context = renderers.Context;
        var label = new TextRun(context.Labels.Api.Specification + context.Labels.Colon, HandoutTheme.Small);
        var other = block.OtherContent.ToList();
        if (other is [ParagraphBlock { Inline: { } inline }])
        {
            var runs = new InlineRenderer(context).Append(label.Text, label.Style).Render(inline, HandoutTheme.Small).Runs;
            column.Add(context.Text(runs), HandoutTheme.ParagraphSpacing);
            return;
        }

        foreach (var child in other)
        {
            renderers.Render(child, column);
        }

        if (other.Count > 0 || block.SpecSource is null)
        {
            return;
        }

        var link = ResolvedLink.Of(block);
        var url = link?.ExternalUrl;
        var name = link?.Asset?.FileName ?? url ?? block.SpecSource;
        column.Add(context.Text([label, new TextRun(name, HandoutTheme.Small with { Link = url is null ? null : new LinkTarget.External(url), Color = url is null ? HandoutTheme.Muted : HandoutTheme.Link })]), HandoutTheme.ParagraphSpacing);
    }
}

/// <summary>An <c>openapi-schemas</c> block: the label and the schema names, then its body.</summary>
internal sealed class ApiSchemasRenderer : PdfBlockRenderer<ApiSchemasBlock>
{
    protected override void Render(ApiSchemasBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var column = new ColumnElement().Add(context.Text(
            [new TextRun(context.Labels.Api.Schemas + context.Labels.Colon, HandoutTheme.Body with { Bold = true }), new TextRun(string.Join(", ", block.Schemas), HandoutTheme.Body with { Role = FontRole.Monospace })]));
        renderers.RenderChildren(block, column);
        target.Add(new BoxElement(column) { Border = HandoutTheme.Rule, PaddingLeft = 10, PaddingRight = 10, PaddingTop = 6, PaddingBottom = 6 }, HandoutTheme.BlockSpacing);
    }
}
