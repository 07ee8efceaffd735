using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Hint;

/// <summary>Registers <see cref="HintParser"/>.</summary>
public sealed class HintExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.AddGitBookTagParser(new HintParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
