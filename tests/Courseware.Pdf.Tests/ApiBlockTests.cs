using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
using UglyToad.PdfPig;

namespace Courseware.Pdf.Tests;

/// <summary>API operation blocks in the handout, read back with PdfPig.</summary>
public sealed class ApiBlockTests
{
    private const string Page = """
        ---
        lang: en
        ---
        # Messages API

        {% openapi src="messages.json" path="/messages/{id}" method="get" %}
        [messages.json](messages.json)
        {% endopenapi %}

        {% swagger method="post" path="/v1/messages" summary="Send a message" %}
        {% swagger-parameter in="body" name="text" type="string" required="true" %}The words{% endswagger-parameter %}
        {% swagger-response status="201: Created" description="Sent" %}
        ```json
        { "id": "m42" }
        ```
        {% endswagger-response %}
        {% endswagger %}
        """;

    private const string Spec = """
        { "openapi": "3.0.0", "paths": { "/messages/{id}": { "get": {
          "summary": "Read a message",
          "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" }, "description": "Message identifier" } ],
          "responses": { "404": { "description": "No such message" } } } } } }
        """;

    [Fact]
    public void Handout_shows_method_and_path_line_parameter_table_responses_and_bodies()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData(Page));
        fs.AddFile("/c/messages.json", new MockFileData(Spec));
        var course = CourseLoader.Load(fs, "/c");
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(course, context);

        using var document = PdfDocument.Open(sink.Files.Single().Value);
        var page = document.GetPages().Single(p => p.Text.Contains("Messages", StringComparison.Ordinal) && p.Text.Contains("Read", StringComparison.Ordinal));
        var lines = PdfReading.Lines(page).Select(l => string.Join(" ", l.Select(w => w.Text))).ToList();
        Assert.True(lines.Contains("GET /messages/{id}"), string.Join("\n", lines));
        Assert.Contains("Read a message", lines);
        Assert.Contains("Name In Type Required Description", lines);
        Assert.Contains("id path string yes Message identifier", lines);
        Assert.Contains("404 No such message", lines);
        Assert.Contains("POST /v1/messages", lines);
        Assert.Contains("text body string yes The words", lines);
        Assert.Contains("201: Created Sent", lines);
        Assert.Contains("{ \"id\": \"m42\" }", lines);
        Assert.True(lines.IndexOf("GET /messages/{id}") < lines.IndexOf("Name In Type Required Description"));
        Assert.DoesNotContain(lines, l => l.Contains("{%", StringComparison.Ordinal));

        // The method and the path are drawn in different fonts: bold monospace for both, the path not in the body font.
        var get = page.GetWords().First(w => w.Text == "GET");
        Assert.Contains("Mono", get.Letters[0].FontName, StringComparison.OrdinalIgnoreCase);
    }
}
