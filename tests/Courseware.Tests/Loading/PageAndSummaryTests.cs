using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Model;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

public class PageAndSummaryTests
{
    [Fact]
    public void Title_comes_from_front_matter_then_first_heading_then_file_name()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("a.md") + Ref("b.md") + Ref("mon-chapitre.md")),
            ("a.md", "---\ntitle: Titre choisi\ndescription: >-\n  Une description\n  pliée\n---\n# Autre titre"),
            ("b.md", "Intro\n\n# Le **grand** `titre` 🚀&#x20;\n"),
            ("mon-chapitre.md", "Pas de titre.")).Load();

        Assert.Equal(["Racine", "Titre choisi", "Le grand titre 🚀", "Mon chapitre"], course.Pages.Select(p => p.Title));
        Assert.Equal("Une description pliée", course.Pages[1].Description);
    }

    [Fact]
    public void Malformed_front_matter_is_a_diagnostic_at_its_line()
    {
        var course = With(("README.md", "---\ndescription: ok\ntitle: [non fermé\n---\n# Titre")).Load();
        var d = DiagnosticAssert.Single(course, DiagnosticCodes.FrontMatterInvalid);
        Assert.Equal("README.md", d.Location.File);
        Assert.InRange(d.Location.Line, 3, 5);
        Assert.Equal("Titre", course.Title);
    }

    [Fact]
    public void Front_matter_keeps_markdown_line_numbers()
    {
        var course = With(("README.md", "---\ndescription: x\n---\n\n" + Ref("absent.md"))).Load();
        Assert.Equal(5, DiagnosticAssert.Single(course, DiagnosticCodes.ContentRefTargetMissing).Location.Line);
    }

    [Fact]
    public void Unknown_front_matter_keys_are_accepted()
    {
        var course = With(("README.md", "---\nicon: book\nlayout:\n  title:\n    visible: true\n---\n# T")).Load();
        DiagnosticAssert.None(course);
        Assert.Equal("book", course.Root.FrontMatter["icon"]);
    }

    [Fact]
    public void Summary_md_gives_parts_nesting_and_titles()
    {
        const string summary = """
            # Table of contents

            * [Accueil](README.md)

            ## Premiers pas

            * [Installer](installer/README.md)
              * [Sous Linux](installer/linux.md)
              * [Site externe](https://example.org)
            * [Configurer \*vite\*](configurer.md)

            ***

            ## Aller plus loin

            * [Avancé](avance.md)
            * [Absent](absent.md)
            """;
        var course = With(
            ("SUMMARY.md", summary),
            ("README.md", "# Accueil"),
            ("installer/README.md", "# Installation"),
            ("installer/linux.md", "# Linux"),
            ("configurer.md", "# Configurer"),
            ("avance.md", "# Avancé")).Load(new CourseSettings { Toc = TocMode.Summary });

        Assert.Equal(["README.md", "installer/README.md", "installer/linux.md", "configurer.md", "avance.md"], course.Pages.Select(p => p.Path));
        Assert.Equal("Installer", course.Pages[1].TocTitle);
        Assert.Equal("Installation", course.Pages[1].Title);
        Assert.Equal("Configurer *vite*", course.Pages[3].TocTitle);
        Assert.Equal("Premiers pas", course.Pages[1].Part);
        Assert.Null(course.Pages[3].Part);
        Assert.Equal("Aller plus loin", course.Pages[4].Part);
        Assert.Equal(2, course.Pages[2].Depth);
        var missing = DiagnosticAssert.Single(course, DiagnosticCodes.SummaryEntryMissing);
        Assert.Equal(new SourceLocation("SUMMARY.md", 17, 3), missing.Location);
        DiagnosticAssert.Single(course, DiagnosticCodes.SummaryExternalEntry);
    }

    [Fact]
    public void The_root_entry_names_the_root_and_opens_the_first_part()
    {
        const string summary = """
            ## Découvrir

            * [Bienvenue](README.md)
            * [Le vocabulaire](vocabulaire.md)

            ## Pratiquer

            * [Fichier perdu](perdu.md)
            * [Premier exercice](exercice.md)
            """;
        var course = With(
            ("SUMMARY.md", summary),
            ("README.md", "# Page d'accueil du module"),
            ("vocabulaire.md", "# Vocabulaire de base"),
            ("exercice.md", "# Exercice 1")).Load(new CourseSettings { Toc = TocMode.Summary });

        Assert.Equal(["Bienvenue", "Le vocabulaire", "Premier exercice"], course.Pages.Select(p => p.TocTitle));
        Assert.Equal("Page d'accueil du module", course.Root.Title);
        Assert.Equal(["Découvrir", null, "Pratiquer"], course.Pages.Select(p => p.Part));
        DiagnosticAssert.Single(course, DiagnosticCodes.SummaryEntryMissing);
        Assert.Equal(
            [("Découvrir", new[] { "README.md", "vocabulaire.md" }), ("Pratiquer", new[] { "exercice.md" })],
            TocPart.Group([course.Root, .. course.Root.Children]).Select(p => (p.Title, p.Pages.Select(x => x.Path).ToArray())));
    }

    [Fact]
    public void Pages_before_the_first_part_form_an_untitled_group()
    {
        var course = With(
            ("SUMMARY.md", "* [Accueil](README.md)\n* [Avant](avant.md)\n\n## Suite\n\n* [Groupe sans lien]()\n  * [Après](apres.md)\n"),
            ("README.md", "# Accueil"),
            ("avant.md", "# Avant"),
            ("apres.md", "# Après")).Load(new CourseSettings { Toc = TocMode.Summary });

        var parts = TocPart.Group([course.Root, .. course.Root.Children]);

        Assert.Equal([null, "Suite"], parts.Select(p => p.Title));
        Assert.Equal(["README.md", "avant.md"], parts[0].Pages.Select(p => p.Path));
        Assert.Equal(["apres.md"], parts[1].Pages.Select(p => p.Path));
    }

    [Fact]
    public void A_page_without_a_title_of_its_own_takes_the_summary_title_not_its_file_name()
    {
        var course = With(
            ("SUMMARY.md", "* [Accueil](README.md)\n* [Les tableaux simples](lecons/03-tableaux.md)\n* [Les listes](lecons/04-listes.md)\n* [Annexe](lecons/05-annexe.md)\n"),
            ("README.md", "# Accueil"),
            ("lecons/03-tableaux.md", "## tableaux\n\nTexte."),
            ("lecons/04-listes.md", "---\ntitle: Listes à puces\n---\nTexte."),
            ("lecons/05-annexe.md", "# Annexe A\n\nTexte.")).Load(new CourseSettings { Toc = TocMode.Summary });

        Assert.Equal(["Accueil", "Les tableaux simples", "Listes à puces", "Annexe A"], course.Pages.Select(p => p.Title));
        Assert.Equal(["Accueil", "Les tableaux simples", "Les listes", "Annexe"], course.Pages.Select(p => p.TocTitle));
    }

    [Fact]
    public void Summary_is_used_automatically_when_the_root_has_no_content_ref()
    {
        var course = With(("SUMMARY.md", "* [A](a.md)\n"), ("README.md", "# Accueil"), ("a.md", "# A")).Load();
        Assert.Equal(2, course.Pages.Count);
        DiagnosticAssert.Single(course, DiagnosticCodes.SummaryUsed);
    }

    [Fact]
    public void Asking_for_summary_without_one_is_an_error()
    {
        var course = With(("README.md", "# Accueil")).Load(new CourseSettings { Toc = TocMode.Summary });
        DiagnosticAssert.Single(course, DiagnosticCodes.SummaryMissing);
    }

    [Fact]
    public void A_missing_course_is_one_clear_error()
    {
        var course = new TestCourse().Load(path: "/nowhere");
        Assert.Equal(DiagnosticCodes.CourseNotFound.Code, Assert.Single(course.Diagnostics).Code);
    }

    [Fact]
    public void Course_metadata_comes_from_the_root_page_and_is_stable()
    {
        var files = new[] { ("README.md", "---\ndescription: Pour tous\n---\n# Le déploiement d'un service\n\nLe texte est en français pour les agents.") };
        var a = With(files).Load();
        var b = With(files).Load();
        Assert.Equal("Le déploiement d'un service", a.Title);
        Assert.Equal("fr-FR", a.Language);
        Assert.Equal("le-deploiement-d-un-service", a.Slug);
        Assert.Equal(a.Id, b.Id);
        Assert.StartsWith("cw-", a.Id);
        Assert.Equal("Pour tous", a.Description);
    }

    [Theory]
    [InlineData("Un réseau de 19 incubateurs", "un-réseau-de-19-incubateurs", "un-reseau-de-19-incubateurs")]
    [InlineData("Contrôle d'accès", "contrôle-daccès", "controle-dacces")]
    [InlineData("📈 Les chiffres clés !", "les-chiffres-clés", "les-chiffres-cles")]
    [InlineData("Étape 1 : préparer", "étape-1-préparer", "etape-1-preparer")]
    public void Heading_ids_follow_gitbook(string heading, string id, string folded)
    {
        Assert.Equal(id, HeadingIds.Slug(heading));
        Assert.Equal(folded, HeadingIds.FoldedSlug(heading));
    }
}
