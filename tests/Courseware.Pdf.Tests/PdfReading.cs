using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;

namespace Courseware.Pdf.Tests;

/// <summary>Reads handouts back with PdfPig and the command-line tools (qpdf, poppler).</summary>
internal static partial class PdfReading
{
    /// <summary>The words of each page joined by single spaces (index 0 = page 1).</summary>
    public static List<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(PageText)];
    }

    public static string PageText(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));

    public static string AllText(byte[] pdf) => string.Join(" ", PageTexts(pdf));

    /// <summary>Lines of a page: words grouped by baseline, left to right.</summary>
    public static List<List<Word>> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(w => w.BoundingBox.Left).ToList())];

    /// <summary>Table-of-contents lines: title → printed page number.</summary>
    public static Dictionary<string, int> TocEntries(Page page)
    {
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in Lines(page))
        {
            if (line.Count >= 2 && int.TryParse(line[^1].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                entries[string.Join(" ", line.Take(line.Count - 1).Select(w => w.Text))] = number;
            }
        }

        return entries;
    }

    public static List<BookmarkNode> Bookmarks(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.TryGetBookmarks(out var bookmarks) ? [.. bookmarks.Roots] : [];
    }

    /// <summary>Internal links of a page: the page numbers they go to.</summary>
    public static List<int> InternalLinkTargets(Page page) =>
        [.. page.GetAnnotations().Select(a => a.Action).OfType<AbstractGoToAction>().Select(a => a.Destination.PageNumber)];

    public static (int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {tool}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    /// <summary>The lines of the structure tree as poppler reads it (<c>pdfinfo -struct-text</c>), trailing spaces cut.</summary>
    public static List<string> StructureText(string path)
    {
        var (code, output) = Run("pdfinfo", "-struct-text", path);
        Assert.True(code == 0, output);
        return [.. output.Split('\n').Select(l => l.TrimEnd())];
    }

    /// <summary>The lines under the first element written <paramref name="element"/> (e.g. <c>Table (block)</c>), trimmed, in order.</summary>
    public static List<string> Inside(IReadOnlyList<string> structure, string element)
    {
        var at = structure.ToList().FindIndex(l => l.Trim() == element);
        Assert.True(at >= 0, string.Join("\n", structure));
        var indent = structure[at].Length - structure[at].TrimStart().Length;
        return [.. structure.Skip(at + 1).TakeWhile(l => l.Length - l.TrimStart().Length > indent).Select(l => l.Trim())];
    }

    public static string TempFile(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "courseware-pdf-test-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static string Normalize(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
