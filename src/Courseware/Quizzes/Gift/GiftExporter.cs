using System.Globalization;
using System.Text;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;

namespace Courseware.Quizzes.Gift;

/// <summary>
/// Writes the course's quizzes as GIFT question banks for Moodle: one file per top-level chapter
/// (<c>{slug}-quiz-{number}-{chapter}.gift</c>, plus <c>{slug}-quiz-0-{root}.gift</c> for quizzes of the root page),
/// each question under a <c>$CATEGORY:</c> following the tree (course title/chapter title/…/page title).
/// </summary>
public sealed class GiftExporter : IExporter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "gift";

    public string Description => "GIFT question banks for Moodle, one file per chapter";

    public void Export(Course course, ExportContext context)
    {
        // 1. Group pages: the root page alone, then each top-level chapter with its descendants.
        var groups = new List<(string FileName, List<Page> Pages)>();
        var root = course.Root;
        groups.Add((FileName(course, "0", root.TocTitle, "introduction"), [root]));
        for (var i = 0; i < root.Children.Count; i++)
        {
            var chapter = root.Children[i];
            var number = string.IsNullOrEmpty(chapter.Number) ? (i + 1).ToString(CultureInfo.InvariantCulture) : chapter.Number;
            groups.Add((FileName(course, number, chapter.TocTitle, "chapitre"), [.. Descendants(chapter)]));
        }

        // 2. Write each group that holds questions.
        var written = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fileName, pages) in groups)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var questions = new List<(Question Question, string Comment)>();
            foreach (var page in pages)
            {
                var category = CategoryOf(course, page);
                foreach (var quiz in page.Quizzes)
                {
                    foreach (var q in quiz.Questions)
                    {
                        if (GiftWriter.FindLossyText(q) is { } reason)
                        {
                            context.Diagnostics.Report(DiagnosticCodes.QuizExportLossy, q.Location, q.Id, reason);
                        }

                        foreach (var fraction in Fractions(q).Where(f => !IsMoodleGrade(f)).Distinct())
                        {
                            context.Diagnostics.Report(DiagnosticCodes.QuizExportGradeNotInMoodle, q.Location, q.Id, ((decimal)fraction * 100).ToString("0.#######", CultureInfo.InvariantCulture));
                        }

                        var own = q.Category is null ? category : category + "/" + q.Category;
                        questions.Add((q with { Category = own }, $"{quiz.Id}/{q.Id}"));
                    }
                }
            }

            if (questions.Count == 0)
            {
                continue;
            }

            var name = fileName;
            for (var n = 2; !names.Add(name); n++)
            {
                name = fileName[..^".gift".Length] + "-" + n.ToString(CultureInfo.InvariantCulture) + ".gift";
            }

            var comments = new Dictionary<Question, string>(ReferenceEqualityComparer.Instance);
            foreach (var (q, comment) in questions)
            {
                comments[q] = comment;
            }

            var text = Header(course, pages[0]) + GiftWriter.Write(questions.Select(x => x.Question), q => comments[q]);
            using var file = context.Output.Create(name);
            var bytes = Utf8.GetBytes(text);
            file.Stream.Write(bytes);
            file.Commit();
            written++;
        }

        if (written == 0)
        {
            context.Diagnostics.Report(DiagnosticCodes.QuizExportNothing, SourceLocation.None);
        }
    }

    /// <summary>The category path of a page's questions: course title, then the titles from the first chapter down to the page ('/' in a title doubled, as Moodle reads it).</summary>
    public static string CategoryOf(Course course, Page page)
    {
        var titles = new List<string>();
        for (var p = page; p is not null && p.Parent is not null; p = p.Parent)
        {
            titles.Add(p.TocTitle);
        }

        titles.Add(course.Title);
        titles.Reverse();
        return string.Join('/', titles.Select(t => Clean(t).Replace("/", "//", StringComparison.Ordinal)));
    }

    /// <summary>The grades Moodle's question editor offers (and its GIFT import accepts by default), as fractions.</summary>
    private static readonly double[] MoodleGrades =
        [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0];

    private static bool IsMoodleGrade(double fraction) => MoodleGrades.Any(g => Math.Abs(Math.Abs(fraction) - g) < 0.000001);

    private static IEnumerable<double> Fractions(Question q) => q.Choices.Select(c => c.Fraction).Concat(q.Numeric.Select(n => n.Fraction));

    private static string Header(Course course, Page first)
    {
        var sb = new StringBuilder();
        sb.Append("// ").Append(Clean(course.Title));
        if (first.Parent is not null)
        {
            sb.Append(" - ").Append(first.Number.Length > 0 ? first.Number + " " : string.Empty).Append(Clean(first.TocTitle));
        }

        sb.Append("\n// GIFT questions for Moodle: Question bank > Import > GIFT format.\n\n");
        return sb.ToString();
    }

    private static string FileName(Course course, string number, string title, string fallback)
    {
        var slug = QuizSlug.From(title);
        return $"{course.Slug}-quiz-{number}-{(slug.Length == 0 ? fallback : slug)}.gift";
    }

    private static IEnumerable<Page> Descendants(Page page)
    {
        yield return page;
        foreach (var child in page.Children)
        {
            foreach (var p in Descendants(child))
            {
                yield return p;
            }
        }
    }

    private static string Clean(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Where(c => !char.IsControl(c)).Aggregate(new StringBuilder(), (sb, c) => sb.Append(c)).ToString();
}
