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
    public void Includes_that_include_each_other_stop()
    {
        var course = With(
            ("README.md", "# Racine\n\n{% include \"a.md\" %}\n"),
            ("a.md", "A\n\n{% include \"b.md\" %}\n"),
            ("b.md", "B\n\n{% include \"a.md\" %}\n")).Load();
        DiagnosticAssert.Single(course, Diagnostics.DiagnosticCodes.IncludeTooDeep);
    }
}
