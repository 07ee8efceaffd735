using Courseware.Markdown.GitBook;
using Markdig;
using Markdig.Extensions.EmphasisExtras;

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
/// var document = Markdig.Markdown.Parse(text, GitBookPipeline.Create());
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
}
