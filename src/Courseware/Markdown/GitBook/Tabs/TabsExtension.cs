using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Tabs;

/// <summary>Registers <see cref="TabsParser"/> and <see cref="TabParser"/>.</summary>
public sealed class TabsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddGitBookTagParser(new TabsParser());
        pipeline.AddGitBookTagParser(new TabParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
