using Courseware.Markdown.GitBook.Html;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A GitBook highlight as <c>&lt;mark&gt;</c>; its colours are GitBook theme variables and are not carried over.</summary>
public sealed class MarkInlineRenderer : ScormObjectRenderer<MarkInline>
{
    protected override void Write(ScormHtmlRenderer renderer, MarkInline mark)
    {
        renderer.Write("<mark>");
        renderer.WriteChildren(mark);
        renderer.Write("</mark>");
    }
}
