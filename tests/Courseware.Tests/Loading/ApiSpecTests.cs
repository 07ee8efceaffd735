using Courseware.Diagnostics;
using Courseware.Markdown.GitBook.Api;
using Courseware.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

/// <summary>openapi blocks whose src is a spec file of the course: the loader fills them from it and ships the file.</summary>
public class ApiSpecTests
{
    private const string OpenApiJson = """
        {
          "openapi": "3.0.3",
          "servers": [{ "url": "https://api.example.org/v2" }],
          "paths": {
            "/messages/{id}": {
              "parameters": [ { "$ref": "#/components/parameters/MessageId" } ],
              "get": {
                "summary": "Read a message",
                "description": "Returns the message, see [the guide](guide.md).",
                "parameters": [
                  { "name": "fields", "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "description": "Fields to return" },
                  { "$ref": "#/components/parameters/Trace" }
                ],
                "responses": {
                  "200": { "description": "The message" },
                  "404": { "$ref": "#/components/responses/NotFound" }
                }
              },
              "put": {
                "requestBody": { "required": true, "description": "The new text", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Message" } } } },
                "responses": { "204": { "description": "Saved" } }
              }
            }
          },
          "components": {
            "parameters": {
              "MessageId": { "name": "id", "in": "path", "required": true, "schema": { "type": "string" }, "description": "Message identifier" },
              "Trace": { "name": "X-Trace", "in": "header", "schema": { "type": "string" } }
            },
            "responses": { "NotFound": { "description": "No such message" } },
            "schemas": { "Message": { "type": "object" } }
          }
        }
        """;

    private const string SwaggerYaml = """
        swagger: "2.0"
        host: api.example.org
        basePath: /v1
        schemes: [https]
        parameters:
          Limit:
            name: limit
            in: query
            type: integer
            description: How many at most
        paths:
          /things:
            get:
              summary: List things
              parameters:
                - $ref: '#/parameters/Limit'
                - name: body
                  in: body
                  required: true
                  schema:
                    $ref: '#/definitions/Filter'
              responses:
                '200':
                  description: The things
                default:
                  description: An error
        """;

    private static ApiOperationBlock Block(Course course, int index = 0) => course.Root.Document.Descendants<ApiOperationBlock>().ElementAt(index);

    [Fact]
    public void Json_spec_fills_summary_description_parameters_with_refs_and_responses()
    {
        var course = With(
            ("README.md", "# API\n\n{% openapi src=\".gitbook/assets/api.json\" path=\"/messages/{id}\" method=\"get\" %}\n[api.json](.gitbook/assets/api.json)\n{% endopenapi %}\n\n" + Ref("guide.md")),
            ("guide.md", "# Guide\n"),
            (".gitbook/assets/api.json", OpenApiJson)).Load();

        var api = Block(course);
        Assert.Equal("Read a message", api.Summary);
        Assert.Equal("https://api.example.org/v2", api.BaseUrl);
        var description = Assert.Single(api.Descriptions);
        var link = description.Descendants<LinkInline>().Single();
        Assert.Equal("guide.md", link.Url);
        Assert.Equal("guide.md", ResolvedLink.Of(link)!.Page!.Path);
        Assert.Equal(
            [("id", "path", "string", true), ("fields", "query", "array of string", false), ("X-Trace", "header", "string", false)],
            api.Parameters.Select(p => (p.Name, p.In, p.Type, p.Required)));
        Assert.Equal("Message identifier", api.Parameters.First().Descendants<LiteralInline>().Single().Content.ToString());
        Assert.Equal([("200", "The message"), ("404", "No such message")], api.Responses.Select(r => (r.Status, r.Description)));
        // The body (the link to the spec) stays last.
        Assert.IsType<ParagraphBlock>(api.LastChild);
        Assert.Equal(".gitbook/assets/api.json", ResolvedLink.Of(api)!.Asset!.Path);
        Assert.Contains(course.Assets, a => a.Path == ".gitbook/assets/api.json");
        Assert.Contains(course.Root.Assets, a => a.Path == ".gitbook/assets/api.json");
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void Request_body_of_an_OpenApi_3_operation_is_a_body_parameter()
    {
        var course = With(
            ("README.md", "{% openapi src=\"api.json\" path=\"/messages/{id}/\" method=\"PUT\" %}{% endopenapi %}\n"),
            ("api.json", OpenApiJson)).Load();

        var api = Block(course);
        Assert.Equal([("id", "path", "string", true), ("body", "body", "Message", true)], api.Parameters.Select(p => (p.Name, p.In, p.Type, p.Required)));
        Assert.Equal("Saved", Assert.Single(api.Responses).Description);
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void Yaml_swagger_2_spec_fills_the_block_with_its_host_and_parameter_refs()
    {
        var course = With(
            ("README.md", "# API\n\n" + Ref("docs/things.md")),
            ("docs/things.md", "# Things\n\n{% openapi src=\"../specs/api.yaml\" path=\"/things\" method=\"get\" %}\n[api.yaml](../specs/api.yaml)\n{% endopenapi %}\n"),
            ("specs/api.yaml", SwaggerYaml)).Load();

        var api = course.FindPage("docs/things.md")!.Document.Descendants<ApiOperationBlock>().Single();
        Assert.Equal("List things", api.Summary);
        Assert.Equal("https://api.example.org/v1", api.BaseUrl);
        Assert.Equal([("limit", "query", "integer", false), ("body", "body", "Filter", true)], api.Parameters.Select(p => (p.Name, p.In, p.Type, p.Required)));
        Assert.Equal([("200", "The things"), ("default", "An error")], api.Responses.Select(r => (r.Status, r.Description)));
        Assert.Contains(course.Assets, a => a.Path == "specs/api.yaml");
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void What_the_page_writes_wins_over_the_spec()
    {
        var course = With(
            ("README.md", "{% swagger src=\"api.json\" path=\"/messages/{id}\" method=\"get\" summary=\"My words\" %}\n"
                + "{% swagger-parameter in=\"path\" name=\"id\" %}Mine{% endswagger-parameter %}\n{% endswagger %}\n"),
            ("api.json", OpenApiJson)).Load();

        var api = Block(course);
        Assert.Equal("My words", api.Summary);
        Assert.Equal("id", Assert.Single(api.Parameters).Name);
        Assert.Equal(2, api.Responses.Count());
        Assert.Single(api.Descriptions);
    }

    [Fact]
    public void Operation_missing_from_the_spec_is_a_warning_at_the_block_which_keeps_method_path_and_link()
    {
        var course = With(
            ("README.md", "# API\n\n{% openapi src=\"api.json\" path=\"/nowhere\" method=\"get\" %}\n[api.json](api.json)\n{% endopenapi %}\n"),
            ("api.json", OpenApiJson)).Load();

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.ApiOperationNotInSpec);
        Assert.Equal(new SourceLocation("README.md", 3, 1), d.Location);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("GET /nowhere", d.Message, StringComparison.Ordinal);
        var api = Block(course);
        Assert.Equal(("GET", "/nowhere"), (api.Method, api.Path));
        Assert.Empty(api.Parameters);
        Assert.IsType<ParagraphBlock>(Assert.Single(api));
        Assert.Contains(course.Assets, a => a.Path == "api.json");
    }

    [Fact]
    public void Missing_and_unreadable_specs_are_warnings_with_their_location()
    {
        var course = With(
            ("README.md", "# API\n\n{% openapi src=\"absent.json\" path=\"/a\" method=\"get\" %}{% endopenapi %}\n\n"
                + "{% openapi src=\"broken.json\" path=\"/a\" method=\"get\" %}{% endopenapi %}\n\n"
                + "{% openapi src=\"broken.json\" path=\"/b\" method=\"get\" %}{% endopenapi %}\n\n"
                + "{% openapi src=\"no-paths.yaml\" path=\"/a\" method=\"get\" %}{% endopenapi %}\n"),
            ("broken.json", "{ \"openapi\": \"3.0.0\", \"paths\": { "),
            ("no-paths.yaml", "openapi: 3.0.0\ninfo: { title: x }\n")).Load();

        var missing = DiagnosticAssert.Single(course, DiagnosticCodes.ApiSpecMissing);
        Assert.Equal(new SourceLocation("README.md", 3, 1), missing.Location);
        var unreadable = course.Diagnostics.Where(d => d.Code == DiagnosticCodes.ApiSpecUnreadable.Code).ToList();
        Assert.Equal([5, 7, 9], unreadable.Select(d => d.Location.Line));
        Assert.Contains("no 'paths' object", unreadable[2].Message, StringComparison.Ordinal);
        Assert.Equal(LinkTargetKind.Broken, ResolvedLink.Of(Block(course, 0))!.Kind);
        Assert.All(course.Root.Document.Descendants<ApiOperationBlock>(), a => Assert.Empty(a));
    }

    [Fact]
    public void Remote_spec_stays_a_link_and_is_not_an_asset()
    {
        var course = With(("README.md", "{% openapi src=\"<https://api.example.org/openapi.json>\" path=\"/a\" method=\"get\" %}{% endopenapi %}\n")).Load();

        var link = ResolvedLink.Of(Block(course))!;
        Assert.Equal(LinkTargetKind.External, link.Kind);
        Assert.Equal("https://api.example.org/openapi.json", link.ExternalUrl);
        Assert.Empty(course.Assets);
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void Links_inside_swagger_blocks_are_resolved_and_checked()
    {
        var course = With(
            ("README.md", "{% swagger method=\"get\" path=\"/a\" %}\n{% swagger-description %}\nSee [gone](gone.md) and ![](shot.png).\n{% endswagger-description %}\n{% endswagger %}\n"),
            ("shot.png", "PNG")).Load();

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.LinkTargetMissing);
        Assert.Equal(3, d.Location.Line);
        Assert.Contains(course.Assets, a => a.Path == "shot.png");
        Assert.Contains(course.Diagnostics, x => x.Code.StartsWith("CW080", StringComparison.Ordinal) && x.Location.Line == 3);
    }
}
