using Courseware.Markdown.GitBook.Html;
using Courseware.Model;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>
/// A GitBook card view as a list of cards in a grid that wraps on narrow screens: the cover image (decorative), the title as the
/// link to the card's target (another page of the package, a heading, a site) and the card's text, in the content-ref card style.
/// </summary>
public sealed class CardsBlockRenderer : ScormObjectRenderer<CardsBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, CardsBlock cards)
    {
        renderer.Write("<ul class=\"cw-cards\">");
        foreach (var card in cards.OfType<CardBlock>())
        {
            WriteCard(renderer, card);
        }

        renderer.WriteLine("</ul>");
    }

    private static void WriteCard(ScormHtmlRenderer renderer, CardBlock card)
    {
        var context = renderer.Context;
        var target = card.Target is null ? null : ResolvedLink.Of(card.Target);
        var href = target is not null ? context.Href(target) : null;
        renderer.Write("<li class=\"cw-card cw-card-tile\">");
        if (card.Cover is not null && ResolvedLink.Of(card.Cover) is { } cover && context.Href(cover) is { } src)
        {
            renderer.Write("<img class=\"cw-card-cover\"").WriteAttribute("src", src).Write(" alt=\"\" loading=\"lazy\">");
        }

        renderer.Write("<p class=\"cw-card-title\">");
        if (href is null)
        {
            // Without a target the title keeps its own markup, links included.
            if (card.Title.FirstChild is not null)
            {
                renderer.WriteChildren(card.Title);
            }
            else if (card.Target is not null)
            {
                renderer.Write("<span class=\"cw-broken-link\">").WriteEscape(card.Target.Url ?? string.Empty).Write(" (").WriteEscape(context.Strings["brokenLink"]).Write(")</span>");
            }
        }
        else
        {
            renderer.Write("<a").WriteAttribute("href", href);
            if (target!.Kind == LinkTargetKind.Page && context.Layout.Sco == Export.ScoLayout.PerPage && target.Page != context.Page)
            {
                renderer.WriteAttribute("data-cw-page", context.Layout[target.Page!].ItemId);
            }

            if (target.Kind == LinkTargetKind.External)
            {
                renderer.Write(" rel=\"noopener\" class=\"cw-external\"");
            }

            // A link cannot hold another: the title is written as text, the card's own link names it.
            var title = ResolvedLinkInlineRenderer.ToPlainText(card.Title);
            renderer.Write("><span class=\"cw-icon\" aria-hidden=\"true\"></span>")
                .WriteEscape(title.Length > 0 ? title : target.Page?.Title ?? card.Target!.Url ?? string.Empty)
                .Write("</a>");
        }

        renderer.Write("</p>");
        if (card.Count > 0)
        {
            renderer.Write("<div class=\"cw-card-description\">");
            renderer.WriteChildren(card);
            renderer.Write("</div>");
        }

        renderer.WriteLine("</li>");
    }
}
