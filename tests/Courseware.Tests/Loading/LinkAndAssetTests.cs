using Courseware.Diagnostics;
using Courseware.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

public class LinkAndAssetTests
{
    private static IReadOnlyList<(LinkInline Link, ResolvedLink? Target)> Links(Page page) =>
        [.. page.Document.Descendants<LinkInline>().Select(l => (l, ResolvedLink.Of(l)))];

    [Fact]
    public void Each_asset_knows_where_the_course_first_names_it_in_reading_order()
    {
        var course = With(
            ("README.md", "# Racine\n\n{% include \"inc/commun.md\" %}\n\n" + Ref("a.md")),
            ("inc/commun.md", "Texte.\n\nVoir ![Schéma](../img/schema.png)\n"),
            ("a.md", "# A\n\n![Schéma](img/schema.png)\n\n<div>\n  <img src=\"img/photo.png\" alt=\"Photo\">\n</div>\n\n![Distante](https://example.org/x.png)\n"))
            .AddBytes("img/schema.png", new byte[10]).AddBytes("img/photo.png", new byte[10]).Load();

        Assert.Equal(new SourceLocation("inc/commun.md", 3, 6), course.Assets.Single(a => a.Key == "img/schema.png").FirstUse);
        Assert.Equal(new SourceLocation("a.md", 6, 3), course.Assets.Single(a => a.Key == "img/photo.png").FirstUse);
        Assert.Equal(new SourceLocation("a.md", 9, 1), course.Assets.Single(a => a.IsRemote).FirstUse);
    }

    [Fact]
    public void Links_between_pages_resolve_with_anchors_in_both_forms()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("a.md") + Ref("b.md")),
            ("a.md", "# A\n\nVoir [B](b.md#contrôle-daccès), [B plié](b.md#controle-dacces), [ici](#a) et [rien](b.md#inconnu)."),
            ("b.md", "# B\n\n## Contrôle d'accès\n")).Load();

        var links = Links(course.Pages[1]);
        Assert.All(links.Take(2), l => Assert.Equal(LinkTargetKind.Page, l.Target!.Kind));
        Assert.All(links.Take(2), l => Assert.Equal("contrôle-daccès", l.Target!.Anchor));
        Assert.Same(course.Pages[2], links[0].Target!.Page);
        Assert.Equal(LinkTargetKind.Anchor, links[2].Target!.Kind);
        Assert.Null(links[3].Target!.Anchor);
        var d = DiagnosticAssert.Single(course, DiagnosticCodes.AnchorMissing);
        Assert.Equal("a.md", d.Location.File);
        Assert.Equal(3, d.Location.Line);
    }

    [Fact]
    public void Images_with_spaces_parentheses_and_percent_encoding_resolve_once()
    {
        var course = With(
            ("README.md", "# Racine\n\n![Carte](<.gitbook/assets/ma carte (1).png>)\n\n![Carte encore](.gitbook/assets/ma%20carte%20(1).png)\n\n![](.gitbook/assets/absente.png)\n"),
            (".gitbook/assets/ma carte (1).png", "PNG")).Load();

        var asset = Assert.Single(course.Assets);
        Assert.Equal(".gitbook/assets/ma carte (1).png", asset.Path);
        Assert.Equal(3, asset.Size);
        var images = Links(course.Root);
        Assert.Same(asset, images[0].Target!.Asset);
        Assert.Same(asset, images[1].Target!.Asset);
        Assert.Equal(LinkTargetKind.Broken, images[2].Target!.Kind);
        var d = DiagnosticAssert.Single(course, DiagnosticCodes.AssetMissing);
        Assert.Equal(new SourceLocation("README.md", 7, 1), d.Location);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void A_missing_file_whose_name_differs_only_in_case_from_one_of_the_course_says_which()
    {
        var course = With(
            ("README.md", "# Racine\n\n![Serre](.gitbook/assets/serre.PNG)\n\n![Absente](.gitbook/assets/cabane.png)\n\n![Deux](.gitbook/assets/plan.png)\n"),
            (".gitbook/assets/serre.png", "PNG"),
            (".gitbook/assets/Plan.png", "PNG"),
            (".gitbook/assets/PLAN.png", "PNG")).Load();

        var images = Links(course.Root);
        Assert.All(images, i => Assert.Equal(LinkTargetKind.Broken, i.Target!.Kind));
        var differs = DiagnosticAssert.Single(course, DiagnosticCodes.AssetNameCaseDiffers);
        Assert.Contains("'.gitbook/assets/serre.png'", differs.Message, StringComparison.Ordinal);
        Assert.Equal(3, differs.Location.Line);

        // No match, or several names differing in case: the plain "file not found".
        Assert.Equal([5, 7], course.Diagnostics.Where(d => d.Code == DiagnosticCodes.AssetMissing.Code).Select(d => d.Location.Line));
    }

    [Fact]
    public void Remote_images_are_kept_as_remote_assets()
    {
        var course = With(("README.md", "# R\n\n![](https://lh3.googleusercontent.com/abc\\_def)\n")).Load();
        var asset = Assert.Single(course.Assets);
        Assert.True(asset.IsRemote);
        Assert.Equal("https://lh3.googleusercontent.com/abc_def", asset.Key);
        DiagnosticAssert.Single(course, DiagnosticCodes.RemoteAsset);
    }

    [Fact]
    public void Links_to_files_become_file_assets_and_links_outside_the_tree_are_reported()
    {
        var course = With(
            ("README.md", "# R\n\n[Le guide](docs/guide.pdf), [orphelin](orphelin.md), [absent](absent.md), [site](https://example.org)\n"),
            ("docs/guide.pdf", "%PDF"),
            ("orphelin.md", "# Orphelin")).Load();

        var links = Links(course.Root);
        Assert.Equal(LinkTargetKind.Asset, links[0].Target!.Kind);
        Assert.Equal(AssetKind.File, links[0].Target!.Asset!.Kind);
        Assert.Equal(LinkTargetKind.Broken, links[1].Target!.Kind);
        Assert.Equal(LinkTargetKind.Broken, links[2].Target!.Kind);
        Assert.Equal(LinkTargetKind.External, links[3].Target!.Kind);
        DiagnosticAssert.Single(course, DiagnosticCodes.PageNotInTree);
        DiagnosticAssert.Single(course, DiagnosticCodes.LinkTargetMissing);
    }

    [Fact]
    public void Links_gitbook_marked_broken_say_so_and_stay_text()
    {
        var course = With(("README.md", "# R\n\nVoir la [page supprimée](broken-reference) plus loin.\n")).Load();
        Assert.Equal(LinkTargetKind.Broken, ResolvedLink.Of(course.Root.Document.Descendants<LinkInline>().Single())!.Kind);
        var diagnostic = DiagnosticAssert.Single(course, DiagnosticCodes.LinkMarkedBroken);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(("README.md", 3), (diagnostic.Location.File, diagnostic.Location.Line));
        Assert.Contains("broken-reference", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(course.Diagnostics, d => d.Code == DiagnosticCodes.LinkTargetMissing.Code);
    }

    [Fact]
    public void Links_from_the_space_root_resolve_inside_the_course_and_other_absolute_paths_stay_refused()
    {
        var course = With(
            ("README.md", "# R\n" + Ref("guide/a.md") + Ref("guide/b.md")),
            ("guide/a.md", "# A\n\nVoir [la suite](/guide/b.md#deuxième-partie), [le guide](/guide/), [rien](/ailleurs/absent.md) et ![Plan](/.gitbook/assets/plan.png).\n"),
            ("guide/README.md", "# Guide"),
            ("guide/b.md", "# B\n\n## Deuxième partie\n"),
            (".gitbook/assets/plan.png", "PNG")).Load();

        var links = Links(course.Pages.Single(p => p.Path == "guide/a.md"));
        Assert.Equal(LinkTargetKind.Page, links[0].Target!.Kind);
        Assert.Equal("guide/b.md", links[0].Target!.Page!.Path);
        Assert.Equal("deuxième-partie", links[0].Target!.Anchor);
        Assert.Equal(LinkTargetKind.Broken, links[2].Target!.Kind);
        Assert.Equal(".gitbook/assets/plan.png", links[3].Target!.Asset!.Path);
        var refused = DiagnosticAssert.Single(course, DiagnosticCodes.AbsolutePathRefused);
        Assert.Contains("/ailleurs/absent.md", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(course.Diagnostics, d => d.Code == DiagnosticCodes.AnchorMissing.Code);
    }

    [Fact]
    public void Links_to_built_html_pages_of_an_older_gitbook_book_resolve_to_their_markdown_pages()
    {
        var course = With(
            ("README.md", "# R\n" + Ref("outils/index.html") + Ref("outils/pelle.md") + Ref("saisons.md")),
            ("outils/README.md", "# Outils\n\nVoir [la pelle](pelle.html#entretien), [l'accueil](../index.html) et [depuis la racine](/saisons.html).\n"),
            ("outils/pelle.md", "# Pelle\n\n## Entretien\n\nRetour aux [outils](index.html), à la [fiche imprimable](fiche.html) et [absente](rateau.html).\n"),
            ("outils/fiche.html", "<p>Fiche</p>"),
            ("saisons.md", "# Saisons\n")).Load();

        // The tree itself may name the built pages: index.html is the folder's README.md.
        Assert.Equal(["README.md", "outils/README.md", "outils/pelle.md", "saisons.md"], course.Pages.Select(p => p.Path));
        var outils = Links(course.Pages.Single(p => p.Path == "outils/README.md"));
        Assert.Equal("outils/pelle.md", outils[0].Target!.Page!.Path);
        Assert.Equal("entretien", outils[0].Target!.Anchor);
        Assert.Equal("README.md", outils[1].Target!.Page!.Path);
        Assert.Equal("saisons.md", outils[2].Target!.Page!.Path);

        // A real HTML file of the course stays a file; a built page with no Markdown source is still missing.
        var pelle = Links(course.Pages.Single(p => p.Path == "outils/pelle.md"));
        Assert.Equal("outils/README.md", pelle[0].Target!.Page!.Path);
        Assert.Equal("outils/fiche.html", pelle[1].Target!.Asset!.Path);
        Assert.Equal(LinkTargetKind.Broken, pelle[2].Target!.Kind);
        var missing = DiagnosticAssert.Single(course, DiagnosticCodes.LinkTargetMissing);
        Assert.Contains("rateau.html", missing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(course.Diagnostics, d => d.Code == DiagnosticCodes.AbsolutePathRefused.Code);
    }

    [Fact]
    public void Anchors_in_the_form_the_older_gitbook_wrote_them_find_their_heading()
    {
        // gitbook-cli dropped every non-ASCII letter from heading ids and made each space a '-'.
        var course = With(
            ("README.md", "# Racine\n" + Ref("a.md") + Ref("b.md")),
            ("a.md", "# A\n\nVoir [la période](b.md#priode-de-rcolte), [à jour](b.md#mise--jour) et [rien](b.md#priode-de-semis).\n"),
            ("b.md", "# B\n\n## Période de récolte\n\n## Mise à jour\n")).Load();

        var links = Links(course.Pages[1]);
        Assert.Equal("période-de-récolte", links[0].Target!.Anchor);
        Assert.Equal("mise-à-jour", links[1].Target!.Anchor);
        Assert.Null(links[2].Target!.Anchor);
        Assert.Contains("priode-de-semis", DiagnosticAssert.Single(course, DiagnosticCodes.AnchorMissing).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_where_punctuation_separates_words_and_underscores_stay_find_their_heading()
    {
        var course = With(("README.md", "# R\n\n## Export et OAI/PMH\n\n## Réponse (`avant_envoi`)\n\nVoir [OAI](#export-et-oai-pmh), [la réponse](#réponse-avant_envoi), [pliée](#reponse-avant_envoi) et [rien](#export-oai).\n")).Load();

        var anchors = Links(course.Root).Select(l => l.Target!.Anchor).ToArray();
        Assert.Equal(new string?[] { "export-et-oaipmh", "réponse-avant-envoi", "réponse-avant-envoi", null }, anchors);
        var missing = DiagnosticAssert.Single(course, DiagnosticCodes.AnchorMissing);
        Assert.Contains("export-oai", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Javascript_urls_are_refused()
    {
        var course = With(("README.md", "# R\n\n[clic](javascript:alert(1))\n")).Load();
        Assert.Equal(LinkTargetKind.Broken, ResolvedLink.Of(course.Root.Document.Descendants<LinkInline>().Single())!.Kind);
        DiagnosticAssert.Single(course, DiagnosticCodes.UnsupportedUrlScheme);
    }

    [Fact]
    public void Headings_get_gitbook_ids_with_suffixes_for_duplicates()
    {
        var course = With(("README.md", "# Titre\n\n## Étape\n\n## Étape\n")).Load();
        Assert.Equal(["titre", "étape", "étape-1"], course.Root.Headings.Select(h => h.Id));
        Assert.Equal("etape-1", course.Root.Headings[2].FoldedId);
        Assert.Equal("étape", HeadingAnchor.Of(course.Root.Document.Descendants<HeadingBlock>().ElementAt(1))!.Id);
    }

    [Fact]
    public void Images_in_raw_html_are_recorded_relative_to_their_page_and_missing_ones_reported()
    {
        var course = With(
            ("README.md", "# R\n\n" + Ref("a/b/p.md")),
            ("a/b/p.md", "# P\n\nTexte.\n\n<div><figure><img src=\"../../.gitbook/assets/Capture 2024 à 16.56.png\" alt=\"\"><figcaption><p>vue 1</p></figcaption></figure>\n<figure><img src=\"../../.gitbook/assets/absente.png\" alt=\"\"><figcaption><p>vue 2</p></figcaption></figure></div>\n\nUne icône <img src=\"../../.gitbook/assets/icone.png\" alt=\"icône\"> dans le texte, une <img src=\"data:image/png;base64,AAAA\" alt=\"image intégrée\">.\n"),
            (".gitbook/assets/Capture 2024 à 16.56.png", "PNG"),
            (".gitbook/assets/icone.png", "PNG")).Load();

        var page = course.Pages.Single(p => p.Path == "a/b/p.md");
        Assert.Equal([".gitbook/assets/Capture 2024 à 16.56.png", ".gitbook/assets/icone.png"], page.Assets.Select(a => a.Key).Order(StringComparer.Ordinal));
        var missing = DiagnosticAssert.Single(course, DiagnosticCodes.AssetMissing);
        Assert.Equal(new SourceLocation("a/b/p.md", 6, 9), missing.Location);
    }
}

public class ExplicitAnchorTests
{
    [Fact]
    public void Explicit_heading_anchors_written_by_gitbook_are_link_targets()
    {
        var course = TestCourse.With(("README.md", "# Titre\n\n## <a href=\"#ancre-perso\" id=\"ancre-perso\"></a>Section\n\nVoir [la section](#ancre-perso).\n")).Load();
        var link = course.Root.Document.Descendants<Markdig.Syntax.Inlines.LinkInline>().Single(l => l.Url == "#ancre-perso");
        Assert.Equal("section", ResolvedLink.Of(link)!.Anchor);
        DiagnosticAssert.None(course);
    }

    [Fact]
    public void Heading_id_attributes_of_older_gitbook_books_are_link_targets_and_leave_the_heading_text()
    {
        var course = TestCourse.With(
            ("README.md", "# Titre\n" + Ref("b.md")),
            ("b.md", "# B\n\n## Calendrier des semis {#calendrier_semis}\n\nVoir [le calendrier](#calendrier_semis) et [encore](#calendrier-des-semis).\n")).Load();
        var page = course.Pages.Single(p => p.Path == "b.md");
        var heading = page.Document.Descendants<HeadingBlock>().Single(h => h.Level == 2);
        Assert.Equal("Calendrier des semis", string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
        var links = page.Document.Descendants<LinkInline>().Select(l => ResolvedLink.Of(l)!).ToList();
        Assert.All(links, l => Assert.Equal("calendrier-des-semis", l.Anchor));
        DiagnosticAssert.None(course);
    }
}
