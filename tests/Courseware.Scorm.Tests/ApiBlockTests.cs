using System.Text.RegularExpressions;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;

namespace Courseware.Scorm.Tests;

/// <summary>API reference blocks (openapi with a local spec, swagger written in the page) in a SCORM package.</summary>
public sealed class ApiBlockTests
{
    /// <summary>A one-page course: an openapi block filled from a local spec and a swagger block written out.</summary>
    public static Dictionary<string, string> Files() => new()
    {
        ["README.md"] = """
            # Messages API

            {% openapi src=".gitbook/assets/messages.json" path="/messages/{id}" method="get" %}
            [messages.json](.gitbook/assets/messages.json)
            {% endopenapi %}

            {% swagger method="delete" path="/v1/messages/{id}" baseUrl="https://api.example.org" summary="Delete a message" %}
            {% swagger-description %}
            Deletes the message <for good>.
            {% endswagger-description %}

            {% swagger-parameter in="path" name="id" type="string" required="true" %}
            Message identifier
            {% endswagger-parameter %}

            {% swagger-response status="200: OK" description="Deleted" %}
            ```json
            { "deleted": true }
            ```
            {% endswagger-response %}
            {% endswagger %}
            """,
        [".gitbook/assets/messages.json"] = """
            {
              "openapi": "3.0.0",
              "paths": { "/messages/{id}": { "get": {
                "summary": "Read a message",
                "parameters": [
                  { "$ref": "#/components/parameters/Id" },
                  { "name": "fields", "in": "query", "schema": { "type": "string" }, "description": "Fields to return" }
                ],
                "responses": { "200": { "description": "The message" }, "404": { "description": "No such message" } }
              } } },
              "components": { "parameters": { "Id": { "name": "id", "in": "path", "required": true, "schema": { "type": "string" }, "description": "Message identifier" } } }
            }
            """,
    };

    [SkippableTheory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public void Package_page_holds_method_path_and_parameter_table_and_ships_the_spec(ScormVersion version)
    {
        var course = RealCourse.FromFiles(Files());
        Assert.DoesNotContain(course.Diagnostics, d => d.Code == "CW0201");
        var package = ScormPackage.Export(course, version);
        var html = Regex.Replace(package.Text(package.Entries.Single(e => e.StartsWith("pages/", StringComparison.Ordinal))), @"\s+", " ");

        Assert.DoesNotContain("{%", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cw-api-method cw-api-method-get\">GET</span> <code class=\"cw-api-path\">/messages/{id}</code>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"cw-api-summary\">Read a message</p>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Parameters</caption><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">In</th><th scope=\"col\">Type</th><th scope=\"col\">Required</th><th scope=\"col\">Description</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Matches("<tr><th scope=\"row\"><code>id</code></th><td>path</td><td>string</td><td>yes</td><td class=\"cw-api-cell\"><p>Message identifier</p> ?</td></tr> ?<tr><th scope=\"row\"><code>fields</code></th><td>query</td><td>string</td><td>no</td>", html);
        Assert.Matches("<span class=\"cw-api-status cw-api-status-4xx\">404</span> No such message", html);

        // The swagger block: its description (escaped), its response body as a code block.
        Assert.Contains("<span class=\"cw-api-method cw-api-method-delete\">DELETE</span> <code class=\"cw-api-path\">/v1/messages/{id}</code>", html, StringComparison.Ordinal);
        Assert.Contains("<code>https://api.example.org</code>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"cw-api-status cw-api-status-2xx\">200: OK</span> Deleted", html, StringComparison.Ordinal);
        Assert.Matches("<pre[^>]*><code class=\"language-json\">\\{ &quot;deleted&quot;: true \\}", html);
        Assert.DoesNotContain("<for good>", html, StringComparison.Ordinal);

        // The spec is in the zip and the link points at it.
        var spec = Assert.Single(package.Entries, e => e.EndsWith("messages.json", StringComparison.Ordinal));
        Assert.Contains(spec, package.Text("imsmanifest.xml"), StringComparison.Ordinal);
        Assert.Matches("<p class=\"cw-api-source\">Specification: <a [^>]*href=\"\\.\\./" + Regex.Escape(spec) + "\"", html);

        var schemas = SchemaValidator.SchemaDirectory();
        Skip.If(schemas is null, SchemaValidator.MissingReason);
        Assert.Empty(SchemaValidator.Validate(package.Files["imsmanifest.xml"], version == ScormVersion.Scorm12, schemas!));
    }

    [Fact]
    public void Same_line_block_with_a_missing_spec_still_shows_method_path_and_a_broken_link()
    {
        var course = RealCourse.FromFiles(new Dictionary<string, string> { ["README.md"] = "---\nlang: en\n---\n# A\n\n{% openapi src=\"gone.yaml\" path=\"/x\" method=\"patch\" %}{% endopenapi %}\n" });
        var package = ScormPackage.Export(course, ScormVersion.Scorm2004);
        var html = package.Text(package.Entries.Single(e => e.StartsWith("pages/", StringComparison.Ordinal)));

        Assert.True(course.Diagnostics.Any(d => d.Code == "CW0220" && d.Location.Line == 6), string.Join('\n', course.Diagnostics));
        Assert.Contains(">PATCH</span> <code class=\"cw-api-path\">/x</code>", html, StringComparison.Ordinal);
        Assert.True(html.Contains("<p class=\"cw-api-source\">Specification: <span class=\"cw-broken-link\">gone.yaml</span></p>", StringComparison.Ordinal), html);
    }
}
