using Courseware.Markdown.GitBook.Html;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;

namespace Courseware.Pdf.Rendering;

/// <summary>
/// A GitBook card view on paper: one framed box per card, its cover as a small thumbnail beside the bold title (linked to the
/// target page, with its page number, or to the site, whose address is printed), then the card's text.
/// </summary>
internal sealed class CardsRenderer : PdfBlockRenderer<CardsBlock>
{
    private const double ThumbnailWidth = 72;

    protected override void Render(CardsBlock block, BlockRendererSet renderers, ColumnElement target)
    {
        var context = renderers.Context;
        var cards = new ColumnElement();
        var first = true;
        foreach (var card in block.OfType<CardBlock>())
        {
            cards.Add(new KeepTogetherElement(Card(card, renderers), context.ContentArea.Height * 0.3), first ? 0 : 6);
            first = false;
        }

        target.Add(cards, HandoutTheme.BlockSpacing);
    }

    private static Element Card(CardBlock card, BlockRendererSet renderers)
    {
        var context = renderers.Context;
        var body = new ColumnElement();
        body.Add(context.Text(TitleRuns(card, context)));
        foreach (var child in card)
        {
            renderers.Render(child, body);
        }

        if (card.Target is { } link && ResolvedLink.Of(link) is { Kind: LinkTargetKind.External } external)
        {
            var url = external.ExternalUrl ?? external.OriginalUrl;
            body.Add(context.Text([new TextRun(url, HandoutTheme.Small with { Color = HandoutTheme.Link, Link = new LinkTarget.External(url) })]), 2);
        }

        Element content = body;
        if (Cover(card, context) is { } cover)
        {
            content = new RowElement { Gap = 10 }.AddFixed(cover, ThumbnailWidth).AddRelative(body);
        }

        return new BoxElement(content) { Border = HandoutTheme.Rule, PaddingLeft = 10, PaddingRight = 10, PaddingTop = 6, PaddingBottom = 6 };
    }

    /// <summary>The title in bold, as a link to the card's page (then its page number) or site; the target's title when the card has none.</summary>
    private static List<TextRun> TitleRuns(CardBlock card, RenderContext context)
    {
        var style = HandoutTheme.Body with { Bold = true };
        var resolved = card.Target is null ? null : ResolvedLink.Of(card.Target);
        var runs = new InlineRenderer(context).Render(card.Title, style).Runs.ToList();
        if (runs.All(r => r.Text.Trim().Length == 0))
        {
            runs = [new TextRun(resolved?.Page?.Title ?? card.Target?.Url ?? string.Empty, style)];
        }

        string? destination = resolved switch
        {
            { Kind: LinkTargetKind.Page, Page: { } page } => resolved.Anchor is { Length: > 0 } a ? RenderContext.AnchorDestination(page, a) : RenderContext.PageDestination(page),
            { Kind: LinkTargetKind.Anchor, Anchor: { Length: > 0 } anchor } when context.Page is not null => RenderContext.AnchorDestination(context.Page, anchor),
            _ => null,
        };
        LinkTarget? link = destination is not null ? new LinkTarget.Internal(destination)
            : resolved is { Kind: LinkTargetKind.External } ? new LinkTarget.External(resolved.ExternalUrl ?? resolved.OriginalUrl)
            : null;
        if (link is null)
        {
            return runs;
        }

        runs = [.. runs.Select(r => r with { Style = r.Style with { Color = HandoutTheme.Link, Link = link } })];
        if (destination is not null)
        {
            var numbered = context.PageOf(destination) is null && resolved?.Page is { } p ? RenderContext.PageDestination(p) : destination;
            runs.Add(context.PageNumberRun($"  ({context.Labels.SeePage} ", numbered, ")", HandoutTheme.Small with { Link = link, Color = HandoutTheme.Muted }));
        }

        return runs;
    }

    /// <summary>The cover as a decorative thumbnail, when it is an image the handout can embed; nothing otherwise (it only decorates).</summary>
    private static ImageElement? Cover(CardBlock card, RenderContext context) =>
        card.Cover is { } cover && ResolvedLink.Of(cover)?.Asset is { IsRemote: false, Exists: true } asset && context.Images.Get(asset).Image is { } image
            ? new ImageElement(image, string.Empty, ThumbnailWidth)
            : null;
}
