using Courseware.Markdown.GitBook.Html;

namespace Courseware.Scorm.Html.Renderers;

/// <summary><c>&lt;details&gt;</c> with its summary, rendered from the Markdown inside.</summary>
public sealed class DetailsBlockRenderer : ScormObjectRenderer<DetailsBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, DetailsBlock block)
    {
        renderer.Write(block.Open ? "<details class=\"cw-details\" open><summary>" : "<details class=\"cw-details\"><summary>");
        renderer.WriteChildren(block.Summary);
        renderer.Write("</summary><div class=\"cw-details-body\">");
        renderer.WriteChildren(block);
        renderer.WriteLine("</div></details>");
    }
}
