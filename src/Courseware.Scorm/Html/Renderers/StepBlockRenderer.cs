using Courseware.Markdown.GitBook.Stepper;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>One step of a stepper.</summary>
public sealed class StepBlockRenderer : ScormObjectRenderer<StepBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, StepBlock block)
    {
        renderer.Write("<li class=\"cw-step\">");
        renderer.WriteChildren(block);
        renderer.WriteLine("</li>");
    }
}
