using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Columns;

/// <summary>Registers <see cref="ColumnsParser"/> and <see cref="ColumnParser"/>.</summary>
public sealed class ColumnsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddGitBookTagParser(new ColumnsParser());
        pipeline.AddGitBookTagParser(new ColumnParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
