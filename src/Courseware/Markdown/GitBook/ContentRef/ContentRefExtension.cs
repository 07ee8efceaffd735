using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.ContentRef;

/// <summary>Registers <see cref="ContentRefParser"/> and <see cref="PageRefParser"/>.</summary>
public sealed class ContentRefExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddGitBookTagParser(new ContentRefParser());
        pipeline.AddGitBookTagParser(new PageRefParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
