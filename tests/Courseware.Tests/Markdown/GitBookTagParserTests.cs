using Courseware.Markdown;
using Courseware.Markdown.GitBook;
using Courseware.Markdown.GitBook.Embed;
using Courseware.Markdown.GitBook.Hint;
using Markdig.Syntax;
using Xunit;

namespace Courseware.Tests.Markdown;

public sealed class GitBookTagParserTests
{
    private static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, GitBookPipeline.Create());

    [Fact]
    public void Diagnostics_carry_1_based_line_and_column_of_the_tag()
    {
        var document = Parse("Intro\n\n- item\n  {% hint style=\"pink\" %}\n  body\n  {% endhint %}\n\n   {% nope %}\n");

        var problems = GitBookParseDiagnostics.Get(document);

        Assert.Collection(
            problems,
            p => Assert.Equal(("CW0205", 4, 3), (p.Descriptor.Code, p.Line, p.Column)),
            p => Assert.Equal(("CW0201", 8, 4), (p.Descriptor.Code, p.Line, p.Column)));
    }

    [Fact]
    public void A_diagnostic_becomes_a_located_Diagnostic_for_the_loader()
    {
        var document = Parse("{% hint %}\ntext\n");

        var diagnostic = Assert.Single(GitBookParseDiagnostics.Get(document)).ToDiagnostic("chapter/page.md");

        Assert.Equal("chapter/page.md(1,1): warning CW0203: '{% hint %}' is never closed ('{% endhint %}' missing); the block runs to the end of its container", diagnostic.ToMsBuildString());
    }

    [Fact]
    public void A_clean_page_has_no_diagnostics()
    {
        Assert.Empty(GitBookParseDiagnostics.Get(Parse("# Title\n\n{% hint %}\nok\n{% endhint %}\n")));
    }

    [Fact]
    public void Three_levels_of_same_name_nesting_close_innermost_first()
    {
        var document = Parse("{% hint style=\"info\" %}\n{% hint style=\"success\" %}\n{% hint style=\"danger\" %}\nc\n{% endhint %}\nb\n{% endhint %}\na\n{% endhint %}\nafter\n");

        var outer = Assert.IsType<HintBlock>(document[0]);
        var middle = Assert.IsType<HintBlock>(outer[0]);
        var inner = Assert.IsType<HintBlock>(middle[0]);
        Assert.Equal([HintStyle.Info, HintStyle.Success, HintStyle.Danger], [outer.Style, middle.Style, inner.Style]);
        Assert.Equal(2, outer.Count);
        Assert.Equal(2, middle.Count);
        Assert.IsType<ParagraphBlock>(document[1]);
        Assert.All([outer, middle, inner], h => Assert.True(h.IsClosed));
        Assert.Empty(GitBookParseDiagnostics.Get(document));
    }

    [Fact]
    public void An_embed_is_self_closing_when_the_next_embed_tag_is_another_opening()
    {
        var document = Parse("{% embed url=\"a\" %}\n\ntext\n\n{% embed url=\"b\" %}\ncaption\n{% endembed %}\n");

        var first = Assert.IsType<EmbedBlock>(document[0]);
        Assert.Empty(first);
        Assert.IsType<ParagraphBlock>(document[1]);
        var second = Assert.IsType<EmbedBlock>(document[2]);
        Assert.IsType<ParagraphBlock>(Assert.Single(second));
        Assert.Empty(GitBookParseDiagnostics.Get(document));
    }

    [Fact]
    public void The_parsed_tree_keeps_no_tag_index_once_optional_bodies_are_settled()
    {
        var pipeline = GitBookPipeline.Create();
        foreach (var text in (string[])["{% embed url=\"a\" %}\n", "{% file src=\"f.pdf\" %}\nlégende\n{% endfile %}\n"])
        {
            var document = Markdig.Markdown.Parse(text, pipeline);

            Assert.IsAssignableFrom<GitBookTagBlock>(document[0]);
            Assert.Null(document.GetData(typeof(GitBookTagIndex)));
        }
    }

    [Fact]
    public void Tag_blocks_record_their_source_span()
    {
        const string text = "para\n\n{% hint %}\nx\n{% endhint %}\n";
        var hint = Assert.IsType<HintBlock>(Parse(text)[1]);

        Assert.Equal(2, hint.Line);
        Assert.Equal("{% hint %}\nx\n{% endhint %}", text.Substring(hint.Span.Start, hint.Span.Length));
    }

    [Fact]
    public void The_pipeline_can_be_shared_between_threads()
    {
        var pipeline = GitBookPipeline.Create();
        var results = Enumerable.Range(0, 16).AsParallel()
            .Select(i => GitBookParseDiagnostics.Get(Markdig.Markdown.Parse($"{{% hint %}}\n{i}\n", pipeline)).Count)
            .ToList();

        Assert.All(results, count => Assert.Equal(1, count));
    }

    [Theory]
    [InlineData("{% hint %}\n```yaml\na:\n  b: 1\n\tc: 2\n```\n{% endhint %}\n", "a:\n  b: 1\n\tc: 2")]
    [InlineData("{% tabs %}\n{% tab title=\"x\" %}\n```yaml\na:\n  b: 1\n\tc: 2\n```\n{% endtab %}\n{% endtabs %}\n", "a:\n  b: 1\n\tc: 2")]
    [InlineData("<details>\n<summary>s</summary>\n\n```yaml\na:\n  b: 1\n\tc: 2\n```\n</details>\n", "a:\n  b: 1\n\tc: 2")]
    [InlineData("- item\n\n  {% hint %}\n  ```yaml\n  a:\n    b: 1\n  \tc: 2\n  ```\n  {% endhint %}\n", "a:\n  b: 1\n  c: 2")]
    public void Code_inside_tags_keeps_its_indentation(string text, string expected)
    {
        var code = Assert.Single(Parse(text).Descendants<FencedCodeBlock>());

        // In a list item Markdig turns a tab that straddles the item's indentation into spaces, tags or not.
        Assert.Equal(expected, code.Lines.ToString());
    }
}
