using Markdig.Syntax;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>The explicit id of a heading that held GitBook's anchor <c>&lt;a href="#x" id="x"&gt;&lt;/a&gt;</c> (the anchor itself is removed).</summary>
public static class GitBookHeadingAnchors
{
    private static readonly object DataKey = typeof(GitBookHeadingAnchors);

    /// <summary>The id written in the heading's HTML anchor, or null when it had none.</summary>
    public static string? GetExplicitId(HeadingBlock heading) => heading.GetData(DataKey) as string;

    internal static void SetExplicitId(HeadingBlock heading, string id) => heading.SetData(DataKey, id);
}
