namespace Courseware.Model;

/// <summary>A run of pages under one SUMMARY.md part heading, as GitBook's sidebar groups them; <see cref="Title"/> is null for the pages before the first part.</summary>
public sealed record TocPart(string? Title, IReadOnlyList<Page> Pages)
{
    /// <summary>Splits pages (in reading order, usually the root and the top-level pages) into parts: a page with a <see cref="Page.Part"/> opens a new one.</summary>
    public static IReadOnlyList<TocPart> Group(IEnumerable<Page> pages)
    {
        var parts = new List<TocPart>();
        string? title = null;
        var current = new List<Page>();
        foreach (var page in pages)
        {
            if (page.Part is { } part)
            {
                if (current.Count > 0 || title is not null)
                {
                    parts.Add(new TocPart(title, current));
                }

                title = part;
                current = [];
            }

            current.Add(page);
        }

        if (current.Count > 0 || title is not null)
        {
            parts.Add(new TocPart(title, current));
        }

        return parts;
    }
}
