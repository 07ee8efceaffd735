using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.File;

/// <summary>Registers <see cref="FileParser"/>.</summary>
public sealed class FileExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.AddGitBookTagParser(new FileParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
