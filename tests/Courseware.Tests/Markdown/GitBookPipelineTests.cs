using Courseware.Markdown;
using Courseware.Markdown.GitBook;
using Courseware.Markdown.GitBook.Hint;
using Courseware.Markdown.GitBook.Html;
using Courseware.Markdown.GitBook.Tabs;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Courseware.Tests.Markdown;

public sealed class GitBookPipelineTests
{
    [Fact]
    public void Every_tag_parser_is_tried_before_the_unknown_tag_parser()
    {
        var builder = new MarkdownPipelineBuilder().UseGitBook();
        builder.Build();
        var parsers = builder.BlockParsers.ToList();

        var unknown = parsers.FindIndex(p => p is UnknownGitBookTagParser);
        var tagParsers = parsers.Select((p, i) => (p, i)).Where(x => x.p is IGitBookTagParser).ToList();
        Assert.Equal(["hint", "tabs", "tab", "embed", "youtube", "file", "content-ref", "page-ref", "code", "include", "stepper", "step", "columns", "column", "openapi", "openapi-operation", "openapi-schemas", "swagger", "swagger-description", "swagger-parameter", "swagger-response"], tagParsers.Select(x => ((IGitBookTagParser)x.p).TagName));
        Assert.All(tagParsers, x => Assert.True(x.i < unknown));
        Assert.True(parsers.FindIndex(p => p is DetailsParser) < parsers.FindIndex(p => p is HtmlBlockParser));
    }

    [Fact]
    public void Using_an_extension_twice_registers_its_parser_once()
    {
        var builder = new MarkdownPipelineBuilder().UseGitBookHints().UseGitBook().UseGitBookHints();
        builder.Build();

        Assert.Single(builder.BlockParsers.OfType<HintParser>());
        Assert.Single(builder.BlockParsers.OfType<UnknownGitBookTagParser>());
    }

    [Fact]
    public void A_pipeline_with_hints_only_leaves_tabs_as_text_and_reports_them()
    {
        var pipeline = new MarkdownPipelineBuilder().UseGitBookHints().Build();

        var document = Markdig.Markdown.Parse("{% hint %}\n{% tabs %}\n{% endtabs %}\n{% endhint %}\n", pipeline);

        var hint = Assert.IsType<HintBlock>(Assert.Single(document));
        Assert.IsType<ParagraphBlock>(Assert.Single(hint));
        Assert.Empty(document.Descendants<TabsBlock>());
        Assert.Equal(["CW0201", "CW0201"], GitBookParseDiagnostics.Get(document).Select(d => d.Descriptor.Code));
    }

    [Fact]
    public void Curly_braces_stay_text_because_generic_attributes_are_off_except_a_heading_id()
    {
        var document = Markdig.Markdown.Parse("## Heading {.wide}\n\nText {.note} and {color=red}.\n\n## Other {#custom}\n", GitBookPipeline.Create());

        var heading = Assert.IsType<HeadingBlock>(document[0]);
        Assert.Equal("Heading {.wide}", string.Concat(heading.Inline!.OfType<LiteralInline>().Select(l => l.Content.ToString())));
        var other = Assert.IsType<HeadingBlock>(document[2]);
        Assert.Equal("Other", string.Concat(other.Inline!.OfType<LiteralInline>().Select(l => l.Content.ToString())));
        Assert.Equal("custom", Courseware.Markdown.GitBook.Html.GitBookHeadingAnchors.GetExplicitId(other));
        var paragraph = Assert.IsType<ParagraphBlock>(document[1]);
        Assert.Equal("Text {.note} and {color=red}.", string.Concat(paragraph.Inline!.OfType<LiteralInline>().Select(l => l.Content.ToString())));
    }

    [Fact]
    public void Front_matter_is_a_block_of_its_own_and_not_content()
    {
        var document = Markdig.Markdown.Parse("---\ndescription: x\n---\n\n# Title\n", GitBookPipeline.Create());

        Assert.IsType<Markdig.Extensions.Yaml.YamlFrontMatterBlock>(document[0]);
        Assert.IsType<HeadingBlock>(document[1]);
    }
}
