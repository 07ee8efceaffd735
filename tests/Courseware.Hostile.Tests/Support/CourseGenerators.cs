using System.Globalization;
using System.Text;

namespace Courseware.Hostile.Tests.Support;

/// <summary>Generates the courses too large to keep as files: a 5 MB line, a very deep content-ref chain, many pages, a SUMMARY.md of 100,000 pages.</summary>
public static class CourseGenerators
{
    public static void Run(string generator, int n, string courseFolder, string path)
    {
        switch (generator)
        {
            case "long-line":
                File.WriteAllText(path, "# Long line\n\n" + LongLine(n) + "\n", Encoding.UTF8);
                break;
            case "deep-chain":
                DeepChain(courseFolder, path, n);
                break;
            case "many-pages":
                ManyPages(courseFolder, path, n);
                break;
            case "summary-pages":
                SummaryPages(courseFolder, path, n);
                break;
            default:
                throw new ArgumentException($"unknown generator '{generator}'", nameof(generator));
        }
    }

    /// <summary>A single line of about n bytes: words, emphasis, braces and tags that never close.</summary>
    public static string LongLine(int n)
    {
        var sb = new StringBuilder(n + 64);
        string[] pieces = ["mot ", "*em ", "**fort** ", "`code ", "[lien](", "{% hint ", "{ ", "<b>", "\\* ", "é ", "_x "];
        for (var i = 0; sb.Length < n; i++)
        {
            sb.Append(pieces[i % pieces.Length]);
        }

        return sb.ToString();
    }

    /// <summary>The root page links p1, p1 links p2, ... down to pn: a chain n levels deep.</summary>
    public static void DeepChain(string courseFolder, string rootPath, int n)
    {
        File.WriteAllText(rootPath, "# Chain\n\n" + Ref("p1.md"));
        for (var i = 1; i <= n; i++)
        {
            var next = i < n ? Ref($"p{(i + 1).ToString(CultureInfo.InvariantCulture)}.md") : string.Empty;
            File.WriteAllText(Path.Combine(courseFolder, $"p{i.ToString(CultureInfo.InvariantCulture)}.md"), $"# Level {i.ToString(CultureInfo.InvariantCulture)}\n\n{next}");
        }
    }

    /// <summary>A flat course of n pages listed by the root page.</summary>
    public static void ManyPages(string courseFolder, string rootPath, int n)
    {
        var root = new StringBuilder("# Many pages\n\n");
        for (var i = 1; i <= n; i++)
        {
            var name = $"page-{i.ToString(CultureInfo.InvariantCulture)}.md";
            root.Append(Ref(name));
            File.WriteAllText(Path.Combine(courseFolder, name), $"# Page {i.ToString(CultureInfo.InvariantCulture)}\n\nText of page {i.ToString(CultureInfo.InvariantCulture)}.\n");
        }

        File.WriteAllText(rootPath, root.ToString());
    }

    /// <summary>A course of n tiny pages listed by SUMMARY.md in parts of 100 folders' worth, each page under its part's first page.</summary>
    public static void SummaryPages(string courseFolder, string rootPath, int n)
    {
        File.WriteAllText(rootPath, "# Summary course\n\nEvery page is listed in SUMMARY.md.\n");
        var summary = new StringBuilder("# Table of contents\n\n* [Summary course](README.md)\n");
        for (var i = 1; i <= n; i++)
        {
            var part = (i - 1) / 100;
            var folder = $"part-{part.ToString(CultureInfo.InvariantCulture)}";
            if ((i - 1) % 100 == 0)
            {
                Directory.CreateDirectory(Path.Combine(courseFolder, folder));
                summary.Append(CultureInfo.InvariantCulture, $"\n## Part {part}\n\n");
            }

            var name = $"{folder}/page-{i.ToString(CultureInfo.InvariantCulture)}.md";
            summary.Append((i - 1) % 100 == 0 ? "* " : "  * ").Append(CultureInfo.InvariantCulture, $"[Page {i}]({name})\n");
            File.WriteAllText(Path.Combine(courseFolder, name), $"# Page {i.ToString(CultureInfo.InvariantCulture)}\n\nText.\n");
        }

        File.WriteAllText(Path.Combine(courseFolder, "SUMMARY.md"), summary.ToString());
    }

    public static string Ref(string url) => $"{{% content-ref url=\"{url}\" %}}\n[{url}]({url})\n{{% endcontent-ref %}}\n";
}
