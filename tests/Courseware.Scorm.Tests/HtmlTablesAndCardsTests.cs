using System.Text.RegularExpressions;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Xunit;

namespace Courseware.Scorm.Tests;

/// <summary>GitBook's HTML tables and card views, read by the loader, as they appear in the package's pages.</summary>
public sealed partial class HtmlTablesAndCardsTests
{
    private const string Cards =
        "<table data-view=\"cards\"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type=\"content-ref\"></th><th data-hidden data-card-cover data-type=\"files\"></th></tr></thead><tbody>"
        + "<tr><td><strong>Le réseau</strong></td><td>Qui fait <em>quoi</em></td><td><a href=\"chapitre/reseau.md\">reseau.md</a></td><td><a href=\".gitbook/assets/carte réseau.png\">carte réseau.png</a></td></tr>"
        + "<tr><td>Le site</td><td></td><td><a href=\"https://www.example.org/\">https://www.example.org/</a></td><td></td></tr>"
        + "<tr><td>Perdue</td><td></td><td><a href=\"absente.md\">absente.md</a></td><td></td></tr>"
        + "</tbody></table>";

    private static ScormPackage Package(ScoLayout sco = ScoLayout.PerPage) => ScormPackage.Export(
        RealCourse.FromFiles(new Dictionary<string, string>
        {
            ["SUMMARY.md"] = "# Table of contents\n\n* [Accueil](README.md)\n* [Réseau](chapitre/reseau.md)\n",
            ["README.md"] = "# Accueil\n\n" + Cards + "\n\n<table><thead><tr><th>Canal</th><th>Public</th></tr></thead><tbody><tr><td>LinkedIn</td><td>agents<br>élus</td></tr></tbody></table>\n",
            ["chapitre/reseau.md"] = "# Réseau\n\nTexte.\n",
            [".gitbook/assets/carte réseau.png"] = "PNG",
        }),
        ScormVersion.Scorm2004,
        new ExportOptions { Sco = sco });

    /// <summary>Where a link of a page leads inside the package (query and anchor dropped).</summary>
    private static string Target(string page, string href)
    {
        var path = Uri.UnescapeDataString(href.Split('#')[0]);
        var folder = Path.GetDirectoryName(page)!.Replace('\\', '/');
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    [Fact]
    public void Card_view_is_a_list_of_cards_linking_to_pages_of_the_package_with_their_cover_packaged()
    {
        var package = Package();
        var file = package.Entries.Single(e => e.StartsWith("pages/", StringComparison.Ordinal) && package.Text(e).Contains("<h1", StringComparison.Ordinal) && package.Text(e).Contains("Accueil</h1>", StringComparison.Ordinal));
        var html = package.Text(file);

        var list = CardList().Match(html);
        Assert.True(list.Success, html);
        var cards = CardItem().Matches(list.Value).Select(m => m.Value).ToList();
        Assert.Equal(3, cards.Count);

        // The first card: cover, linked title, text.
        var href = Href().Match(cards[0]).Groups[1].Value;
        Assert.Contains(Target(file, href), package.Entries);
        Assert.Contains("data-cw-page=", cards[0], StringComparison.Ordinal);
        Assert.Contains("Le réseau</a>", cards[0], StringComparison.Ordinal);
        Assert.Contains("<div class=\"cw-card-description\"><p>Qui fait <em>quoi</em></p>", cards[0], StringComparison.Ordinal);
        var cover = Regex.Match(cards[0], "<img class=\"cw-card-cover\" src=\"([^\"]+)\" alt=\"\"");
        Assert.True(cover.Success, cards[0]);
        var coverEntry = Target(file, System.Net.WebUtility.HtmlDecode(cover.Groups[1].Value));
        Assert.Contains(coverEntry, package.Entries);
        Assert.Equal("PNG"u8.ToArray(), package.Files[coverEntry]);

        // An external target; a missing page is text, reported by the loader.
        Assert.Contains("<a href=\"https://www.example.org/\" rel=\"noopener\" class=\"cw-external\">", cards[1], StringComparison.Ordinal);
        Assert.DoesNotContain("<img", cards[1], StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", cards[2], StringComparison.Ordinal);
        Assert.Contains("Perdue", cards[2], StringComparison.Ordinal);

        // The hidden columns are not shown as a table any more.
        Assert.DoesNotContain("data-card-target", html, StringComparison.Ordinal);
        Assert.DoesNotContain("reseau.md</", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_links_work_in_a_single_sco_package_too()
    {
        var package = Package(ScoLayout.Single);
        var html = package.Text("index.html");

        var href = Href().Match(CardItem().Match(CardList().Match(html).Value).Value).Groups[1].Value;
        Assert.StartsWith("#", href, StringComparison.Ordinal);
        Assert.Contains("id=\"" + href[1..] + "\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_table_is_rendered_like_a_pipe_table_with_its_header()
    {
        var package = Package();
        var html = string.Concat(package.Entries.Where(e => e.EndsWith(".html", StringComparison.Ordinal)).Select(package.Text));

        Assert.Contains("<div class=\"cw-table-scroll\" tabindex=\"0\">\n<table>", html, StringComparison.Ordinal);
        Assert.Contains("<th>Canal</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>agents<br />\nélus</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(package.Diagnostics, d => d.Code == "CW0501");
    }

    [Fact]
    public void Caption_is_the_tables_caption_with_its_markup_and_spanning_cells_carry_colspan()
    {
        var package = ScormPackage.Export(
            RealCourse.FromFiles(new Dictionary<string, string>
            {
                ["SUMMARY.md"] = "# Table of contents\n\n* [Accueil](README.md)\n* [Réseau](chapitre/reseau.md)\n",
                ["README.md"] = "# Accueil\n\n<table><caption>Les <strong>coûts</strong> en <code>€</code>, voir <a href=\"chapitre/reseau.md\">le réseau</a></caption>"
                    + "<thead><tr><th rowspan=\"2\">Poste</th><th colspan=\"2\">Coût</th></tr><tr><th>2025</th><th>2026</th></tr></thead>"
                    + "<tbody><tr><td>Site</td><td>10</td><td>12</td></tr><tr><td colspan=\"3\">Total à venir</td></tr></tbody></table>\n",
                ["chapitre/reseau.md"] = "# Réseau\n\nTexte.\n",
            }),
            ScormVersion.Scorm2004,
            new ExportOptions());
        var file = package.Entries.Single(e => e.EndsWith(".html", StringComparison.Ordinal) && package.Text(e).Contains("Accueil</h1>", StringComparison.Ordinal));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(package.Text(file));

        var table = Assert.Single(document.QuerySelectorAll(".cw-table-scroll > table"));
        var caption = Assert.IsAssignableFrom<AngleSharp.Dom.IElement>(table.FirstElementChild);
        Assert.Equal("caption", caption.LocalName);
        Assert.Equal("cw-table-caption", caption.ClassName);
        Assert.Equal("Les coûts en €, voir le réseau", caption.TextContent);
        Assert.Equal("coûts", caption.QuerySelector("strong")?.TextContent);
        Assert.Equal("€", caption.QuerySelector("code")?.TextContent);
        Assert.Contains(Target(file, caption.QuerySelector("a")!.GetAttribute("href")!), package.Entries);

        // Each row has as many cells as it shows; spans are attributes, headers stay th.
        var rows = table.QuerySelectorAll("tr").Select(tr => string.Join('|', tr.Children.Select(c => c.LocalName + ":" + c.TextContent.Trim() + ":" + (c.GetAttribute("colspan") ?? "1") + (c.GetAttribute("rowspan") is { } r ? "x" + r : string.Empty)))).ToList();
        Assert.Equal(["th:Poste:1x2", "th:Coût:2"], rows[0].Split('|'));
        Assert.Equal(["th:2025:1", "th:2026:1"], rows[1].Split('|'));
        Assert.Equal(["td:Site:1", "td:10:1", "td:12:1"], rows[2].Split('|'));
        Assert.Equal(["td:Total à venir:3"], rows[3].Split('|'));
        Assert.Equal(2, table.QuerySelectorAll("thead > tr").Length);
        Assert.Contains(".cw-table-caption {", package.Text(package.Entries.Single(e => e.EndsWith("courseware.css", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [GeneratedRegex("<ul class=\"cw-cards\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex CardList();

    [GeneratedRegex("<li class=\"cw-card cw-card-tile\">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex CardItem();

    [GeneratedRegex("<a href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
