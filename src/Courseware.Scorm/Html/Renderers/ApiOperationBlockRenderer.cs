using Courseware.Markdown.GitBook.Api;
using Courseware.Model;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>
/// An API operation as a card: the method as a coloured badge that also reads as text, the path in monospace, the summary and
/// description, a parameters table with real column headers, the responses with their bodies, and the link to the spec.
/// </summary>
public sealed class ApiOperationBlockRenderer : ScormObjectRenderer<ApiOperationBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, ApiOperationBlock api)
    {
        var strings = renderer.Context.Strings;
        var method = api.Method.Length > 0 ? api.Method : "?";
        var headingId = "cw-api-" + renderer.Context.NextSerial().ToString(System.Globalization.CultureInfo.InvariantCulture);
        renderer.Write("<section class=\"cw-api\"").WriteAttribute("aria-labelledby", headingId).Write('>');
        renderer.Write("<p class=\"cw-api-operation\"").WriteAttribute("id", headingId).Write('>');
        renderer.Write("<span class=\"cw-visually-hidden\">").WriteEscape(strings["api.operation"]).Write(" </span>");
        renderer.Write("<span class=\"cw-api-method cw-api-method-").WriteEscape(method.ToLowerInvariant()).Write("\">").WriteEscape(method).Write("</span> ");
        renderer.Write("<code class=\"cw-api-path\">").WriteEscape(api.Path).Write("</code></p>");
        if (!string.IsNullOrWhiteSpace(api.Summary))
        {
            renderer.Write("<p class=\"cw-api-summary\">").WriteEscape(api.Summary).Write("</p>");
        }

        if (!string.IsNullOrWhiteSpace(api.BaseUrl))
        {
            renderer.Write("<p class=\"cw-api-base\">").WriteEscape(strings["api.baseUrl"]).Write(" <code>").WriteEscape(api.BaseUrl).Write("</code></p>");
        }

        foreach (var description in api.Descriptions)
        {
            renderer.Write("<div class=\"cw-api-description\">");
            renderer.WriteChildren(description);
            renderer.Write("</div>");
        }

        WriteParameters(renderer, api);
        WriteResponses(renderer, api);
        WriteSource(renderer, api);
        renderer.WriteLine("</section>");
    }

    private static void WriteParameters(ScormHtmlRenderer renderer, ApiOperationBlock api)
    {
        var parameters = api.Parameters.ToList();
        if (parameters.Count == 0)
        {
            return;
        }

        var strings = renderer.Context.Strings;
        renderer.Write("<div class=\"cw-table-scroll\" tabindex=\"0\"><table class=\"cw-api-parameters\"><caption>").WriteEscape(strings["api.parameters"]).Write("</caption><thead><tr>");
        foreach (var key in (string[])["api.name", "api.in", "api.type", "api.required", "api.description"])
        {
            renderer.Write("<th scope=\"col\">").WriteEscape(strings[key]).Write("</th>");
        }

        renderer.Write("</tr></thead><tbody>");
        foreach (var parameter in parameters)
        {
            renderer.Write("<tr><th scope=\"row\"><code>").WriteEscape(parameter.Name).Write("</code></th>");
            renderer.Write("<td>").WriteEscape(parameter.In).Write("</td>");
            renderer.Write("<td>").WriteEscape(parameter.Type).Write("</td>");
            renderer.Write("<td>").WriteEscape(strings[parameter.Required ? "api.yes" : "api.no"]).Write("</td>");
            renderer.Write("<td class=\"cw-api-cell\">");
            renderer.WriteChildren(parameter);
            renderer.Write("</td></tr>");
        }

        renderer.WriteLine("</tbody></table></div>");
    }

    private static void WriteResponses(ScormHtmlRenderer renderer, ApiOperationBlock api)
    {
        var responses = api.Responses.ToList();
        if (responses.Count == 0)
        {
            return;
        }

        renderer.Write("<p class=\"cw-api-heading\">").WriteEscape(renderer.Context.Strings["api.responses"]).Write("</p><ul class=\"cw-api-responses\">");
        foreach (var response in responses)
        {
            var status = response.Status;
            var kind = status.Length > 0 && char.IsAsciiDigit(status[0]) ? status[0] + "xx" : "other";
            renderer.Write("<li><span class=\"cw-api-status cw-api-status-").Write(kind).Write("\">").WriteEscape(status).Write("</span>");
            if (!string.IsNullOrWhiteSpace(response.Description))
            {
                renderer.Write(" ").WriteEscape(response.Description);
            }

            if (response.Count > 0)
            {
                renderer.Write("<div class=\"cw-api-response-body\">");
                renderer.WriteChildren(response);
                renderer.Write("</div>");
            }

            renderer.Write("</li>");
        }

        renderer.WriteLine("</ul>");
    }

    /// <summary>The body written in the page (usually the link to the spec), or else a link to the spec the tag names.</summary>
    private static void WriteSource(ScormHtmlRenderer renderer, ApiOperationBlock api)
    {
        var other = api.OtherContent.ToList();
        if (other is [Markdig.Syntax.ParagraphBlock { Inline: { } inline }])
        {
            renderer.Write("<p class=\"cw-api-source\">").WriteEscape(renderer.Context.Strings["api.specification"]).Write(' ');
            renderer.WriteChildren(inline);
            renderer.WriteLine("</p>");
            return;
        }

        if (other.Count > 0)
        {
            renderer.Write("<div class=\"cw-api-source\">");
            foreach (var block in other)
            {
                renderer.Write(block);
            }

            renderer.Write("</div>");
            return;
        }

        if (api.SpecSource is null || ResolvedLink.Of(api) is not { } link)
        {
            return;
        }

        var href = renderer.Context.Href(link);
        var label = link.Asset?.FileName ?? link.ExternalUrl ?? api.SpecSource;
        renderer.Write("<p class=\"cw-api-source\">").WriteEscape(renderer.Context.Strings["api.specification"]).Write(' ');
        if (href is null)
        {
            renderer.Write("<span class=\"cw-broken-link\">").WriteEscape(label).Write("</span>");
        }
        else
        {
            renderer.Write("<a").WriteAttribute("href", href).Write('>').WriteEscape(label).Write("</a>");
        }

        renderer.WriteLine("</p>");
    }
}

/// <summary>An <c>openapi-schemas</c> block: the schema names as a list under a label, then its body (a link to the spec).</summary>
public sealed class ApiSchemasBlockRenderer : ScormObjectRenderer<ApiSchemasBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, ApiSchemasBlock block)
    {
        renderer.Write("<section class=\"cw-api\"><p class=\"cw-api-heading\">").WriteEscape(renderer.Context.Strings["api.schemas"]).Write("</p><ul>");
        foreach (var schema in block.Schemas)
        {
            renderer.Write("<li><code>").WriteEscape(schema).Write("</code></li>");
        }

        renderer.Write("</ul>");
        renderer.WriteChildren(block);
        renderer.WriteLine("</section>");
    }
}
