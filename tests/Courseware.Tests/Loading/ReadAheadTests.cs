using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Model;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

/// <summary>Pages parsed ahead on other threads, and front matter read without the YAML parser, change nothing the loader gives.</summary>
public class ReadAheadTests
{
    [Fact]
    public void A_large_tree_read_ahead_gives_the_walk_order_and_each_page_its_own_problems()
    {
        var course = new TestCourse();
        var expected = new List<string> { "README.md" };
        var root = "# Racine\n\n";
        for (var c = 1; c <= 12; c++)
        {
            var chapter = $"c{c:00}/README.md";
            root += Ref($"c{c:00}/");
            expected.Add(chapter);
            var chapterText = $"# Chapitre {c}\n\n";
            for (var s = 1; s <= 5; s++)
            {
                var section = $"c{c:00}/s{s}.md";
                chapterText += Ref($"s{s}.md");
                expected.Add(section);
                course.Add(section, $"---\ntitle: \"Section {c}.{s}\"\n---\n\n{{% tag-{c}-{s} %}}\n\nTexte.\n");
            }

            // Every chapter but the first also points at a section of the first: already in the tree, left out.
            if (c > 1)
            {
                chapterText += Ref("../c01/s1.md");
            }

            course.Add(chapter, chapterText);
        }

        course.Add("README.md", root);
        var loaded = course.Load();

        Assert.Equal(expected, loaded.Pages.Select(p => p.Path));
        Assert.Equal("Section 7.3", loaded.Pages.Single(p => p.Path == "c07/s3.md").Title);
        var unknown = loaded.Diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownGitBookTag.Code).ToList();
        Assert.Equal(60, unknown.Count);
        Assert.All(unknown, d => Assert.Contains($"tag-{int.Parse(d.Location.File[1..3])}-{d.Location.File[5]}", d.Message));
        Assert.Equal(11, loaded.Diagnostics.Count(d => d.Code == DiagnosticCodes.PageReferencedTwice.Code));

        // Loading again gives the same pages and the same diagnostics, whatever thread parsed what.
        var again = course.Load();
        Assert.Equal(loaded.Pages.Select(p => p.Path), again.Pages.Select(p => p.Path));
        Assert.Equal(loaded.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_page_read_ahead_but_not_taken_reports_nothing()
    {
        // The walk stops at the page limit: the last page was read ahead, yet its problems must not be reported.
        var course = With(
            ("README.md", "# Racine\n\n" + Ref("a.md") + Ref("b.md") + Ref("c.md") + Ref("d.md")),
            ("a.md", "# A\n\n{% tag-a %}\n"),
            ("b.md", "# B\n\n{% tag-b %}\n"),
            ("c.md", "# C\n\n{% tag-c %}\n"),
            ("d.md", "# D\n\n{% tag-d %}\n")).Load(new CourseSettings { MaxPages = 3 });

        Assert.Equal(["README.md", "a.md", "b.md"], course.Pages.Select(p => p.Path));
        Assert.DoesNotContain(course.Diagnostics, d => d.Location.File == "d.md");
        DiagnosticAssert.Single(course, DiagnosticCodes.TooManyPages);
    }

    [Theory]
    [InlineData("title: \"Où : là\"\n", "title", "Où : là")]
    [InlineData("title: 'Entre « guillemets »'\n", "title", "Entre « guillemets »")]
    [InlineData("description: du texte, une virgule et 50 %\n", "description", "du texte, une virgule et 50 %")]
    [InlineData("hidden: true\n", "hidden", "true")]
    [InlineData("title: premier\ntitle: second\n", "title", "second")]
    [InlineData("title: 'l''école'\n", "title", "l'école")]
    [InlineData("title: avant # commentaire\n", "title", "avant")]
    [InlineData("title: \"a\\tb\"\n", "title", "a\tb")]
    [InlineData("title: >\n  plié\n  sur deux lignes\n", "title", "plié sur deux lignes\n")]
    public void Front_matter_values_are_those_of_YAML(string yaml, string key, string value)
    {
        var diagnostics = new DiagnosticBag();
        var frontMatter = FrontMatterReader.Read("---\n" + yaml + "---\n# Titre\n", "page.md", diagnostics);

        Assert.Equal(value, frontMatter.Values[key]);
        Assert.Equal(0, diagnostics.Count);
        Assert.StartsWith("\n", frontMatter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_lists_and_mappings_still_go_through_YAML()
    {
        var frontMatter = FrontMatterReader.Read("---\ntitle: Titre\ntags: [un, deux]\nauteur:\n  nom: Claire\n---\n", "page.md", new DiagnosticBag());

        Assert.Equal("Titre", frontMatter.Values["title"]);
        Assert.Equal(["un", "deux"], Assert.IsType<List<object?>>(frontMatter.Values["tags"]));
        Assert.Equal("Claire", Assert.IsType<Dictionary<string, object?>>(frontMatter.Values["auteur"])["nom"]);
    }
}
