using Courseware.Markdown.GitBook.Code;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A titled code block: a figure whose caption is the title.</summary>
public sealed class CodeTitleBlockRenderer : ScormObjectRenderer<CodeTitleBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, CodeTitleBlock block)
    {
        renderer.Write("<figure class=\"cw-code\">");
        if (!string.IsNullOrWhiteSpace(block.Title))
        {
            renderer.Write("<figcaption>").WriteEscape(block.Title!).Write("</figcaption>");
        }

        renderer.WriteChildren(block);
        renderer.WriteLine("</figure>");
    }
}
