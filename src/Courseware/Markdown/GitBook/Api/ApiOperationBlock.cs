using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Api;

/// <summary>Which GitBook tag wrote an API operation block.</summary>
public enum ApiBlockForm
{
    /// <summary><c>{% openapi src="…" path="…" method="…" %}</c>: an operation of a spec file or URL.</summary>
    OpenApi,

    /// <summary><c>{% openapi-operation spec="name" path="…" method="…" %}</c>: an operation of a spec the GitBook space names.</summary>
    OpenApiOperation,

    /// <summary><c>{% swagger method="…" path="…" %}</c>: an operation written out in the page.</summary>
    Swagger,
}

/// <summary>
/// One operation of an HTTP API (<c>openapi</c>, <c>openapi-operation</c> or <c>swagger</c> block). Its children are
/// <see cref="ApiDescriptionBlock"/>, <see cref="ApiParameterBlock"/> and <see cref="ApiResponseBlock"/> nodes (written in the
/// page, or added by the loader from a local spec file) and any other Markdown of the body, such as the link to the spec.
/// </summary>
public sealed class ApiOperationBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public ApiBlockForm Form { get; set; }

    /// <summary>The HTTP method in upper case (<c>GET</c>), empty when the tag gives none.</summary>
    public string Method { get; set; } = string.Empty;

    /// <summary>The path template, e.g. <c>/messages/{id}</c>.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The server the path is relative to, from the tag's <c>baseUrl</c> or the spec's servers.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>A one-line summary, from the tag or the spec.</summary>
    public string? Summary { get; set; }

    /// <summary>The <c>src</c> of the spec (relative path or URL, angle brackets removed), when the tag names one.</summary>
    public string? SpecSource { get; set; }

    /// <summary>The name of a spec registered in the GitBook space (<c>spec="…"</c>), which only GitBook can read.</summary>
    public string? SpecName { get; set; }

    /// <summary>The description blocks, in order.</summary>
    public IEnumerable<ApiDescriptionBlock> Descriptions => this.OfType<ApiDescriptionBlock>();

    /// <summary>The parameters, in order.</summary>
    public IEnumerable<ApiParameterBlock> Parameters => this.OfType<ApiParameterBlock>();

    /// <summary>The responses, in order.</summary>
    public IEnumerable<ApiResponseBlock> Responses => this.OfType<ApiResponseBlock>();

    /// <summary>The rest of the body (typically the link to the spec), in order.</summary>
    public IEnumerable<Markdig.Syntax.Block> OtherContent => this.Where(b => b is not (ApiDescriptionBlock or ApiParameterBlock or ApiResponseBlock));
}

/// <summary><c>{% swagger-description %}…{% endswagger-description %}</c>, or an operation's description read from its spec: Markdown children.</summary>
public sealed class ApiDescriptionBlock(BlockParser? parser) : GitBookTagBlock(parser);

/// <summary><c>{% swagger-parameter in="…" name="…" type="…" required="…" %}description{% endswagger-parameter %}</c>: the description is the children.</summary>
public sealed class ApiParameterBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public string Name { get; set; } = string.Empty;

    /// <summary>Where the parameter goes: <c>path</c>, <c>query</c>, <c>header</c>, <c>cookie</c> or <c>body</c>.</summary>
    public string In { get; set; } = string.Empty;

    /// <summary>The value type as the source writes it (<c>string</c>, <c>array of integer</c>, a schema name), empty when unknown.</summary>
    public string Type { get; set; } = string.Empty;

    public bool Required { get; set; }
}

/// <summary><c>{% swagger-response status="200: OK" description="…" %}body{% endswagger-response %}</c>: the body (often a JSON example) is the children.</summary>
public sealed class ApiResponseBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    /// <summary>The status as written: <c>200</c>, <c>200: OK</c>, <c>default</c>.</summary>
    public string Status { get; set; } = string.Empty;

    public string? Description { get; set; }
}

/// <summary><c>{% openapi-schemas spec="name" schemas="A,B" %}…{% endopenapi-schemas %}</c>: data models of a spec only GitBook can read.</summary>
public sealed class ApiSchemasBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public string? SpecName { get; set; }

    /// <summary>The schema names, in the order the tag lists them.</summary>
    public IReadOnlyList<string> Schemas { get; set; } = [];
}
