using System.IO.Abstractions;
using System.Runtime.CompilerServices;
using System.Text;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
using Courseware.Quizzes;
using Courseware.Quizzes.Gift;
using Xunit;

namespace Courseware.Tests.Quizzes;

public sealed class GiftExporterTests
{
    private static Course SmallCourse() => TestCourse.With(
        ("README.md", "---\nslug: cours\n---\n# Mon cours\n\n```gift\n::Accueil:: Prêt ? {T}\n```\n\n" + TestCourse.Ref("chapitre-1/README.md") + TestCourse.Ref("sans-quiz.md") + TestCourse.Ref("bilan.md")),
        ("chapitre-1/README.md", "# Chapitre 1 : les bases\n\n```gift title=\"Quiz 1\"\n::Q1:: Oui {=a ~b}\n\n$CATEGORY: Révision\n\n::Q2:: Deux {#2}\n```\n\n" + TestCourse.Ref("detail.md")),
        ("chapitre-1/detail.md", "# Détail A/B\n\n```gift\nSans titre {=x =y}\n```\n"),
        ("sans-quiz.md", "# Sans quiz\n\nTexte.\n"),
        ("bilan.md", "# Bilan\n\n```gift pass=70\n::Fin:: Associez {=a -> 1 =b -> 2}\n```\n")).Load();

    private static (IReadOnlyDictionary<string, string> Files, IReadOnlyList<Diagnostic> Diagnostics) Export(Course course)
    {
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink };
        new GiftExporter().Export(course, context);
        return (sink.Files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetString(f.Value)), context.Diagnostics.ToList());
    }

    [Fact]
    public void Writes_one_file_per_chapter_with_quizzes_and_one_for_the_root()
    {
        var course = SmallCourse();
        DiagnosticAssert.None(course);

        var (files, diagnostics) = Export(course);

        Assert.Empty(diagnostics);
        Assert.Equal(["cours-quiz-0-mon-cours.gift", "cours-quiz-1-chapitre-1-les-bases.gift", "cours-quiz-3-bilan.gift"], files.Keys);
    }

    [Fact]
    public void Categories_follow_the_chapter_tree_and_keep_source_categories_below()
    {
        var (files, _) = Export(SmallCourse());
        var chapter = files["cours-quiz-1-chapitre-1-les-bases.gift"];

        var categories = chapter.Split('\n').Where(l => l.StartsWith("$CATEGORY:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "$CATEGORY: Mon cours/Chapitre 1 : les bases",
                "$CATEGORY: Mon cours/Chapitre 1 : les bases/Révision",
                "$CATEGORY: Mon cours/Chapitre 1 : les bases/Détail A//B",
            ],
            categories);
        Assert.StartsWith("// Mon cours - 1 Chapitre 1 : les bases\n", chapter, StringComparison.Ordinal);
        Assert.Contains("// chapitre-1-readme-quiz-1/q1\n::Q1::Oui {\n\t=a\n\t~b\n}\n", chapter, StringComparison.Ordinal);
        Assert.Contains("// chapitre-1-detail-quiz-1/chapitre-1-detail-quiz-1-q1\nSans titre {\n\t=x\n\t=y\n}\n", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_the_export_gives_the_same_questions()
    {
        var course = SmallCourse();
        AssertRoundTrip(course, Export(course).Files);
    }

    [Fact]
    public void Sample_course_round_trips_through_the_export()
    {
        var path = SampleCoursePath();
        Assert.True(Directory.Exists(path), $"sample course not found at {path}");
        var course = CourseLoader.Load(new FileSystem(), path);
        Assert.NotEmpty(course.Pages.SelectMany(p => p.Quizzes).SelectMany(q => q.Questions));

        var (files, diagnostics) = Export(course);

        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        AssertRoundTrip(course, files);
    }

    [Fact]
    public void Output_is_byte_identical_from_one_run_to_the_next()
    {
        Assert.Equal(Export(SmallCourse()).Files, Export(SmallCourse()).Files);
    }

    [Fact]
    public void A_course_without_quiz_writes_nothing_and_says_so()
    {
        var course = TestCourse.With(("README.md", "# Rien\n\nTexte.\n")).Load();

        var (files, diagnostics) = Export(course);

        Assert.Empty(files);
        Assert.Equal("CW0440", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Text_that_Moodle_cannot_read_back_is_warned()
    {
        var course = TestCourse.With(("README.md", "# Cours\n\n```gift\n::Flèche:: Écrivez {=a}\n```\n")).Load();
        var page = course.Root;
        var quiz = page.Quizzes[0];
        var question = quiz.Questions[0] with { Choices = [new Choice(new QuizText("a -> b"), 1)] };
        page.Quizzes = [quiz with { Questions = [question] }];

        var (files, diagnostics) = Export(course);

        Assert.Single(files);
        var d = Assert.Single(diagnostics);
        Assert.Equal("CW0441", d.Code);
        Assert.Equal(new SourceLocation("README.md", 4, 1), d.Location);
    }

    [Fact]
    public void Weights_Moodle_does_not_offer_are_warned()
    {
        var course = TestCourse.With(("README.md", "# Cours\n\n```gift\n::Poids:: Cochez {~%87.5%a ~%12.5%b ~%-33.33333%c}\n```\n")).Load();

        var (files, diagnostics) = Export(course);

        Assert.Single(files);
        var d = Assert.Single(diagnostics);
        Assert.Equal("README.md(4,1): warning CW0442: question poids: weight 87.5% is not one of Moodle's grades; Moodle's import refuses it unless 'Match grades' is set to 'Nearest grade'", d.ToMsBuildString());
    }

    /// <summary>Every question of the course comes back from the exported files, equal but for id, location and category.</summary>
    private static void AssertRoundTrip(Course course, IReadOnlyDictionary<string, string> files)
    {
        var expected = course.Pages.SelectMany(p => p.Quizzes).SelectMany(q => q.Questions).ToList();
        var bag = new DiagnosticBag();
        var actual = files.OrderBy(f => ChapterNumber(f.Key))
            .SelectMany(f => GiftParser.Parse(f.Value, new GiftSource(f.Key, 1, 1, "x"), bag))
            .ToList();

        Assert.DoesNotContain(bag.ToList(), d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(Normalize(expected), Normalize(actual));
    }

    /// <summary>The chapter number in <c>{slug}-quiz-{n}-{chapter}.gift</c>: files in tree order.</summary>
    private static int ChapterNumber(string fileName)
    {
        var match = System.Text.RegularExpressions.Regex.Match(fileName, "-quiz-([0-9]+)-");
        Assert.True(match.Success, fileName);
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Normalize(IEnumerable<Question> questions) =>
        QuizModelJson.Write([.. questions.Select(q => q with { Category = null })], [], withIdentity: false);

    private static string SampleCoursePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "course"));
}
