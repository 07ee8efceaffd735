using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Code;

/// <summary>Registers <see cref="CodeTitleParser"/>.</summary>
public sealed class CodeTitleExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.AddGitBookTagParser(new CodeTitleParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
