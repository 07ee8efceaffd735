using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Embed;

/// <summary>Registers <see cref="EmbedParser"/> and the older <see cref="YouTubeParser"/>.</summary>
public sealed class EmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddGitBookTagParser(new EmbedParser());
        pipeline.AddGitBookTagParser(new YouTubeParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
