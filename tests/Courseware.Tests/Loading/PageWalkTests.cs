using Courseware.Loading;
using Courseware.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Tests.Loading;

public class PageWalkTests
{
    private static List<string> Literals(string markdown)
    {
        var document = GitBookPipeline.Parse(markdown, GitBookPipeline.Create());
        var seen = new List<string>();
        var stack = new Stack<(MarkdownObject Node, string File)>();
        stack.Push((document, "page.md"));
        while (stack.Count > 0)
        {
            var (node, file) = stack.Pop();
            Assert.Equal("page.md", file);
            if (node is LiteralInline literal)
            {
                seen.Add(literal.Content.ToString());
            }

            PageWalk.PushChildren(stack, node, file);
        }

        return seen;
    }

    [Fact]
    public void Every_inline_is_met_in_document_order_through_emphasis_links_lists_and_tables()
    {
        var seen = Literals("Un *deux **trois** quatre* [cinq](x.md) six\n\n- sept\n  - huit\n\n| neuf | dix |\n| --- | --- |\n| onze | douze |\n");

        Assert.Equal(["Un ", "deux ", "trois", " quatre", " ", "cinq", " six", "sept", "huit", "neuf", "dix", "onze", "douze"], seen);
    }

    [Fact]
    public void A_details_summary_comes_before_its_body_and_a_content_ref_card_is_not_entered()
    {
        var seen = Literals("<details>\n\n<summary>Question</summary>\n\nRéponse\n\n</details>\n\n{% content-ref url=\"p.md\" %}\n[Carte](p.md)\n{% endcontent-ref %}\n\nFin\n");

        Assert.Equal(["Question", "Réponse", "Fin"], seen);
    }
}
