using Markdig;
using Markdig.Renderers;

namespace Courseware.Markdown.GitBook.Api;

/// <summary>Registers the parsers of the API reference blocks: <c>openapi</c>, <c>openapi-operation</c>, <c>openapi-schemas</c>, <c>swagger</c> and its parts.</summary>
public sealed class ApiOperationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.AddGitBookTagParser(new OpenApiParser());
        pipeline.AddGitBookTagParser(new OpenApiOperationParser());
        pipeline.AddGitBookTagParser(new OpenApiSchemasParser());
        pipeline.AddGitBookTagParser(new SwaggerParser());
        pipeline.AddGitBookTagParser(new SwaggerDescriptionParser());
        pipeline.AddGitBookTagParser(new SwaggerParameterParser());
        pipeline.AddGitBookTagParser(new SwaggerResponseParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
