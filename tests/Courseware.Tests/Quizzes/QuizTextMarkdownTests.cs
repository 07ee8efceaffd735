using Courseware.Markdown;
using Courseware.Quizzes;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Courseware.Tests.Quizzes;

public sealed class QuizTextMarkdownTests
{
    private static readonly MarkdownPipeline Pipeline = GitBookPipeline.Create();

    [Fact]
    public void Markdown_text_is_parsed_as_Markdown()
    {
        var document = QuizTextMarkdown.ToDocument(new QuizText("Voir la [doc](https://example.org/a#b) **vite**", TextFormat.Markdown), Pipeline);

        var link = Assert.Single(document.Descendants<LinkInline>());
        Assert.Equal("https://example.org/a#b", link.Url);
        Assert.Single(document.Descendants<EmphasisInline>());
    }

    [Fact]
    public void Plain_text_stays_literal()
    {
        const string text = "*pas* d'emphase, <b>ni</b> de [lien](x) # ni titre\n1. ni liste";
        var document = QuizTextMarkdown.ToDocument(new QuizText(text, TextFormat.Plain), Pipeline);

        Assert.Empty(document.Descendants<EmphasisInline>());
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<HeadingBlock>());
        Assert.Empty(document.Descendants<ListBlock>());
        var literal = string.Concat(document.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        Assert.Equal(text.Replace("\n", string.Empty, StringComparison.Ordinal), literal);
        Assert.Single(document.Descendants<LineBreakInline>(), b => b.IsHard);
    }

    [Fact]
    public void Html_text_is_one_raw_block_even_with_blank_lines()
    {
        var document = QuizTextMarkdown.ToDocument(new QuizText("<p>un</p>\n\n<p>*deux*</p>", TextFormat.Html), Pipeline);

        var block = Assert.Single(document);
        var html = Assert.IsType<HtmlBlock>(block);
        Assert.Contains("<p>*deux*</p>", html.Lines.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Moodle_text_keeps_its_line_breaks()
    {
        var markdown = QuizTextMarkdown.ToMarkdown(new QuizText("ligne 1\nligne <i>2</i>"));
        Assert.Equal("<div class=\"quiz-text\">\nligne 1<br>\nligne <i>2</i>\n</div>", markdown);
    }
}
