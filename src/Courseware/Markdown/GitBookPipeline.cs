using Markdig;

namespace Courseware.Markdown;

/// <summary>The Markdig pipeline that parses course pages.</summary>
public static class GitBookPipeline
{
    public static MarkdownPipeline Create() => new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseTaskLists()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .Build();
}
