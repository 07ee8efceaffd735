using Courseware.Diagnostics;
using Courseware.Model;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

public class ContentRefTreeTests
{
    [Fact]
    public void Children_follow_content_ref_order_not_file_names()
    {
        var course = With(
            ("README.md", "# Racine\n\n" + Ref("b.md") + "\n" + Ref("a.md")),
            ("a.md", "# A"),
            ("b.md", "# B")).Load();

        Assert.Equal(["README.md", "b.md", "a.md"], course.Pages.Select(p => p.Path));
        Assert.Equal(["B", "A"], course.Root.Children.Select(p => p.Title));
        Assert.Equal(["1", "2"], course.Root.Children.Select(p => p.Number));
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void Nesting_across_folders_and_folder_urls_mean_their_readme()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("partie/")),
            ("partie/README.md", "# Partie\n" + Ref("chapitre.md") + Ref("../annexe.md")),
            ("partie/chapitre.md", "# Chapitre"),
            ("annexe.md", "# Annexe")).Load();

        Assert.Equal(["README.md", "partie/README.md", "partie/chapitre.md", "annexe.md"], course.Pages.Select(p => p.Path));
        var partie = course.Pages[1];
        Assert.Equal(1, partie.Depth);
        Assert.Equal(2, course.Pages[2].Depth);
        Assert.Same(partie, course.Pages[3].Parent);
        Assert.Equal("1.2", course.Pages[3].Number);
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void Anchor_suffix_and_percent_encoding_are_handled()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("mon%20chapitre.md#objectifs")),
            ("mon chapitre.md", "# Mon chapitre\n\n## Objectifs")).Load();

        Assert.Equal("mon chapitre.md", course.Pages[1].Path);
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void Nfd_names_on_disk_match_nfc_links_and_keep_the_real_name()
    {
        var nfd = "re\u0301seaux.md";
        var course = With(
            ("README.md", "# Racine\n" + Ref("réseaux.md")),
            (nfd, "# Réseaux")).Load();

        var page = course.Pages[1];
        Assert.Equal("réseaux.md", page.Path);
        Assert.Equal(nfd, page.DiskPath);
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void Nfd_links_match_nfc_names()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("re\u0301seaux.md")),
            ("réseaux.md", "# Réseaux")).Load();

        Assert.Equal("réseaux.md", course.Pages[1].Path);
    }

    [Fact]
    public void A_page_referenced_twice_is_included_once_with_a_warning()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("a.md") + Ref("b.md")),
            ("a.md", "# A\n" + Ref("b.md")),
            ("b.md", "# B")).Load();

        Assert.Equal(["README.md", "a.md", "b.md"], course.Pages.Select(p => p.Path));
        var d = DiagnosticAssert.Single(course, DiagnosticCodes.PageReferencedTwice);
        Assert.Equal(new SourceLocation("README.md", 5, 1), d.Location);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void A_cycle_is_reported_with_its_chain_and_broken()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("a.md")),
            ("a.md", "# A\n" + Ref("b.md")),
            ("b.md", "# B\n\nTexte.\n\n" + Ref("a.md"))).Load();

        Assert.Equal(["README.md", "a.md", "b.md"], course.Pages.Select(p => p.Path));
        var d = DiagnosticAssert.Single(course, DiagnosticCodes.ContentRefCycle);
        Assert.Equal(new SourceLocation("b.md", 5, 1), d.Location);
        Assert.Contains("a.md → b.md → a.md", d.Message);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void A_missing_target_is_an_error_at_its_line_and_column()
    {
        var course = With(("README.md", "# Racine\n\nIntro.\n\n  " + Ref("absent.md").Replace("\n", "\n  "))).Load();

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.ContentRefTargetMissing);
        Assert.Equal(new SourceLocation("README.md", 5, 3), d.Location);
        Assert.Equal("README.md(5,3): error CW0101: content-ref target not found: 'absent.md'", d.ToMsBuildString());
        Assert.Single(course.Pages);
    }

    [Fact]
    public void Older_page_refs_build_the_tree_like_content_refs()
    {
        var course = With(
            ("README.md", "# Racine\n\n{% page-ref page=\"guide/README.md\" %}\n"),
            ("guide/README.md", "# Guide\n\n{% page-ref page=\"compte.md\" %}\n\n{% page-ref page=\"usagers.md\" %}\n"),
            ("guide/compte.md", "# Compte"),
            ("guide/usagers.md", "# Usagers")).Load();

        Assert.Equal(["README.md", "guide/README.md", "guide/compte.md", "guide/usagers.md"], course.Pages.Select(p => p.Path));
        Assert.Equal(2, course.Pages[1].Children.Count);
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void A_content_ref_to_a_broken_reference_written_from_a_folder_is_reported_as_broken_not_as_a_missing_file()
    {
        var course = With(("README.md", "# Racine\n" + Ref("guide/README.md")), ("guide/README.md", "# Guide\n" + Ref("../../guide/broken-reference/") + Ref("broken-reference"))).Load();

        Assert.Equal(2, course.Diagnostics.Count(d => d.Code == DiagnosticCodes.ContentRefBroken.Code));
        Assert.DoesNotContain(course.Diagnostics, d => d.Code == DiagnosticCodes.ContentRefTargetMissing.Code);
    }

    [Fact]
    public void Climbing_above_the_root_is_clamped_with_a_warning()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("../../a.md")),
            ("a.md", "# A")).Load();

        Assert.Equal("a.md", course.Pages[1].Path);
        Assert.Equal(DiagnosticSeverity.Warning, DiagnosticAssert.Single(course, DiagnosticCodes.PathClimbsAboveRoot).Severity);
    }

    [Fact]
    public void Absolute_paths_and_file_urls_are_refused()
    {
        var course = With(("README.md", "# Racine\n" + Ref("/etc/passwd") + Ref("file:///etc/passwd") + Ref("C:\\\\Windows\\\\win.ini"))).Load();

        Assert.Single(course.Pages);
        Assert.Equal(2, course.Diagnostics.Count(d => d.Code == DiagnosticCodes.AbsolutePathRefused.Code));
        DiagnosticAssert.Single(course, DiagnosticCodes.FileUrlRefused);
    }

    [Fact]
    public void A_deep_chain_is_walked_without_recursion()
    {
        var course = new TestCourse();
        const int depth = 3000;
        course.Add("README.md", "# Racine\n" + Ref("p1.md"));
        for (var i = 1; i <= depth; i++)
        {
            course.Add($"p{i}.md", $"# P{i}\n" + (i < depth ? Ref($"p{i + 1}.md") : string.Empty));
        }

        var loaded = course.Load(new CourseSettings { MaxDepth = 10_000 });
        Assert.Equal(depth + 1, loaded.Pages.Count);
        Assert.Equal(depth, loaded.Pages[^1].Depth);
    }

    [Fact]
    public void Hidden_pages_are_left_out_unless_asked()
    {
        var files = new[] { ("README.md", "# Racine\n" + Ref("cache.md")), ("cache.md", "---\nhidden: true\n---\n# Caché") };
        var course = With(files).Load();
        Assert.Single(course.Pages);
        Assert.Equal(DiagnosticSeverity.Info, DiagnosticAssert.Single(course, DiagnosticCodes.HiddenPageSkipped).Severity);

        var withHidden = With(files).Load(new CourseSettings { IncludeHidden = true });
        Assert.Equal(2, withHidden.Pages.Count);
    }

    [Fact]
    public void Broken_reference_placeholders_are_reported_and_the_export_goes_on()
    {
        var course = With(("README.md", "# Racine\n" + Ref("broken-reference") + Ref("a.md")), ("a.md", "# A")).Load();
        Assert.Equal(2, course.Pages.Count);
        DiagnosticAssert.Single(course, DiagnosticCodes.ContentRefBroken);
    }

    [Fact]
    public void A_broken_content_ref_is_reported_once_whether_the_tree_comes_from_content_refs_or_from_the_summary()
    {
        var files = new[] { ("README.md", "# Racine\n" + Ref("a.md")), ("a.md", "# A\n" + Ref("broken-reference")), ("SUMMARY.md", "# Sommaire\n\n* [Racine](README.md)\n* [A](a.md)\n") };

        var fromContentRefs = With(files).Load();
        DiagnosticAssert.Single(fromContentRefs, DiagnosticCodes.ContentRefBroken);
        Assert.DoesNotContain(fromContentRefs.Diagnostics, d => d.Code == DiagnosticCodes.LinkMarkedBroken.Code);

        // From SUMMARY.md the content-ref is a card like any link: its lost target is said as a link's is, at its line.
        var fromSummary = With(files).Load(new CourseSettings { Toc = TocMode.Summary });
        var diagnostic = DiagnosticAssert.Single(fromSummary, DiagnosticCodes.LinkMarkedBroken);
        Assert.Equal("a.md", diagnostic.Location.File);
        Assert.DoesNotContain(fromSummary.Diagnostics, d => d.Code == DiagnosticCodes.ContentRefBroken.Code);
    }

    [Fact]
    public void Github_blob_urls_back_to_the_repository_resolve_locally()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("https://github.com/org/repo/blob/main/docs/a.md")),
            ("a.md", "# A")).Load();
        Assert.Equal("a.md", course.Pages[1].Path);
    }
}
