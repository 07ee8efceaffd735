using System.IO.Abstractions.TestingHelpers;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Markdown;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Tests.Loading;

/// <summary>
/// A page is parsed whole, its front matter read by the parser as a block that is dropped; the tree must be the one of the
/// text with its front matter blanked, whatever the closing line looks like.
/// </summary>
public class FrontMatterParseTests
{
    [Theory]
    [InlineData("---\ntitle: Bonjour\n---\n\n# Titre\n\nTexte avec **gras**.\n")]
    [InlineData("---\ntitle: Bonjour\n--- \t\n# Titre\n")]
    [InlineData("---\ntitle: Bonjour\n...\n\n- un\n- deux\n")]
    [InlineData("---\ntitle: Bonjour\n---")]
    [InlineData("---\ntitle: a\n---\u00A0\nx: b\n---\n# T\n")]
    [InlineData("---\nliste:\n  - a\n  - b\n---\n---\n\nAprès une règle.\n")]
    [InlineData("---\ntitle: Bonjour\n---\n{% hint style=\"info\" %}\nNote\n{% endhint %}\n")]
    public void The_tree_of_the_whole_page_is_the_tree_of_the_text_with_its_front_matter_blanked(string text)
    {
        var fs = new MockFileSystem();
        fs.AddDirectory("/c");
        var reader = new PageReader(CourseFileIndex.Build(fs, "/c"), GitBookPipeline.Create(), new CourseSettings(), new DiagnosticBag());

        var (_, start, end) = FrontMatterReader.Scan(text, "p.md", new DiagnosticBag());
        Assert.True(start > 0);
        var whole = reader.ParsePage(text, start, end, "p.md");
        var blanked = reader.Parse(FrontMatterReader.Blank(text, end), "p.md");

        Assert.Equal(Shape(blanked), Shape(whole));
        if (!text.Contains('\u00A0'))
        {
            // The usual closing lines are the parser's too: no copy of the text is parsed.
            Assert.True(PageReader.OpensWithFrontMatter(Markdig.Markdown.Parse(text, GitBookPipeline.Create()), start, end));
        }

        Assert.Equal(Markdig.Markdown.ToHtml(FrontMatterReader.Blank(text, end), GitBookPipeline.Create()), Html(whole));
    }

    private static List<string> Shape(MarkdownDocument document) =>
        [.. document.Descendants().Select(n => $"{n.GetType().Name}@{n.Line}:{n.Column}")];

    private static string Html(MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        GitBookPipeline.Create().Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
