using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Courseware.Markdown.GitBook;

/// <summary>
/// Every <c>{%</c> tag of a page in text order, read once per document: tells whether a tag whose body is optional
/// (<c>embed</c>, <c>file</c>) is followed by its end tag before the next tag of the same name.
/// </summary>
internal sealed partial class GitBookTagIndex
{
    private static readonly object DataKey = typeof(GitBookTagIndex);

    private readonly List<(int Position, string Name, bool IsEnd)> _tags = [];

    private GitBookTagIndex(string text)
    {
        foreach (Match match in TagStart().Matches(text))
        {
            var name = match.Groups["name"].Value.ToLowerInvariant();
            var isEnd = name.Length > 3 && name.StartsWith("end", StringComparison.Ordinal);
            _tags.Add((match.Index, isEnd ? name[3..] : name, isEnd));
        }
    }

    public static GitBookTagIndex For(MarkdownDocument document, string text)
    {
        if (document.GetData(DataKey) is not GitBookTagIndex index)
        {
            index = new GitBookTagIndex(text);
            document.SetData(DataKey, index);
        }

        return index;
    }

    /// <summary>Forgets the index once the page is parsed: only the block parsers need it, the finished tree does not keep it.</summary>
    public static void Release(MarkdownDocument document) => document.RemoveData(DataKey);

    /// <summary>True when the next tag named <paramref name="name"/> after <paramref name="position"/> is its end tag.</summary>
    public bool IsFollowedByEndTag(string name, int position)
    {
        var lo = 0;
        var hi = _tags.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_tags[mid].Position <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _tags.Count; i++)
        {
            if (_tags[i].Name == name)
            {
                return _tags[i].IsEnd;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\{%-?\s*(?<name>[A-Za-z][A-Za-z0-9_-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex TagStart();
}
