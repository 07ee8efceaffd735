using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Include;

/// <summary>Registers <see cref="IncludeParser"/>.</summary>
public sealed class IncludeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.AddGitBookTagParser(new IncludeParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
