using System.Runtime.CompilerServices;
using Courseware.Export;
using Courseware.Markdown;
using Courseware.Markdown.GitBook.Include;
using Courseware.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

/// <summary>
/// A loaded course does not keep its pages' trees: each read parses the page again. The tree made again must be the one the
/// loader checked (same resolved links, anchors, includes, quizzes), so that every format's bytes are the same either way.
/// </summary>
public class PageRebuildTests
{
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private const string Spec = """
        { "openapi": "3.0.3", "servers": [{ "url": "https://api.example.org/v1" }],
          "paths": { "/notes/{id}": { "get": { "summary": "Lire une note", "description": "Voir [le guide](guide.md#utilisation).",
            "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "string" }, "description": "Identifiant" } ],
            "responses": { "200": { "description": "La note" } } } } } }
        """;

    /// <summary>A course with something of every kind a page can name: includes (nested, with links written from the page), quizzes, cards, API blocks, anchors into other pages.</summary>
    private static TestCourse Rich()
    {
        var course = With(
            ("README.md", "---\ndescription: Un cours pour vérifier les arbres refaits\n---\n# Accueil\n\nBienvenue, voir [le guide](guide.md#utilisation) et [ici](#accueil).\n\n"
                + "{% include \"inclus/commun.md\" %}\n\n" + Ref("guide.md") + Ref("quiz.md") + Ref("api.md") + Ref("cartes.md")),
            ("inclus/commun.md", "## Partie commune\n\nUn lien écrit depuis la page : [le quiz](quiz.md). ![Logo](../images/logo.png)\n\n{% include \"imbrique.md\" %}\n"),
            ("inclus/imbrique.md", "### Imbriqué\n\nEt [retour](../README.md#partie-commune).\n"),
            ("guide.md", "# Guide\n\n## Utilisation\n\nTexte <https://example.org/doc> et [manquant](absent.md).\n\n"
                + "<details>\n<summary>Plus de <a href=\"quiz.md\">détails</a></summary>\n\nCaché ![Logo](images/logo.png)\n\n</details>\n\n"
                + "{% file src=\"images/fiche.pdf\" %}\nLa fiche\n{% endfile %}\n\n{% embed url=\"https://www.youtube.com/watch?v=abc\" %}\n\n"
                + "<figure><img src=\"images/logo.png\" alt=\"Logo\"><figcaption>Légende avec [lien](#utilisation)</figcaption></figure>\n\n"
                + "| Col | Lien |\n| --- | --- |\n| a | [Q](quiz.md#question) |\n\n![Distante](https://example.org/photo.png)\n"),
            ("quiz.md", "# Quiz\n\n## Question\n\n```gift\n::Q1:: La Terre est ronde. {T}\n\n::Q2:: Capitale ? {=Paris ~Lyon}\n```\n\nPuis [le guide](guide.md).\n\n```gift\n::Q3:: 2+2 {#4}\n```\n"),
            ("api.md", "# API\n\n{% openapi src=\"spec.json\" path=\"/notes/{id}\" method=\"get\" %}\n[spec.json](spec.json)\n{% endopenapi %}\n"),
            ("cartes.md", "# Cartes\n\n<table data-view=\"cards\"><thead><tr><th></th><th data-hidden data-card-target data-type=\"content-ref\"></th>"
                + "<th data-hidden data-card-cover data-type=\"files\"></th></tr></thead><tbody>"
                + "<tr><td><strong>Le guide</strong></td><td><a href=\"guide.md\">guide.md</a></td><td><a href=\"images/logo.png\">logo.png</a></td></tr>"
                + "</tbody></table>\n"),
            ("spec.json", Spec));
        course.AddBytes("images/logo.png", Convert.FromBase64String(Png));
        course.AddBytes("images/fiche.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        return course;
    }

    [Fact]
    public void Every_format_writes_the_same_bytes_whether_the_trees_are_kept_or_made_again()
    {
        var rich = Rich();
        AssertSameOutputs(rich.Load(new CourseSettings { KeepPageTrees = true }), rich.Load(new CourseSettings { KeepPageTrees = false }));
    }

    [Fact]
    public void The_sample_course_exports_the_same_bytes_whether_the_trees_are_kept_or_made_again()
    {
        var fs = new System.IO.Abstractions.FileSystem();
        AssertSameOutputs(Courseware.Loading.CourseLoader.Load(fs, SampleCoursePath(), new CourseSettings { KeepPageTrees = true }), Courseware.Loading.CourseLoader.Load(fs, SampleCoursePath(), new CourseSettings { KeepPageTrees = false }));
    }

    [Fact]
    public void A_tree_made_again_is_a_new_tree_with_the_loaders_links_anchors_includes_and_quizzes()
    {
        var course = Rich().Load(new CourseSettings { KeepPageTrees = false });
        var root = course.Root;
        Assert.NotSame(root.Document, root.Document);

        var document = root.Document;
        var include = document.Descendants<IncludeBlock>().First();
        Assert.NotEmpty(include);
        var headings = document.Descendants<HeadingBlock>().Select(h => HeadingAnchor.Of(h)!).ToList();
        Assert.Equal(root.Headings, headings);
        Assert.All(headings, h => Assert.Same(root.Headings[headings.IndexOf(h)], h));

        var links = document.Descendants<LinkInline>().Select(l => (l.Url, Link: ResolvedLink.Of(l))).ToList();
        Assert.Contains(links, l => l.Url == "guide.md#utilisation" && l.Link is { Kind: LinkTargetKind.Page, Anchor: "utilisation" } && l.Link.Page == course.FindPage("guide.md"));
        Assert.Contains(links, l => l.Url == "quiz.md" && l.Link is { Kind: LinkTargetKind.Page } && l.Link.Page == course.FindPage("quiz.md"));
        Assert.Contains(links, l => l.Url == "../README.md#partie-commune" && l.Link is { Kind: LinkTargetKind.Anchor, Anchor: "partie-commune" });
        Assert.Contains(links, l => l.Url == "../images/logo.png" && l.Link?.Asset?.Key == "images/logo.png");

        var quizPage = course.FindPage("quiz.md")!;
        Assert.Equal(quizPage.Quizzes, quizPage.Document.Descendants<QuizBlock>().Select(b => b.Quiz));
        Assert.Empty(quizPage.Document.Descendants<FencedCodeBlock>());
    }

    [Fact]
    public void A_small_course_keeps_its_trees_and_a_larger_one_lets_them_go()
    {
        var rich = Rich();
        Assert.All(rich.Load().Pages, p => Assert.True(p.HoldsDocument));
        var large = rich.Load(new CourseSettings { KeepPageTreesUpToBytes = 1024 });
        Assert.All(large.Pages.Where(p => p.Path != "api.md"), p => Assert.False(p.HoldsDocument));
        Assert.True(large.FindPage("api.md")!.HoldsDocument);
    }

    private static void AssertSameOutputs(Course kept, Course rebuilt)
    {
        Assert.Equal(kept.Diagnostics.Select(d => d.ToString()), rebuilt.Diagnostics.Select(d => d.ToString()));
        Assert.All(kept.Pages, p => Assert.True(p.HoldsDocument));
        Assert.Contains(rebuilt.Pages, p => !p.HoldsDocument);
        foreach (var exporter in Courseware.Cli.Exporters.Create().All)
        {
            var (keptFiles, keptDiagnostics) = Export(exporter, kept);
            var (rebuiltFiles, rebuiltDiagnostics) = Export(exporter, rebuilt);
            Assert.Equal(keptDiagnostics, rebuiltDiagnostics);
            Assert.Equal(keptFiles.Keys, rebuiltFiles.Keys);
            Assert.NotEmpty(keptFiles);
            foreach (var (name, bytes) in keptFiles)
            {
                Assert.True(bytes.AsSpan().SequenceEqual(rebuiltFiles[name]), $"{exporter.Format}: {name} differs");
            }
        }
    }

    private static (IReadOnlyDictionary<string, byte[]> Files, List<string> Diagnostics) Export(IExporter exporter, Course course)
    {
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink };
        exporter.Export(course, context);
        return (sink.Files, context.Diagnostics.ToSortedList().Select(d => d.ToString()).ToList());
    }

    private static string SampleCoursePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "course"));
}
