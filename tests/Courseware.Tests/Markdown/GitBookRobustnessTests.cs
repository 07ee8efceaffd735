using System.Text;
using Courseware.Markdown;
using Courseware.Markdown.GitBook;
using Courseware.Markdown.GitBook.Html;
using Markdig.Syntax;
using Xunit;

namespace Courseware.Tests.Markdown;

/// <summary>Odd and broken markup must give a tree and diagnostics, never an exception.</summary>
public sealed class GitBookRobustnessTests
{
    private static readonly string[] Vocabulary =
    [
        "{% hint style=\"info\" %}", "{% endhint %}", "{% tabs %}", "{% tab title=\"T\" %}", "{% endtab %}", "{% endtabs %}",
        "{% embed url=\"https://e.org/x %}", "{% endembed %}", "{% file src=\"a b.pdf\" %}", "{% endfile %}",
        "{% content-ref url=\"p.md\" %}", "{% endcontent-ref %}", "{% code title=\"c\" %}", "{% endcode %}",
        "{% include \"i.md\" %}", "{% stepper %}", "{% step %}", "{% endstep %}", "{% endstepper %}", "{% unknown %}",
        "<details>", "<summary>S</summary>", "</details>", "<figure><img src=\"x y.png\"><figcaption>c</figcaption></figure>",
        "```", "~~~", "- item", "  - nested", "> quote", "1. one", "", "", "text <mark>m</mark> <br> <img src=\"i.png\">",
        "# Heading <a href=\"#h\" id=\"h\"></a>&#x20;", "| a | b |", "| - | - |", "    indented", "\\{{ x \\}}", "{%", "%}",
    ];

    [Fact]
    public void Random_mixes_of_tags_and_html_parse_without_throwing_and_report_every_unclosed_block()
    {
        var pipeline = GitBookPipeline.Create();
        var random = new Random(20260101);
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var lines = random.Next(1, 40);
            for (var i = 0; i < lines; i++)
            {
                text.Append(Vocabulary[random.Next(Vocabulary.Length)]).Append(random.Next(10) == 0 ? "\r\n" : "\n");
            }

            var document = Markdig.Markdown.Parse(text.ToString(), pipeline);

            var unclosed = document.Descendants<GitBookTagBlock>().Count(b => !b.IsClosed);
            var reported = GitBookParseDiagnostics.Get(document).Count(d => d.Descriptor.Code == "CW0203");
            Assert.True(unclosed == reported, $"round {round}: {unclosed} unclosed blocks, {reported} reported\n{text}");
            Assert.All(GitBookParseDiagnostics.Get(document), d => Assert.InRange(d.Line, 1, lines));
        }
    }

    [Fact]
    public void Nesting_too_deep_for_markdig_becomes_plain_text_with_a_diagnostic()
    {
        var text = string.Concat(Enumerable.Repeat("{% hint %}\n", 500)) + "core\n";

        var document = GitBookPipeline.Parse(text, GitBookPipeline.Create());

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        Assert.Contains("core", paragraph.Inline!.FirstChild!.ToString(), StringComparison.Ordinal);
        Assert.Equal("CW0208", Assert.Single(GitBookParseDiagnostics.Get(document)).Descriptor.Code);
    }

    [Fact]
    public void Nesting_as_deep_as_real_pages_get_parses()
    {
        const int depth = 30;
        var text = string.Concat(Enumerable.Repeat("{% hint %}\n<details>\n\n", depth)) + "core\n" + string.Concat(Enumerable.Repeat("</details>\n{% endhint %}\n", depth));

        var document = GitBookPipeline.Parse(text, GitBookPipeline.Create());

        Assert.Equal(depth, document.Descendants<GitBookTagBlock>().Count());
        Assert.Equal(depth, document.Descendants<DetailsBlock>().Count());
        Assert.Empty(GitBookParseDiagnostics.Get(document));
    }

    [Fact]
    public void Same_text_gives_the_same_tree_every_time()
    {
        var text = string.Join('\n', Vocabulary);
        var first = MarkdownAstDumper.Dump(Markdig.Markdown.Parse(text, GitBookPipeline.Create()));

        Assert.Equal(first, MarkdownAstDumper.Dump(Markdig.Markdown.Parse(text, GitBookPipeline.Create())));
    }
}
