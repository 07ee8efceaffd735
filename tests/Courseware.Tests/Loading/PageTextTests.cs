using Courseware.Loading;
using Courseware.Markdown;
using Markdig.Syntax;

namespace Courseware.Tests.Loading;

/// <summary>Plain text of inlines: every kind of text in document order, however deeply nested, whitespace collapsed.</summary>
public class PageTextTests
{
    private static string TextOf(string markdown) =>
        PageText.Of(Markdig.Markdown.Parse(markdown, GitBookPipeline.Create()).Descendants<ParagraphBlock>().First().Inline);

    [Theory]
    [InlineData("Bonjour", "Bonjour")]
    [InlineData("  Un   mot  ", "Un mot")]
    [InlineData("a *b **c [d `e` f](x.md) g** h* i", "a b c d e f g h i")]
    [InlineData("***fin imbriquée***", "fin imbriquée")]
    [InlineData("[*deux* **niveaux**](x.md)", "deux niveaux")]
    [InlineData("avant&#x20;après &amp; <https://exemple.fr>", "avant après & https://exemple.fr")]
    [InlineData("ligne  \nsuivante", "ligne suivante")]
    [InlineData("![image](a.png) légende", "image légende")]
    [InlineData("*a* *b* *c*", "a b c")]
    public void Text_comes_out_in_document_order(string markdown, string expected) => Assert.Equal(expected, TextOf(markdown));

    [Fact]
    public void An_empty_container_has_no_text() => Assert.Equal(string.Empty, PageText.Of(new Markdig.Syntax.Inlines.ContainerInline()));

    [Fact]
    public void A_link_alone_stops_at_its_own_end()
    {
        var paragraph = Markdig.Markdown.Parse("voir [la *fiche*](f.md) puis la suite", GitBookPipeline.Create()).Descendants<ParagraphBlock>().First();
        var link = paragraph.Inline!.Descendants<Markdig.Syntax.Inlines.LinkInline>().First();
        Assert.Equal("la fiche", PageText.Of(link));
    }

    [Fact]
    public void Inlines_nested_a_hundred_thousand_deep_are_read_without_recursion()
    {
        var root = new Markdig.Syntax.Inlines.ContainerInline();
        var inner = root;
        for (var i = 0; i < 100_000; i++)
        {
            var next = new Markdig.Syntax.Inlines.EmphasisInline { DelimiterChar = '*', DelimiterCount = 1 };
            inner.AppendChild(next);
            inner = next;
        }

        inner.AppendChild(new Markdig.Syntax.Inlines.LiteralInline("fond"));
        root.AppendChild(new Markdig.Syntax.Inlines.LiteralInline(" surface"));
        Assert.Equal("fond surface", PageText.Of(root));
    }
}
