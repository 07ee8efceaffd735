using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Courseware.Quizzes;

namespace Courseware.Pdf.Rendering;

/// <summary>A question placed in the handout, for the trainer's answer key.</summary>
internal sealed record PlacedQuestion(Quiz Quiz, int QuizNumber, Question Question, int Number, string Destination);

/// <summary>What block and inline renderers share while one handout is built.</summary>
internal sealed class RenderContext
{
    private readonly Dictionary<string, int> _destinationCounts = new(StringComparer.Ordinal);

    public RenderContext(Course course, ExportContext export, Edition edition, TextShaper shaper, Size contentArea, Func<string, int?> pageOf, AssetImages? images = null)
    {
        Images = images ?? new AssetImages(course);
        Course = course;
        Export = export;
        Edition = edition;
        Shaper = shaper;
        ContentArea = contentArea;
        PageOf = pageOf;
        Labels = HandoutLabels.For(course.Language);
    }

    public Course Course { get; }

    public ExportContext Export { get; }

    public Edition Edition { get; }

    public bool IsTrainer => Edition == Edition.Trainer;

    public TextShaper Shaper { get; }

    /// <summary>The course's images, read once per export.</summary>
    public AssetImages Images { get; }

    public HandoutLabels Labels { get; }

    /// <summary>Width and height of a page's content area: images are scaled to fit it.</summary>
    public Size ContentArea { get; }

    /// <summary>The page number of a destination as laid out by the previous pass (null in the first pass).</summary>
    public Func<string, int?> PageOf { get; }

    /// <summary>The page being rendered.</summary>
    public Page? Page { get; set; }

    /// <summary>How much deeper than the Markdown its headings are printed (the page's depth in the tree).</summary>
    public int HeadingShift { get; set; }

    public List<PlacedQuestion> Questions { get; } = [];

    public int QuizCount { get; set; }

    /// <summary>Footnote numbers of the page being rendered, by label.</summary>
    public Dictionary<string, int> Footnotes { get; } = new(StringComparer.Ordinal);

    public DiagnosticBag Diagnostics => Export.Diagnostics;

    public SourceLocation Location(Markdig.Syntax.MarkdownObject node) =>
        Page is null ? SourceLocation.None : new SourceLocation(Page.Path, node.Line + 1, node.Column + 1);

    public static string PageDestination(Page page) => "page:" + page.Path;

    public static string AnchorDestination(Page page, string anchor) => "page:" + page.Path + "#" + anchor;

    /// <summary>A destination name not used before in this handout (the same quiz id rendered twice gets a suffix).</summary>
    public string Unique(string name)
    {
        var n = _destinationCounts.TryGetValue(name, out var c) ? c + 1 : 1;
        _destinationCounts[name] = n;
        return n == 1 ? name : $"{name}~{n}";
    }

    /// <summary>A run printing <paramref name="before"/>, the page number of <paramref name="destination"/> as the previous pass placed it, then <paramref name="after"/>.</summary>
    public TextRun PageNumberRun(string before, string destination, string after, TextStyle style)
    {
        var number = PageNumberSpan.Format(PageOf(destination));
        return new TextRun(before + number + after, style) { PageNumber = new PageNumberSpan(before.Length, number.Length, destination) };
    }

    public TextBlockElement Text(IReadOnlyList<TextRun> runs, StructureRole role = StructureRole.Paragraph, double lineSpacing = HandoutTheme.BodyLineSpacing) =>
        new(runs, Shaper) { Role = role, LineSpacing = lineSpacing };

    public TextBlockElement Text(string text, TextStyle style, StructureRole role = StructureRole.Paragraph) =>
        new([new TextRun(text, style)], Shaper) { Role = role, LineSpacing = HandoutTheme.BodyLineSpacing };
}
