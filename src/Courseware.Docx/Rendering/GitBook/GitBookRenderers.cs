using System.Globalization;
using Courseware.Docx.Rendering.Blocks;
using Courseware.Docx.Styling;
using Courseware.Loading;
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
using Markdig.Syntax;

namespace Courseware.Docx.Rendering.GitBook;

/// <summary>
/// Hints as one-cell tables in the table style of their kind (border and shading), holding paragraphs in the hint style,
/// opened by a label so the kind is not told by colour alone. A table keeps lists, code and images of the hint inside the box.
/// </summary>
internal sealed class HintRenderer : DocxObjectRenderer<HintBlock>
{
    protected override void Write(DocxRenderer renderer, HintBlock obj)
    {
        var style = StyleIds.Hint(obj.Style);
        renderer.PendingNumbering = null;
        var table = TableBuilder.Create(renderer, 1, hasHeader: false, StyleIds.HintTable(obj.Style));
        var cell = TableBuilder.Cell(1);
        table.Append(new Courseware.Docx.WordXml.WordElement("w:tr").Append(cell));
        // The cell margins of the hint table styles take 340 twips of the width.
        using (renderer.Into(cell, style, renderer.AvailableWidth - (340 * 635)))
        {
            var listDepth = renderer.ListDepth;
            renderer.ListDepth = 0;
            renderer.BeginParagraph(style, keepNext: true);
            using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Strong }))
            {
                renderer.WriteText(renderer.Labels.Hint(obj.Style));
            }

            renderer.EndParagraph();
            renderer.WriteChildren(obj);
            renderer.ListDepth = listDepth;
        }

        TableBuilder.EnsureParagraph(renderer, cell);
        renderer.AppendTable(table);
    }
}

/// <summary>Tabs become consecutive titled sections.</summary>
internal sealed class TabsRenderer : DocxObjectRenderer<TabsBlock>
{
    protected override void Write(DocxRenderer renderer, TabsBlock obj) => renderer.WriteChildren(obj);
}

/// <summary>One tab: its title, then its content.</summary>
internal sealed class TabRenderer : DocxObjectRenderer<TabBlock>
{
    protected override void Write(DocxRenderer renderer, TabBlock obj)
    {
        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.TabTitle, keepNext: false);
        renderer.WriteText(obj.Title);
        renderer.EndParagraph();
        renderer.WriteChildren(obj);
    }
}

/// <summary>A stepper is its steps in order.</summary>
internal sealed class StepperRenderer : DocxObjectRenderer<StepperBlock>
{
    protected override void Write(DocxRenderer renderer, StepperBlock obj) => renderer.WriteChildren(obj);
}

/// <summary>One step: "Step n", then its content.</summary>
internal sealed class StepRenderer : DocxObjectRenderer<StepBlock>
{
    protected override void Write(DocxRenderer renderer, StepBlock obj)
    {
        var number = obj.Parent is { } parent ? parent.OfType<StepBlock>().TakeWhile(s => s != obj).Count() + 1 : 1;
        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.TabTitle);
        renderer.WriteText(renderer.Labels.Step + " " + number.ToString(CultureInfo.InvariantCulture));
        renderer.EndParagraph();
        renderer.WriteChildren(obj);
    }
}

/// <summary>Columns on paper: one after the other, in the page's order.</summary>
internal sealed class ColumnsRenderer : DocxObjectRenderer<ColumnsBlock>
{
    protected override void Write(DocxRenderer renderer, ColumnsBlock obj) => renderer.WriteChildren(obj);
}

/// <summary>One column: its content.</summary>
internal sealed class ColumnRenderer : DocxObjectRenderer<ColumnBlock>
{
    protected override void Write(DocxRenderer renderer, ColumnBlock obj) => renderer.WriteChildren(obj);
}

/// <summary>Details: the summary in bold, then the content, always shown on paper.</summary>
internal sealed class DetailsRenderer : DocxObjectRenderer<DetailsBlock>
{
    protected override void Write(DocxRenderer renderer, DetailsBlock obj)
    {
        if (obj.Summary.FirstChild is not null)
        {
            renderer.PendingNumbering = null;
            renderer.BeginParagraph(StyleIds.DetailsSummary);
            renderer.WriteChildren(obj.Summary);
            renderer.EndParagraph();
        }

        renderer.WriteChildren(obj);
    }
}

/// <summary>Figures: the image in a Figure paragraph, then its caption.</summary>
internal sealed class FigureRenderer : DocxObjectRenderer<FigureBlock>
{
    protected override void Write(DocxRenderer renderer, FigureBlock obj)
    {
        var caption = DocxRenderer.PlainText(obj.Caption);
        var description = obj.Alt.Length > 0 ? obj.Alt : caption;
        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.Figure, keepNext: obj.Caption.FirstChild is not null);
        var hint = obj.Width is not null || obj.Height is not null ? new Courseware.Docx.Media.ImageSizeHint(obj.Width, obj.Height, LineHeight: false) : null;
        renderer.WriteImage(ResolvedLink.Of(obj), obj.Source, description, obj, hint);
        renderer.EndParagraph();
        if (obj.Caption.FirstChild is not null)
        {
            renderer.BeginParagraph(StyleIds.Caption);
            renderer.WriteChildren(obj.Caption);
            renderer.EndParagraph();
        }
    }
}

/// <summary>Embeds (videos, forms, documents online) as a titled hyperlink; a caption body follows.</summary>
internal sealed class EmbedRenderer : DocxObjectRenderer<EmbedBlock>
{
    protected override void Write(DocxRenderer renderer, EmbedBlock obj)
    {
        var link = ResolvedLink.Of(obj);
        var url = link?.ExternalUrl ?? obj.Url;
        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.LinkCard);
        using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Strong }))
        {
            renderer.WriteText(renderer.Labels.Video + renderer.Labels.Colon);
        }

        var title = string.IsNullOrWhiteSpace(obj.Caption) ? url : obj.Caption!;
        renderer.WriteResolvedLink(link ?? new ResolvedLink(LinkTargetKind.External, url, ExternalUrl: url), url, obj, () => renderer.WriteText(title));
        if (title != url)
        {
            renderer.WriteText(" (" + url + ")");
        }

        renderer.EndParagraph();
        using (renderer.WithBodyStyle(StyleIds.LinkCard))
        {
            renderer.WriteChildren(obj);
        }
    }
}

/// <summary>Attached files as a titled line: a hyperlink for remote files, the file name for files shipped with the course.</summary>
internal sealed class FileRenderer : DocxObjectRenderer<FileBlock>
{
    protected override void Write(DocxRenderer renderer, FileBlock obj)
    {
        var link = ResolvedLink.Of(obj);
        var name = link?.Asset?.FileName ?? Path.GetFileName(obj.Src);
        var title = string.IsNullOrWhiteSpace(obj.Caption) ? name : obj.Caption!;
        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.LinkCard);
        using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Strong }))
        {
            renderer.WriteText(renderer.Labels.File + renderer.Labels.Colon);
        }

        renderer.WriteResolvedLink(link, obj.Src, obj, () => renderer.WriteText(title));
        if (title != name)
        {
            renderer.WriteText(" (" + name + ")");
        }

        renderer.EndParagraph();
        using (renderer.WithBodyStyle(StyleIds.LinkCard))
        {
            renderer.WriteChildren(obj);
        }
    }
}

/// <summary>Content-refs as an internal link to the target page, shown with the page's title as GitBook does.</summary>
internal sealed class ContentRefRenderer : DocxObjectRenderer<ContentRefBlock>
{
    protected override void Write(DocxRenderer renderer, ContentRefBlock obj)
    {
        var link = ResolvedLink.Of(obj);
        var title = link?.Page?.Title ?? PageText.Collapse(obj.Descendants<ParagraphBlock>().Select(p => DocxRenderer.PlainText(p.Inline)).FirstOrDefault() ?? obj.Url);
        if (string.IsNullOrWhiteSpace(title))
        {
            title = obj.Url;
        }

        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.LinkCard);
        renderer.WriteResolvedLink(link, obj.Url, obj, () => renderer.WriteText(title));
        renderer.EndParagraph();
    }
}

/// <summary>A code block with a title: the title line, then the code.</summary>
internal sealed class CodeTitleRenderer : DocxObjectRenderer<CodeTitleBlock>
{
    protected override void Write(DocxRenderer renderer, CodeTitleBlock obj)
    {
        if (!string.IsNullOrWhiteSpace(obj.Title))
        {
            renderer.PendingNumbering = null;
            renderer.BeginParagraph(StyleIds.CodeTitle);
            renderer.WriteText(obj.Title!);
            renderer.EndParagraph();
        }

        renderer.WriteChildren(obj);
    }
}

/// <summary>Included blocks appear where the include stood.</summary>
internal sealed class IncludeRenderer : DocxObjectRenderer<IncludeBlock>
{
    protected override void Write(DocxRenderer renderer, IncludeBlock obj) => renderer.WriteChildren(obj);
}

/// <summary>
/// A GitBook card view as a table of one row per card: the cover as a small picture in a narrow first column (when any card
/// has one), then the bold title (a link to the target page or site), the card's text and, for a site, its address.
/// </summary>
internal sealed class CardsRenderer : DocxObjectRenderer<CardsBlock>
{
    private const double CoverShare = 0.22;

    protected override void Write(DocxRenderer renderer, CardsBlock obj)
    {
        var cards = obj.OfType<CardBlock>().ToList();
        var withCovers = cards.Any(c => c.Cover is not null && ResolvedLink.Of(c.Cover)?.Asset is not null);
        double[] weights = withCovers ? [CoverShare, 1 - CoverShare] : [1];
        renderer.PendingNumbering = null;
        var table = TableBuilder.Create(renderer, weights.Length, hasHeader: false, weights: weights);
        foreach (var card in cards)
        {
            var row = TableBuilder.Row(header: false);
            table.Append(row);
            // A card without a cover, in a view where others have one, spreads its text over both columns.
            var coverLink = card.Cover is { } cover && ResolvedLink.Of(cover) is { Asset: not null } resolved ? resolved : null;
            var textShare = weights[^1];
            if (withCovers && coverLink is not null)
            {
                var coverCell = TableBuilder.Cell(weights[0]);
                row.Append(coverCell);
                using (renderer.Into(coverCell, StyleIds.TableText, (long)(renderer.AvailableWidth * weights[0])))
                {
                    // The cover only decorates: the title says what the card is.
                    renderer.BeginParagraph(StyleIds.TableText);
                    renderer.WriteImage(coverLink, card.Cover!.Url ?? string.Empty, string.Empty, card.Cover);
                    renderer.EndParagraph();
                }

                TableBuilder.EnsureParagraph(renderer, coverCell);
            }
            else if (withCovers)
            {
                textShare = 1;
            }

            var cell = TableBuilder.Cell(textShare, span: withCovers && coverLink is null ? 2 : 1);
            row.Append(cell);
            using (renderer.Into(cell, StyleIds.TableText, (long)(renderer.AvailableWidth * textShare)))
            {
                WriteText(renderer, card);
            }

            TableBuilder.EnsureParagraph(renderer, cell);
        }

        renderer.AppendTable(table);
    }

    private static void WriteText(DocxRenderer renderer, CardBlock card)
    {
        var target = card.Target is null ? null : ResolvedLink.Of(card.Target);
        renderer.BeginParagraph(StyleIds.TableText, keepNext: card.Count > 0);
        using (renderer.WithFormat(f => f with { Bold = true }))
        {
            if (target is null || target.Kind == LinkTargetKind.Broken)
            {
                renderer.WriteChildren(card.Title);
            }
            else
            {
                var title = PageText.Collapse(DocxRenderer.PlainText(card.Title));
                if (title.Length == 0)
                {
                    title = target.Page?.Title ?? card.Target!.Url ?? string.Empty;
                }

                renderer.WriteResolvedLink(target, card.Target!.Url ?? string.Empty, card.Target, () => renderer.WriteText(title));
            }
        }

        renderer.EndParagraph();
        renderer.WriteChildren(card);
        if (target is { Kind: LinkTargetKind.External })
        {
            var url = target.ExternalUrl ?? target.OriginalUrl;
            renderer.BeginParagraph(StyleIds.TableText);
            renderer.WriteResolvedLink(target, url, card.Target!, () => renderer.WriteText(url));
            renderer.EndParagraph();
        }
    }
}
