using System.Globalization;
using System.Text;
using Courseware.Markdown;
using Courseware.Markdown.GitBook;
using Courseware.Markdown.GitBook.Api;
using Courseware.Markdown.GitBook.Code;
using Courseware.Markdown.GitBook.Columns;
using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Embed;
using Courseware.Markdown.GitBook.File;
using Courseware.Markdown.GitBook.Hint;
using Courseware.Markdown.GitBook.Html;
using Courseware.Markdown.GitBook.Include;
using Courseware.Markdown.GitBook.Tabs;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Tests.Markdown;

/// <summary>Writes a parsed page as an indented text tree (one node a line, block lines 1-based) followed by its parse diagnostics.</summary>
public static class MarkdownAstDumper
{
    public static string Dump(MarkdownDocument document)
    {
        var output = new StringBuilder();
        foreach (var block in document)
        {
            DumpBlock(output, block, 0);
        }

        var diagnostics = GitBookParseDiagnostics.Get(document);
        if (diagnostics.Count > 0)
        {
            output.Append("diagnostics:\n");
            foreach (var d in diagnostics)
            {
                output.Append(CultureInfo.InvariantCulture, $"  {d.Descriptor.Code} ({d.Line},{d.Column}) {d.Descriptor.Create(Courseware.Diagnostics.SourceLocation.None, [.. d.Arguments]).Message}\n");
            }
        }

        return output.ToString();
    }

    private static void DumpBlock(StringBuilder output, Block block, int depth)
    {
        output.Append(' ', depth * 2);
        output.Append(Describe(block));
        output.Append(CultureInfo.InvariantCulture, $" @{block.Line + 1}\n");

        switch (block)
        {
            case DetailsBlock details:
                DumpInlineChildren(output, "summary", details.Summary, depth + 1);
                break;
            case FigureBlock figure:
                DumpInlineChildren(output, "caption", figure.Caption, depth + 1);
                break;
            case CardBlock card:
                DumpInlineChildren(output, "title", card.Title, depth + 1);
                break;
            case LeafBlock { Inline: not null } leaf:
                foreach (var inline in leaf.Inline)
                {
                    DumpInline(output, inline, depth + 1);
                }

                break;
            case CodeBlock or HtmlBlock:
                foreach (var line in ((LeafBlock)block).Lines)
                {
                    output.Append(' ', (depth + 1) * 2).Append('|').Append(line.ToString()).Append('\n');
                }

                break;
        }

        if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                DumpBlock(output, child, depth + 1);
            }
        }
    }

    private static void DumpInlineChildren(StringBuilder output, string label, ContainerInline inlines, int depth)
    {
        output.Append(' ', depth * 2).Append(label).Append(":\n");
        foreach (var inline in inlines)
        {
            DumpInline(output, inline, depth + 1);
        }
    }

    private static string Describe(Block block) => block switch
    {
        HintBlock hint => $"Hint style={hint.Style} icon={Quote(hint.Icon)}{Closed(hint)}",
        TabsBlock tabs => $"Tabs{Closed(tabs)}",
        TabBlock tab => $"Tab title={Quote(tab.Title)}{Closed(tab)}",
        EmbedBlock embed => $"Embed url={Quote(embed.Url)} caption={Quote(embed.Caption)}{Closed(embed)}",
        FileBlock file => $"File src={Quote(file.Src)} caption={Quote(file.Caption)}{Closed(file)}",
        ContentRefBlock contentRef => $"ContentRef url={Quote(contentRef.Url)}{Closed(contentRef)}",
        CodeTitleBlock code => $"CodeTitle title={Quote(code.Title)} lineNumbers={code.LineNumbers}{Closed(code)}",
        ColumnBlock column => $"Column width={column.WidthPercent?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-"}{Closed(column)}",
        IncludeBlock include => $"Include path={Quote(include.Path)}{Closed(include)}",
        ApiOperationBlock api => $"ApiOperation form={api.Form} method={Quote(api.Method)} path={Quote(api.Path)} baseUrl={Quote(api.BaseUrl)} summary={Quote(api.Summary)} src={Quote(api.SpecSource)} spec={Quote(api.SpecName)}{Closed(api)}",
        ApiParameterBlock parameter => $"ApiParameter name={Quote(parameter.Name)} in={Quote(parameter.In)} type={Quote(parameter.Type)} required={parameter.Required}{Closed(parameter)}",
        ApiResponseBlock response => $"ApiResponse status={Quote(response.Status)} description={Quote(response.Description)}{Closed(response)}",
        ApiSchemasBlock schemas => $"ApiSchemas spec={Quote(schemas.SpecName)} schemas={Quote(string.Join(",", schemas.Schemas))}{Closed(schemas)}",
        GitBookTagBlock tag => $"{tag.GetType().Name.Replace("Block", string.Empty, StringComparison.Ordinal)}{Closed(tag)}",
        DetailsBlock details => $"Details open={details.Open}" + (details.IsClosed ? string.Empty : " UNCLOSED"),
        CardsBlock => "Cards",
        CardBlock card => $"Card target={Quote(card.Target?.Url)} cover={Quote(card.Cover?.Url)}",
        FigureBlock figure => $"Figure src={Quote(figure.Source)} alt={Quote(figure.Alt)} width={Number(figure.Width)} height={Number(figure.Height)}",
        HeadingBlock heading => $"Heading level={heading.Level}" + (GitBookHeadingAnchors.GetExplicitId(heading) is { } id ? $" id={Quote(id)}" : string.Empty),
        ListBlock list => list.IsOrdered ? $"List ordered start={list.OrderedStart ?? "1"}" : $"List bullet={list.BulletType}",
        ListItemBlock => "ListItem",
        QuoteBlock => "Quote",
        YamlFrontMatterBlock => "FrontMatter",
        FencedCodeBlock fenced => $"FencedCode info={Quote(fenced.Info)}",
        CodeBlock => "IndentedCode",
        HtmlBlock => "HtmlBlock",
        ThematicBreakBlock => "ThematicBreak",
        Table => "Table",
        TableRow row => row.IsHeader ? "Row header" : "Row",
        TableCell => "Cell",
        FootnoteGroup => "Footnotes",
        Footnote footnote => $"Footnote label={Quote(footnote.Label)}",
        LinkReferenceDefinitionGroup => "LinkReferenceDefinitions",
        LinkReferenceDefinition definition => $"LinkReferenceDefinition label={Quote(definition.Label)} url={Quote(definition.Url)}",
        ParagraphBlock => "Paragraph",
        QuizBlock => "Quiz",
        _ => block.GetType().Name,
    };

    private static void DumpInline(StringBuilder output, Inline inline, int depth)
    {
        output.Append(' ', depth * 2);
        output.Append(inline switch
        {
            LiteralInline literal => $"Text {Quote(literal.Content.ToString())}",
            HtmlEntityInline entity => $"Entity {Quote(entity.Original.ToString())} -> {Quote(entity.Transcoded.ToString())}",
            CodeInline code => $"Code {Quote(code.Content)}",
            AutolinkInline autolink => $"Autolink url={Quote(autolink.Url)}",
            HtmlInline html => $"HtmlInline {Quote(html.Tag)}",
            LineBreakInline lineBreak => lineBreak.IsHard ? "HardBreak" : "SoftBreak",
            TaskList task => $"Task checked={task.Checked}",
            FootnoteLink footnoteLink => $"FootnoteLink label={Quote(footnoteLink.Footnote.Label)}",
            LinkInline link => $"{(link.IsImage ? "Image" : "Link")} url={Quote(link.Url)}" + (string.IsNullOrEmpty(link.Title) ? string.Empty : $" title={Quote(link.Title)}") + Attributes(link),
            EmphasisInline emphasis => $"Emphasis {new string(emphasis.DelimiterChar, emphasis.DelimiterCount)}",
            MarkInline mark => $"Mark style={Quote(mark.Style)}",
            _ => inline.GetType().Name,
        });
        output.Append('\n');
        if (inline is ContainerInline container and not LinkInline { IsAutoLink: true })
        {
            foreach (var child in container)
            {
                DumpInline(output, child, depth + 1);
            }
        }
    }

    private static string Attributes(Inline inline) =>
        inline.TryGetAttributes() is { Properties: { Count: > 0 } properties }
            ? " " + string.Join(" ", properties.Select(p => $"{p.Key}={Quote(p.Value)}"))
            : string.Empty;

    private static string Closed(GitBookTagBlock block) => block.IsClosed ? string.Empty : " UNCLOSED";

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string Quote(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
