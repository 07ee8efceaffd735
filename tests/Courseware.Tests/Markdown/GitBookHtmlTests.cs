using Courseware.Markdown;
using Courseware.Markdown.GitBook;
using Courseware.Markdown.GitBook.Hint;
using Courseware.Markdown.GitBook.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Courseware.Tests.Markdown;

public sealed class GitBookHtmlTests
{
    private static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, GitBookPipeline.Create());

    private static string Text(ContainerInline inlines) => string.Concat(inlines.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    [Fact]
    public void Heading_anchor_is_removed_and_its_id_kept()
    {
        var heading = Assert.IsType<HeadingBlock>(Parse("## Les objectifs&#x20;<a href=\"#objectifs\" id=\"objectifs\"></a>\n")[0]);

        Assert.Equal("objectifs", GitBookHeadingAnchors.GetExplicitId(heading));
        Assert.Equal("Les objectifs", Text(heading.Inline!));
        Assert.DoesNotContain(heading.Inline!, i => i is HtmlInline or HtmlEntityInline);
    }

    [Fact]
    public void A_heading_without_anchor_has_no_explicit_id()
    {
        var heading = Assert.IsType<HeadingBlock>(Parse("# Plain\n")[0]);

        Assert.Null(GitBookHeadingAnchors.GetExplicitId(heading));
    }

    [Fact]
    public void Figure_keeps_raw_source_alt_size_and_caption()
    {
        var figure = Assert.IsType<FigureBlock>(Parse("<figure><img src=\"a b/c (1).png\" alt=\"&quot;x&quot;\" width=\"50\"><figcaption><p>Cap <em>tion</em></p></figcaption></figure>\n")[0]);

        Assert.Equal("a b/c (1).png", figure.Source);
        Assert.Equal("\"x\"", figure.Alt);
        Assert.Equal(50, figure.Width);
        Assert.Null(figure.Height);
        Assert.Equal("Cap tion", Text(figure.Caption));
        Assert.IsType<EmphasisInline>(figure.Caption.LastChild);
        Assert.Equal(0, figure.Line);
    }

    [Fact]
    public void Details_hold_their_markdown_body_and_nested_blocks()
    {
        var document = Parse("<details>\n\n<summary>Q</summary>\n\nIntro\n\n{% hint %}\nIn hint\n{% endhint %}\n\n</details>\n\nAfter\n");

        var details = Assert.IsType<DetailsBlock>(document[0]);
        Assert.Equal("Q", Text(details.Summary));
        Assert.Collection(details, b => Assert.IsType<ParagraphBlock>(b), b => Assert.IsType<HintBlock>(b));
        Assert.IsType<ParagraphBlock>(document[1]);
        Assert.Empty(GitBookParseDiagnostics.Get(document));
    }

    [Fact]
    public void Closing_details_inside_fenced_code_is_code()
    {
        var document = Parse("<details><summary>S</summary>\n\n```html\n</details>\n```\n\n</details>\n");

        var details = Assert.IsType<DetailsBlock>(Assert.Single(document));
        var code = Assert.IsType<FencedCodeBlock>(Assert.Single(details));
        Assert.Equal("</details>", code.Lines.ToString());
    }

    [Fact]
    public void Mark_wraps_the_inlines_between_its_tags()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Parse("a <mark style=\"color:red;\">b *c*</mark> d\n")[0]);

        var mark = Assert.Single(paragraph.Inline!.OfType<MarkInline>());
        Assert.Equal("color:red;", mark.Style);
        Assert.Equal("b c", Text(mark));
        Assert.DoesNotContain(paragraph.Inline!, i => i is HtmlInline);
    }

    [Fact]
    public void Inline_img_becomes_a_markdig_image_and_br_a_hard_break()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Parse("x <img src=\"i c.png\" alt=\"Icon\"> y<br>z\n")[0]);

        var image = Assert.Single(paragraph.Inline!.OfType<LinkInline>());
        Assert.True(image.IsImage);
        Assert.Equal("i c.png", image.Url);
        Assert.Equal("Icon", Assert.IsType<LiteralInline>(image.FirstChild).Content.ToString());
        Assert.Single(paragraph.Inline!.OfType<LineBreakInline>(), b => b.IsHard);
    }

    [Fact]
    public void Backslash_hard_break_escaped_underscores_and_angle_bracket_urls_parse_as_markdig_does()
    {
        var document = Parse("one\\\ntwo [l](a\\_b.md) ![](<x y (1).png>)\n");

        var inlines = Assert.IsType<ParagraphBlock>(document[0]).Inline!;
        Assert.True(Assert.Single(inlines.OfType<LineBreakInline>()).IsHard);
        var links = inlines.OfType<LinkInline>().ToList();
        Assert.Equal(["a_b.md", "x y (1).png"], links.Select(l => l.Url));
        Assert.Equal([false, true], links.Select(l => l.IsImage));
    }
}
