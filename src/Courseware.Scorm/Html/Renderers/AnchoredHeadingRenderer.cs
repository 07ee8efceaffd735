using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>Headings with the ids links use (GitBook ids from the model, prefixed by the page in the single-SCO layout).</summary>
public sealed class AnchoredHeadingRenderer : ScormObjectRenderer<HeadingBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, HeadingBlock heading)
    {
        var context = renderer.Context;
        var id = context.HeadingId(heading);
        var level = Math.Clamp(heading.Level + context.HeadingShift, 1, 6);
        var tag = "h" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write('<').Write(tag);
        if (id is not null)
        {
            renderer.WriteAttribute("id", context.Layout.HeadingElementId(context.Page, id));
        }

        renderer.Write(">");
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
