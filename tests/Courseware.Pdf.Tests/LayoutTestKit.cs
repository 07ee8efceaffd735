using System.IO.Abstractions;
using Courseware.Graphics;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;

namespace Courseware.Pdf.Tests;

/// <summary>Real system fonts and small helpers for tests of the element layer.</summary>
internal static class LayoutTestKit
{
    private static readonly Lazy<FontSet> Fonts = new(() =>
        new FontLocator(new FileSystem()).Locate(null, out var problem) ?? throw new InvalidOperationException(problem));

    public static FontSet FontSet => Fonts.Value;

    public static TextShaper Shaper() => new(FontSet);

    public static TextStyle Body { get; } = new(10);

    public static TextBlockElement Paragraph(string text, double size = 10, bool keepWithNext = false, StructureRole role = StructureRole.Paragraph) =>
        new([new TextRun(text, new TextStyle(size))], Shaper()) { KeepWithNext = keepWithNext, Role = role };

    public static string Words(int count, string prefix = "word") =>
        string.Join(' ', Enumerable.Range(1, count).Select(i => $"{prefix}{i}"));

    /// <summary>Lays content out on pages of the given size (no margins) and returns the recording.</summary>
    public static RecordingCanvas Paginate(Element content, double width = 300, double height = 200)
    {
        var canvas = new RecordingCanvas();
        new Paginator(canvas, new PageGeometry(new Size(width, height), 0, 0, 0, 0, false)).Flow(content);
        return canvas;
    }

    public static string PageText(RecordedPage page) => string.Join(" ", page.Texts.Select(t => t.Text));
}
