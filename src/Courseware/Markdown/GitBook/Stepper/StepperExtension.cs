using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Stepper;

/// <summary>Registers <see cref="StepperParser"/> and <see cref="StepParser"/>.</summary>
public sealed class StepperExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddGitBookTagParser(new StepperParser());
        pipeline.AddGitBookTagParser(new StepParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
