using Courseware.Docx.Rendering.Blocks;
using Courseware.Docx.Styling;
using Courseware.Docx.WordXml;
using Courseware.Markdown.GitBook.Api;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Docx.Rendering.GitBook;

/// <summary>
/// An API operation: a titled line "GET /path" (the path in the code character style), summary, base URL, description,
/// a Word table of the parameters in the table style with a repeated header row, the responses with their bodies, the spec link.
/// </summary>
internal sealed class ApiOperationRenderer : DocxObjectRenderer<ApiOperationBlock>
{
    private static readonly double[] Weights = [0.18, 0.11, 0.13, 0.13, 0.45];

    protected override void Write(DocxRenderer renderer, ApiOperationBlock obj)
    {
        var labels = renderer.Labels.Api;
        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.TabTitle, keepNext: true);
        renderer.WriteText((obj.Method.Length > 0 ? obj.Method : "?") + " ");
        using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.CodeChar }))
        {
            renderer.WriteText(obj.Path);
        }

        renderer.EndParagraph();
        if (!string.IsNullOrWhiteSpace(obj.Summary))
        {
            renderer.BeginParagraph(renderer.ParagraphStyle(), keepNext: true);
            using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Strong }))
            {
                renderer.WriteText(obj.Summary);
            }

            renderer.EndParagraph();
        }

        if (!string.IsNullOrWhiteSpace(obj.BaseUrl))
        {
            renderer.BeginParagraph(renderer.ParagraphStyle());
            renderer.WriteText(labels.BaseUrl + renderer.Labels.Colon);
            using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.CodeChar }))
            {
                renderer.WriteText(obj.BaseUrl);
            }

            renderer.EndParagraph();
        }

        foreach (var description in obj.Descriptions)
        {
            renderer.WriteChildren(description);
        }

        WriteParameters(renderer, obj);
        WriteResponses(renderer, obj);
        WriteSource(renderer, obj);
    }

    private static void Label(DocxRenderer renderer, string text)
    {
        renderer.BeginParagraph(StyleIds.DetailsSummary, keepNext: true);
        renderer.WriteText(text);
        renderer.EndParagraph();
    }

    private static void WriteParameters(DocxRenderer renderer, ApiOperationBlock obj)
    {
        var parameters = obj.Parameters.ToList();
        if (parameters.Count == 0)
        {
            return;
        }

        var labels = renderer.Labels.Api;
        Label(renderer, labels.Parameters);
        var table = TableBuilder.Create(renderer, Weights.Length, hasHeader: true, weights: Weights);
        AddRow(renderer, table, header: true, [labels.Name, labels.In, labels.Type, labels.Required, labels.Description], null, code: false);
        foreach (var parameter in parameters)
        {
            AddRow(renderer, table, header: false, [parameter.Name, parameter.In, parameter.Type, parameter.Required ? labels.Yes : labels.No], parameter, code: true);
        }

        renderer.AppendTable(table);
    }

    /// <summary>A row of plain cells, the last one holding <paramref name="body"/>'s blocks when given; the first cell in code style when <paramref name="code"/>.</summary>
    private static void AddRow(DocxRenderer renderer, WordElement table, bool header, string[] texts, ContainerBlock? body, bool code)
    {
        var row = TableBuilder.Row(header);
        table.Append(row);
        for (var c = 0; c < Weights.Length; c++)
        {
            var cell = TableBuilder.Cell(Weights[c]);
            row.Append(cell);
            using (renderer.Into(cell, StyleIds.TableText, (long)(renderer.AvailableWidth * Weights[c])))
            {
                if (c < texts.Length)
                {
                    renderer.BeginParagraph(StyleIds.TableText);
                    using (renderer.WithFormat(f => c == 0 && code ? f with { CharacterStyle = StyleIds.CodeChar } : f))
                    {
                        renderer.WriteText(texts[c]);
                    }

                    renderer.EndParagraph();
                }
                else if (body is not null)
                {
                    renderer.WriteChildren(body);
                }
            }

            TableBuilder.EnsureParagraph(renderer, cell);
        }
    }

    private static void WriteResponses(DocxRenderer renderer, ApiOperationBlock obj)
    {
        var responses = obj.Responses.ToList();
        if (responses.Count == 0)
        {
            return;
        }

        Label(renderer, renderer.Labels.Api.Responses);
        foreach (var response in responses)
        {
            renderer.BeginParagraph(renderer.ParagraphStyle(), keepNext: response.Count > 0);
            using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.CodeChar, Bold = true }))
            {
                renderer.WriteText(response.Status);
            }

            if (!string.IsNullOrWhiteSpace(response.Description))
            {
                renderer.WriteText(" " + response.Description);
            }

            renderer.EndParagraph();
            renderer.WriteChildren(response);
        }
    }

    /// <summary>The body written in the page (usually the link to the spec) after "Specification:", or else the link the tag names.</summary>
    private static void WriteSource(DocxRenderer renderer, ApiOperationBlock obj)
    {
        var other = obj.OtherContent.ToList();
        if (other is [ParagraphBlock paragraph])
        {
            renderer.BeginParagraph(StyleIds.LinkCard);
            renderer.WriteText(renderer.Labels.Api.Specification + renderer.Labels.Colon);
            renderer.WriteInlines(paragraph);
            renderer.EndParagraph();
            return;
        }

        foreach (var block in other)
        {
            renderer.Render(block);
        }

        if (other.Count > 0 || obj.SpecSource is null)
        {
            return;
        }

        var link = ResolvedLink.Of(obj);
        var name = link?.Asset?.FileName ?? link?.ExternalUrl ?? obj.SpecSource;
        renderer.BeginParagraph(StyleIds.LinkCard);
        renderer.WriteText(renderer.Labels.Api.Specification + renderer.Labels.Colon);
        renderer.WriteResolvedLink(link, obj.SpecSource, obj, () => renderer.WriteText(name));
        renderer.EndParagraph();
    }
}

/// <summary>An <c>openapi-schemas</c> block: the label and the schema names, then its body.</summary>
internal sealed class ApiSchemasRenderer : DocxObjectRenderer<ApiSchemasBlock>
{
    protected override void Write(DocxRenderer renderer, ApiSchemasBlock obj)
    {
        renderer.PendingNumbering = null;
        renderer.BeginParagraph(StyleIds.LinkCard);
        using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.Strong }))
        {
            renderer.WriteText(renderer.Labels.Api.Schemas + renderer.Labels.Colon);
        }

        using (renderer.WithFormat(f => f with { CharacterStyle = StyleIds.CodeChar }))
        {
            renderer.WriteText(string.Join(", ", obj.Schemas));
        }

        renderer.EndParagraph();
        renderer.WriteChildren(obj);
    }
}
