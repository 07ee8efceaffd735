using Courseware.Diagnostics;
using Courseware.Markdown.GitBook;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown;

/// <summary>
/// The one Markdig pipeline for course pages: CommonMark with precise source locations, pipe tables, task lists,
/// footnotes, strikethrough, autolinks, YAML front matter skipping, and GitBook's tags (<see cref="GitBookMarkdownExtensions.UseGitBook"/>).
/// Generic attributes are left out on purpose: they would take GitBook's <c>{…}</c> text.
/// </summary>
/// <remarks>
/// Parse problems (unknown or unclosed tags, missing quotes, …) cannot be thrown or logged by Markdig parsers, so they are
/// kept in the parsed document. Read them after parsing:
/// <code>
/// var document = GitBookPipeline.Parse(text, pipeline);   // or Markdig.Markdown.Parse(text, pipeline)
/// foreach (var problem in GitBookParseDiagnostics.Get(document))
///     bag.Add(problem.ToDiagnostic(pagePath));   // problem.Line / problem.Column are 1-based in `text`
/// </code>
/// A pipeline holds no per-document state and may be shared by threads parsing different pages.
/// </remarks>
public static class GitBookPipeline
{
    /// <summary>A new pipeline with every extension a GitBook course uses.</summary>
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseTaskLists()
        .UseFootnotes()
        .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks()
        .UseGitBook()
        .Build();

    /// <summary>
    /// Parses a page like <c>Markdig.Markdown.Parse</c>, except that a page nested deeper than Markdig allows (it throws)
    /// becomes one plain-text paragraph with a CW0208 diagnostic instead of an exception.
    /// </summary>
    public static MarkdownDocument Parse(string text, MarkdownPipeline pipeline)
    {
        try
        {
            return ReadyForSharing(Markdig.Markdown.Parse(text, pipeline));
        }
        catch (ArgumentException)
        {
            var document = new MarkdownDocument();
            var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
            paragraph.Inline.AppendChild(new LiteralInline(text));
            document.Add(paragraph);
            GitBookParseDiagnostics.Report(document, DiagnosticCodes.NestingTooDeep, 1, 1);
            return document;
        }
    }

    /// <summary>
    /// Markdig cuts the text of a code span out of the page on its first read and stores the cut (two writes that another
    /// thread can see half done). Exporters read one parsed page from several threads at once, so each code span's text
    /// is read once here, while the document still belongs to the thread that parsed it.
    /// </summary>
    public static MarkdownDocument ReadyForSharing(MarkdownDocument document)
    {
        // The page walk, so that code in a details summary or a figure or table caption (not children to Markdig) is reached too.
        var stack = new Stack<(MarkdownObject Node, string File)>();
        stack.Push((document, string.Empty));
        while (stack.TryPop(out var item))
        {
            if (item.Node is CodeInline code)
            {
                _ = code.Content;
            }

            Loading.PageWalk.PushChildren(stack, item.Node, item.File);
        }

        return document;
    }
}
