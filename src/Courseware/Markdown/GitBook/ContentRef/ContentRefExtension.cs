using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.ContentRef;

/// <summary>Registers <see cref="ContentRefParser"/>.</summary>
public sealed class ContentRefExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.AddGitBookTagParser(new ContentRefParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
