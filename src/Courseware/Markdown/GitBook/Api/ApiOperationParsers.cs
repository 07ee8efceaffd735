using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Api;

/// <summary>Parses <c>{% openapi src="…" path="…" method="…" %}…{% endopenapi %}</c>.</summary>
public sealed class OpenApiParser() : GitBookTagParser<ApiOperationBlock>("openapi")
{
    protected override ApiOperationBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var block = ApiTagAttributes.Operation(this, ApiBlockForm.OpenApi, tag, report, needsSource: true);
        block.SpecSource = ApiTagAttributes.Url(tag.Attributes.GetValueOrDefault("src") ?? tag.Positional.FirstOrDefault());
        return block;
    }
}

/// <summary>Parses <c>{% openapi-operation spec="name" path="…" method="…" %}…{% endopenapi-operation %}</c>.</summary>
public sealed class OpenApiOperationParser() : GitBookTagParser<ApiOperationBlock>("openapi-operation")
{
    protected override ApiOperationBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var block = ApiTagAttributes.Operation(this, ApiBlockForm.OpenApiOperation, tag, report);
        block.SpecName = ApiTagAttributes.Text(tag.Attributes.GetValueOrDefault("spec"));
        block.SpecSource = ApiTagAttributes.Url(tag.Attributes.GetValueOrDefault("src"));
        return block;
    }
}

/// <summary>Parses <c>{% openapi-schemas spec="name" schemas="A,B" %}…{% endopenapi-schemas %}</c>.</summary>
public sealed class OpenApiSchemasParser() : GitBookTagParser<ApiSchemasBlock>("openapi-schemas")
{
    protected override ApiSchemasBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var schemas = (tag.Attributes.GetValueOrDefault("schemas") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (schemas.Length == 0)
        {
            report(DiagnosticCodes.MissingTagAttribute, [TagName, "schemas"]);
        }

        return new ApiSchemasBlock(this) { SpecName = ApiTagAttributes.Text(tag.Attributes.GetValueOrDefault("spec")), Schemas = schemas };
    }
}

/// <summary>Parses <c>{% swagger method="…" path="…" baseUrl="…" summary="…" %}…{% endswagger %}</c>.</summary>
public sealed class SwaggerParser() : GitBookTagParser<ApiOperationBlock>("swagger")
{
    protected override ApiOperationBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var block = ApiTagAttributes.Operation(this, ApiBlockForm.Swagger, tag, report);
        block.BaseUrl = ApiTagAttributes.Url(tag.Attributes.GetValueOrDefault("baseUrl"));
        block.Summary = ApiTagAttributes.Text(tag.Attributes.GetValueOrDefault("summary"));
        block.SpecSource = ApiTagAttributes.Url(tag.Attributes.GetValueOrDefault("src"));
        return block;
    }
}

/// <summary>Parses <c>{% swagger-description %}…{% endswagger-description %}</c> inside a <c>swagger</c> block.</summary>
public sealed class SwaggerDescriptionParser() : GitBookTagParser<ApiDescriptionBlock>("swagger-description")
{
    protected override ApiDescriptionBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        ApiTagAttributes.CheckInsideOperation(processor, TagName, report);
        return new ApiDescriptionBlock(this);
    }
}

/// <summary>Parses <c>{% swagger-parameter in="…" name="…" type="…" required="…" %}…{% endswagger-parameter %}</c>.</summary>
public sealed class SwaggerParameterParser() : GitBookTagParser<ApiParameterBlock>("swagger-parameter")
{
    protected override ApiParameterBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        ApiTagAttributes.CheckInsideOperation(processor, TagName, report);
        var name = ApiTagAttributes.Text(tag.Attributes.GetValueOrDefault("name"));
        if (name is null)
        {
            report(DiagnosticCodes.MissingTagAttribute, [TagName, "name"]);
        }

        return new ApiParameterBlock(this)
        {
            Name = name ?? string.Empty,
            In = ApiTagAttributes.Text(tag.Attributes.GetValueOrDefault("in"))?.ToLowerInvariant() ?? string.Empty,
            Type = ApiTagAttributes.Text(tag.Attributes.GetValueOrDefault("type")) ?? string.Empty,
            Required = string.Equals(tag.Attributes.GetValueOrDefault("required")?.Trim(), "true", StringComparison.OrdinalIgnoreCase),
        };
    }
}

/// <summary>Parses <c>{% swagger-response status="200: OK" description="…" %}…{% endswagger-response %}</c>.</summary>
public sealed class SwaggerResponseParser() : GitBookTagParser<ApiResponseBlock>("swagger-response")
{
    protected override ApiResponseBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        ApiTagAttributes.CheckInsideOperation(processor, TagName, report);
        var status = ApiTagAttributes.Text(tag.Attributes.GetValueOrDefault("status"));
        if (status is null)
        {
            report(DiagnosticCodes.MissingTagAttribute, [TagName, "status"]);
        }

        return new ApiResponseBlock(this) { Status = status ?? string.Empty, Description = ApiTagAttributes.Text(tag.Attributes.GetValueOrDefault("description")) };
    }
}

/// <summary>Reads the attributes the API tags share.</summary>
internal static class ApiTagAttributes
{
    /// <summary>The block with its method and path; the attributes missing among src (when <paramref name="needsSource"/>), method and path are reported in one diagnostic.</summary>
    public static ApiOperationBlock Operation(BlockParser parser, ApiBlockForm form, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report, bool needsSource = false)
    {
        var method = Text(tag.Attributes.GetValueOrDefault("method"));
        var path = Text(tag.Attributes.GetValueOrDefault("path"));
        var missing = new List<string>();
        if (needsSource && Url(tag.Attributes.GetValueOrDefault("src") ?? tag.Positional.FirstOrDefault()) is null)
        {
            missing.Add("src");
        }

        if (method is null)
        {
            missing.Add("method");
        }

        if (path is null)
        {
            missing.Add("path");
        }

        if (missing.Count > 0)
        {
            report(DiagnosticCodes.MissingTagAttribute, [tag.Name, string.Join(", ", missing)]);
        }

        return new ApiOperationBlock(parser) { Form = form, Method = method?.ToUpperInvariant() ?? string.Empty, Path = path ?? string.Empty };
    }

    /// <summary>A trimmed value, null when empty.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A URL or path as GitBook writes it, <c>&lt;https://…&gt;</c> brackets removed.</summary>
    public static string? Url(string? value)
    {
        var text = Text(value);
        if (text is { Length: > 1 } && text[0] == '<' && text[^1] == '>')
        {
            text = Text(text[1..^1]);
        }

        return text;
    }

    public static void CheckInsideOperation(BlockProcessor processor, string tagName, Action<DiagnosticDescriptor, object?[]> report)
    {
        if (processor.CurrentContainer is not ApiOperationBlock)
        {
            report(DiagnosticCodes.MisplacedGitBookTag, [tagName, "swagger"]);
        }
    }
}
