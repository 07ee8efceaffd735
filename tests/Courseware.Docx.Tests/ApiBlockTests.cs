using System.IO.Abstractions.TestingHelpers;
using Courseware.Loading;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>API operation blocks in the Word document: a real table with a header row, valid Open XML.</summary>
public sealed class ApiBlockTests
{
    private const string Page = """
        ---
        lang: en
        ---
        # Messages API

        {% openapi src="messages.yaml" path="/messages/{id}" method="get" %}
        [messages.yaml](messages.yaml)
        {% endopenapi %}

        {% swagger method="post" path="/v1/messages" summary="Send a message" %}
        {% swagger-parameter in="body" name="text" type="string" required="true" %}The **words**{% endswagger-parameter %}
        {% swagger-response status="201: Created" description="Sent" %}
        ```json
        { "id": "m42" }
        ```
        {% endswagger-response %}
        {% endswagger %}
        """;

    private const string Spec = """
        openapi: 3.0.0
        paths:
          /messages/{id}:
            get:
              summary: Read a message
              parameters:
                - { name: id, in: path, required: true, schema: { type: string }, description: Message identifier }
                - { name: fields, in: query, schema: { type: array, items: { type: string } } }
              responses:
                '404': { description: No such message }
        """;

    [Fact]
    public void Parameters_are_a_valid_Word_table_with_a_header_row()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData(Page));
        fs.AddFile("/c/messages.yaml", new MockFileData(Spec));
        var course = CourseLoader.Load(fs, "/c");
        Assert.DoesNotContain(course.Diagnostics, d => d.Code.StartsWith("CW02", StringComparison.Ordinal));
        var (sink, _) = RunExport(course);

        foreach (var (name, bytes) in sink.Files)
        {
            using var doc = Open(bytes);
            var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(doc).Select(e => $"{name}: {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        using var learner = Open(sink.Files.Single(f => !f.Key.Contains("trainer", StringComparison.Ordinal)).Value);
        var body = Body(learner);
        var text = AllText(learner);
        Assert.Contains("GET /messages/{id}", text, StringComparison.Ordinal);
        Assert.Contains("POST /v1/messages", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", text, StringComparison.Ordinal);

        var tables = body.Descendants<Table>().Where(t => t.Descendants<TableRow>().First().InnerText == "NameInTypeRequiredDescription").ToList();
        Assert.Equal(2, tables.Count);
        var first = tables[0].Elements<TableRow>().ToList();
        Assert.NotNull(first[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["id", "path", "string", "yes", "Message identifier"], first[1].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["fields", "query", "array of string", "no", string.Empty], first[2].Elements<TableCell>().Select(c => c.InnerText));
        var words = tables[1].Elements<TableRow>().ElementAt(1).Elements<TableCell>().Last();
        Assert.Contains(words.Descendants<Run>(), r => r.InnerText == "words" && (r.RunProperties?.Bold is not null || r.RunProperties?.RunStyle?.Val?.Value is "Strong"));

        // The path in the code character style; the response body as code paragraphs.
        var title = body.Descendants<Paragraph>().First(p => p.InnerText == "GET /messages/{id}");
        Assert.Contains(title.Descendants<Run>(), r => r.InnerText == "/messages/{id}" && r.RunProperties?.RunStyle?.Val?.Value is { } style && style.Contains("Code", StringComparison.Ordinal));
        var code = body.Descendants<Paragraph>().First(p => p.InnerText == "{ \"id\": \"m42\" }");
        Assert.Equal("Code", StyleOf(code));
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == "Specification: messages.yaml");
    }
}
