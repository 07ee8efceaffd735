using Courseware.Markdown.GitBook.Stepper;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A stepper as a numbered list of steps.</summary>
public sealed class StepperBlockRenderer : ScormObjectRenderer<StepperBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, StepperBlock block)
    {
        renderer.Write("<ol class=\"cw-stepper\">");
        renderer.WriteChildren(block);
        renderer.WriteLine("</ol>");
    }
}
