using Courseware.Diagnostics;
using Courseware.Markdown;
using Courseware.Markdown.GitBook;
using Courseware.Markdown.GitBook.Api;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Courseware.Tests.Markdown;

/// <summary>The API reference blocks (openapi, openapi-operation, openapi-schemas, swagger) as the parser builds them.</summary>
public sealed class ApiBlockParserTests
{
    private static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, GitBookPipeline.Create());

    [Fact]
    public void Api_tags_are_known_tags_not_CW0201()
    {
        var document = Parse(
            "{% openapi src=\"s.json\" path=\"/a\" method=\"get\" %}\n[s.json](s.json)\n{% endopenapi %}\n\n"
            + "{% openapi-operation spec=\"x\" path=\"/b\" method=\"post\" %}\n{% endopenapi-operation %}\n\n"
            + "{% openapi-schemas spec=\"x\" schemas=\"A\" %}\n{% endopenapi-schemas %}\n\n"
            + "{% swagger method=\"get\" path=\"/c\" %}\n{% swagger-description %}\nd\n{% endswagger-description %}\n{% endswagger %}\n");

        Assert.Empty(GitBookParseDiagnostics.Get(document));
        Assert.Equal(3, document.OfType<ApiOperationBlock>().Count());
        Assert.Single(document.OfType<ApiSchemasBlock>());
    }

    [Fact]
    public void Same_line_close_ends_the_block_so_the_next_paragraph_is_outside()
    {
        var document = Parse("{% openapi src=\"<https://x.org/o.yaml>\" path=\"/p\" method=\"delete\" %}{% endopenapi %}\n\nAfter.\n");

        var api = Assert.IsType<ApiOperationBlock>(document[0]);
        Assert.True(api.IsClosed);
        Assert.Empty(api);
        Assert.Equal("https://x.org/o.yaml", api.SpecSource);
        Assert.Equal("DELETE", api.Method);
        Assert.IsType<ParagraphBlock>(document[1]);
        Assert.Empty(GitBookParseDiagnostics.Get(document));
    }

    [Fact]
    public void A_same_line_body_is_a_paragraph_whose_inlines_have_their_source_column()
    {
        var document = Parse("{% swagger method=\"get\" path=\"/c\" %}\n{% swagger-parameter in=\"query\" name=\"q\" %}See [doc](d.md){% endswagger-parameter %}\n{% endswagger %}\n");

        var parameter = Assert.Single(((ApiOperationBlock)document[0]).Parameters);
        var link = parameter.Descendants<LinkInline>().Single();
        Assert.Equal("d.md", link.Url);
        Assert.Equal(1, link.Line);
        Assert.Equal("{% swagger-parameter in=\"query\" name=\"q\" %}See ".Length, link.Column);
    }

    [Fact]
    public void Missing_end_tag_is_reported_at_the_opening_tag()
    {
        var document = Parse("Intro\n\n  {% openapi src=\"s.json\" path=\"/a\" method=\"get\" %}\n[s.json](s.json)\n");

        var diagnostic = Assert.Single(GitBookParseDiagnostics.Get(document));
        Assert.Equal(DiagnosticCodes.UnclosedGitBookTag, diagnostic.Descriptor);
        Assert.Equal((3, 3), (diagnostic.Line, diagnostic.Column));
        Assert.False(document.OfType<ApiOperationBlock>().Single().IsClosed);
    }

    [Fact]
    public void Unknown_attributes_are_ignored_and_values_trimmed()
    {
        var document = Parse("{% swagger method=\" post \" path=\"/v1/x\" baseUrl=\"https://api.example.org\" summary=\"Make x\" expanded=\"true\" fullWidth %}\n"
            + "{% swagger-parameter in=\"BODY\" name=\"payload\" type=\"object\" required=\"TRUE\" colour=\"red\" %}\n{% endswagger-parameter %}\n"
            + "{% swagger-response status=\"201: Created\" description=\"Made\" %}\n{% endswagger-response %}\n{% endswagger %}\n");

        Assert.Empty(GitBookParseDiagnostics.Get(document));
        var api = (ApiOperationBlock)document[0];
        Assert.Equal(("POST", "/v1/x", "https://api.example.org", "Make x"), (api.Method, api.Path, api.BaseUrl, api.Summary));
        var parameter = Assert.Single(api.Parameters);
        Assert.Equal(("payload", "body", "object", true), (parameter.Name, parameter.In, parameter.Type, parameter.Required));
        var response = Assert.Single(api.Responses);
        Assert.Equal(("201: Created", "Made"), (response.Status, response.Description));
    }

    [Fact]
    public void Response_body_keeps_its_fenced_code_even_when_it_holds_an_end_tag()
    {
        var document = Parse("{% swagger method=\"get\" path=\"/c\" %}\n{% swagger-response status=\"200\" %}\n```json\n{% endswagger-response %}\n```\n{% endswagger-response %}\n{% endswagger %}\nafter\n");

        var response = Assert.Single(((ApiOperationBlock)document[0]).Responses);
        var code = Assert.IsType<FencedCodeBlock>(Assert.Single(response));
        Assert.Equal("{% endswagger-response %}", code.Lines.ToString());
        Assert.IsType<ParagraphBlock>(document[1]);
    }
}
