using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>Registers <see cref="DetailsParser"/> and the pass that turns GitBook's figures, marks, images, breaks and heading anchors into nodes.</summary>
public sealed class GitBookHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DetailsParser>())
        {
            pipeline.BlockParsers.InsertBefore<HtmlBlockParser>(new DetailsParser());
        }

        pipeline.DocumentProcessed -= GitBookHtmlRewriter.Rewrite;
        pipeline.DocumentProcessed += GitBookHtmlRewriter.Rewrite;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
