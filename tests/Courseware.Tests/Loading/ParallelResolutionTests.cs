using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Model;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

/// <summary>Links, assets and accessibility are checked on every core: the results must be those of one walk in page order.</summary>
public class ParallelResolutionTests
{
    private const int Pages = 40;

    /// <summary>
    /// A tree of pages that each name the same remote image, an image of their own (their sizes cross the total cap at page 31),
    /// a missing anchor in the next page, a missing page, a non-descriptive link at the same place as a broken one, and an
    /// included file with a broken link of its own.
    /// </summary>
    private static TestCourse ManyPages()
    {
        var course = With(
            ("README.md", "# Racine\n\n" + string.Concat(Enumerable.Range(1, Pages).Select(i => Ref($"p{i:00}.md")))),
            ("inc/commun.md", "Voir [le guide](absent-inclus.md).\n"));
        for (var i = 1; i <= Pages; i++)
        {
            var next = i % Pages + 1;
            course.Add(
                $"p{i:00}.md",
                $"# Page {i}\n\n## Partie {i}\n\n![Logo commun](https://example.org/commun.png)\n\n![Schéma {i}](img/s{i:00}.png)\n\n"
                + $"[La partie suivante](p{next:00}.md#absente) et [ici](manquant-{i}.md)\n\n{{% include \"inc/commun.md\" %}}\n\n#### Trop bas {i}\n");
            course.AddBytes($"img/s{i:00}.png", new byte[100]);
        }

        return course;
    }

    [Fact]
    public void The_first_mention_of_a_remote_asset_and_the_asset_over_the_cap_are_those_of_the_page_order()
    {
        var course = ManyPages().Load(new CourseSettings { MaxTotalAssetBytes = 3000 });

        // Page 1 names the remote image first; 30 images of 100 bytes fit in 3,000, the one of page 31 does not.
        Assert.Equal(new SourceLocation("p01.md", 5, 1), DiagnosticAssert.Single(course, DiagnosticCodes.RemoteAsset).Location);
        Assert.Equal(
            Enumerable.Range(31, 10).Select(i => new SourceLocation($"p{i}.md", 7, 1)),
            course.Diagnostics.Where(d => d.Code == DiagnosticCodes.AssetsTooLarge.Code).Select(d => d.Location));
        Assert.Equal(30, course.Assets.Count(a => !a.IsRemote));
        var pages = course.Pages.Skip(1).ToList();
        Assert.All(pages, p => Assert.Same(course.Assets.Single(a => a.IsRemote), p.Assets[0]));
        Assert.All(pages.Take(30), p => Assert.Equal(2, p.Assets.Count));
        Assert.All(pages.Skip(30), p => Assert.Single(p.Assets));
    }

    [Fact]
    public void Cross_page_checks_report_at_the_link_and_ties_keep_the_link_check_before_the_text_check()
    {
        var course = ManyPages().Load();

        var page7 = course.Diagnostics.Where(d => d.Location.File == "p07.md").Select(d => d.ToString()).ToList();
        Assert.Equal(
            [
                "p07.md(9,1): warning CW0311: anchor '#absente' not found in 'p08.md'",
                "p07.md(9,41): warning CW0310: link target not found: 'manquant-7.md'",
                "p07.md(9,41): warning CW0804: link text 'ici' does not say where the link goes",
                "p07.md(13,1): warning CW0805: heading level jumps from H2 to H4",
            ],
            page7);

        // The included file's broken link is the same problem in every page that includes it: reported once, at its own line.
        var included = Assert.Single(course.Diagnostics, d => d.Location.File == "inc/commun.md");
        Assert.Equal("inc/commun.md(1,6): warning CW0310: link target not found: 'absent-inclus.md'", included.ToString());
        Assert.Equal(Pages, course.Diagnostics.Count(d => d.Code == DiagnosticCodes.AnchorMissing.Code));
    }

    [Fact]
    public void A_tree_from_summary_read_on_every_core_gives_the_diagnostics_of_the_content_ref_tree()
    {
        // The same pages listed by SUMMARY.md (read ahead all at once) rather than reached through content-refs.
        var files = ManyPages();
        files.Add("SUMMARY.md", "# Sommaire\n\n* [Racine](README.md)\n" + string.Concat(Enumerable.Range(1, Pages).Select(i => $"* [Page {i}](p{i:00}.md)\n")));
        var byRefs = files.Load(new CourseSettings { MaxTotalAssetBytes = 3000 });
        for (var run = 0; run < 3; run++)
        {
            var bySummary = files.Load(new CourseSettings { MaxTotalAssetBytes = 3000, Toc = TocMode.Summary });
            Assert.Equal(byRefs.Pages.Select(p => p.Path), bySummary.Pages.Select(p => p.Path));
            Assert.Equal(
                byRefs.Diagnostics.Where(d => d.Location.File != "README.md").Select(d => d.ToString()),
                bySummary.Diagnostics.Where(d => d.Location.File != "README.md").Select(d => d.ToString()));
            Assert.Equal(byRefs.Pages.Select(p => string.Join(',', p.Assets.Select(a => a.Key))), bySummary.Pages.Select(p => string.Join(',', p.Assets.Select(a => a.Key))));
        }
    }

    [Fact]
    public void Loading_again_gives_the_same_diagnostics_assets_and_links()
    {
        var files = ManyPages();
        var first = files.Load(new CourseSettings { MaxTotalAssetBytes = 2000 });
        for (var run = 0; run < 5; run++)
        {
            var again = files.Load(new CourseSettings { MaxTotalAssetBytes = 2000 });
            Assert.Equal(first.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(first.Assets.Select(a => a.Key), again.Assets.Select(a => a.Key));
            Assert.Equal(
                first.Pages.Select(p => string.Join(',', p.Assets.Select(a => a.Key))),
                again.Pages.Select(p => string.Join(',', p.Assets.Select(a => a.Key))));
        }
    }
}
