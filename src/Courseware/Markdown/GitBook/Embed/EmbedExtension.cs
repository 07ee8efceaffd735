using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Embed;

/// <summary>Registers <see cref="EmbedParser"/>.</summary>
public sealed class EmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.AddGitBookTagParser(new EmbedParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
