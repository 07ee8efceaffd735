using Courseware.Markdown.GitBook.Include;
using Courseware.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

public class IncludeTests
{
    [Fact]
    public void Includes_are_inlined_and_their_links_resolve_from_the_included_file()
    {
        var course = With(
            ("README.md", "# Racine\n\n{% include \".gitbook/includes/avertissement.md\" %}\n"),
            (".gitbook/includes/avertissement.md", "## Attention\n\nVoir ![schéma](../assets/schema.png) et [absent](../assets/absent.pdf).\n"),
            (".gitbook/assets/schema.png", "PNG")).Load();

        var include = course.Root.Document.Descendants<IncludeBlock>().Single();
        Assert.Contains(include.Descendants<HeadingBlock>(), h => h.Level == 2);
        Assert.Contains(course.Root.Headings, h => h.Id == "attention");
        var image = include.Descendants<LinkInline>().First();
        Assert.Equal(".gitbook/assets/schema.png", ResolvedLink.Of(image)!.Asset!.Path);
        var d = DiagnosticAssert.Single(course, Diagnostics.DiagnosticCodes.LinkTargetMissing);
        Assert.Equal(new Diagnostics.SourceLocation(".gitbook/includes/avertissement.md", 3, 41), d.Location);
    }

    [Fact]
    public void Links_of_reusable_content_written_from_the_including_page_reach_their_page()
    {
        var course = With(
            ("README.md", "# Racine\n" + Ref("types/fichier.md") + Ref("types/utilisateur.md")),
            ("types/fichier.md", "# Fichier\n\n{% include \"../.gitbook/includes/champs.md\" %}\n"),
            ("types/utilisateur.md", "# Utilisateur\n\n## Rôles\n"),
            (".gitbook/includes/champs.md", "Le champ `_owner` désigne un [utilisateur](utilisateur.md#rôles), voir aussi [le type](../types/utilisateur.md) et [rien](nulle-part.md).\n"),
            (".gitbook/includes/utilisateur.md", "Un autre extrait.\n")).Load();

        var links = course.Pages.Single(p => p.Path == "types/fichier.md").Document.Descendants<LinkInline>().Select(ResolvedLink.Of).ToList();
        Assert.All(links.Take(2), l => Assert.Equal("types/utilisateur.md", l!.Page!.Path));
        Assert.Equal("rôles", links[0]!.Anchor);
        Assert.Equal(LinkTargetKind.Broken, links[2]!.Kind);
        var d = DiagnosticAssert.Single(course, Diagnostics.DiagnosticCodes.LinkTargetMissing);
        Assert.Equal(".gitbook/includes/champs.md", d.Location.File);
        Assert.DoesNotContain(course.Diagnostics, d => d.Code == Diagnostics.DiagnosticCodes.PageNotInTree.Code);
    }

    [Fact]
    public void Includes_that_include_each_other_stop()
    {
        var course = With(
            ("README.md", "# Racine\n\n{% include \"a.md\" %}\n"),
            ("a.md", "A\n\n{% include \"b.md\" %}\n"),
            ("b.md", "B\n\n{% include \"a.md\" %}\n")).Load();
        DiagnosticAssert.Single(course, Diagnostics.DiagnosticCodes.IncludeTooDeep);
    }

    [Fact]
    public void Include_depth_is_counted_through_nested_files_and_reported_where_the_last_include_is_written()
    {
        var course = With(
            ("README.md", "# Racine\n\n{% include \"a.md\" %}\n"),
            ("a.md", "A\n\n{% include \"b.md\" %}\n"),
            ("b.md", "B\n\n> {% include \"a.md\" %}\n")).Load();

        // README → a (1) → b (2) → a (3) … the ninth include, written in b.md, is one too many.
        var d = DiagnosticAssert.Single(course, Diagnostics.DiagnosticCodes.IncludeTooDeep);
        Assert.Equal(new Diagnostics.SourceLocation("b.md", 3, 3), d.Location);
        Assert.Equal(8, course.Root.Document.Descendants<IncludeBlock>().Count(i => i.Count > 0));
    }

    [Fact]
    public void Headings_of_included_files_take_their_place_in_the_page_order_and_numbering()
    {
        var course = With(
            ("README.md", "# Racine\n\n## Étape\n\n{% hint style=\"info\" %}\n{% include \"etape.md\" %}\n{% endhint %}\n\n## Étape\n"),
            ("etape.md", "## Étape\n\n{% include \"fin.md\" %}\n"),
            ("fin.md", "### Fin\n")).Load();

        Assert.Equal(["racine", "étape", "étape-1", "fin", "étape-2"], course.Root.Headings.Select(h => h.Id));
        Assert.Equal([1, 3, 1, 1, 9], course.Root.Headings.Select(h => h.Line));
        Assert.DoesNotContain(course.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
    }
}
