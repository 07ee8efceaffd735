using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Xunit;
using static Courseware.Pdf.Tests.LayoutTestKit;

namespace Courseware.Pdf.Tests;

public class LineBreakBufferTests
{
    private static IReadOnlyList<TextRun> Runs(int i) => (i % 4) switch
    {
        0 => [new TextRun(Words(30 + i, "mot"), Body), new TextRun(" voir page 12", Body with { Italic = true }) { PageNumber = new PageNumberSpan(11, 2, "page:x.md") }],
        1 => [new TextRun("https://exemple.org/un/chemin/tres/long/avec-des-tirets?et=une&requete=longue ", Body), new TextRun(Words(8, "suite"), Body with { Bold = true })],
        2 => [new TextRun("Anticonstitutionnellementanticonstitutionnellement" + new string('x', 40) + " fin", Body)],
        _ => [new TextRun("ligne un\nligne deux  avec  espaces\n\nfin → flèche", Body with { Role = FontRole.Monospace }), new TextRun(" et un dernier mot", Body)],
    };

    private static List<(string Text, double X, double Width, string Numbers)> Flatten(IReadOnlyList<TextBlockElement.Line> lines) =>
        [.. lines.SelectMany((l, n) => l.Pieces.Select(p => ($"{n}:{p.Text}", p.X, p.Width, string.Join(",", (p.PageNumbers ?? []).Select(s => $"{s.Start}+{s.Length}:{s.Destination}")))))];

    [Fact]
    public void Paragraphs_broken_one_after_another_with_one_shaper_get_the_lines_each_gets_alone()
    {
        var shared = Shaper();
        for (var i = 0; i < 24; i++)
        {
            var width = 60 + (i * 17 % 200);
            var together = new TextBlockElement(Runs(i), shared) { Preformatted = i % 4 == 3 }.LinesFor(width);
            var alone = new TextBlockElement(Runs(i), Shaper()) { Preformatted = i % 4 == 3 }.LinesFor(width);

            Assert.Equal(Flatten(alone), Flatten(together));
            Assert.Equal(alone.Select(l => (l.Width, l.Height, l.Baseline)), together.Select(l => (l.Width, l.Height, l.Baseline)));
        }

        // A word wider than the line is split character by character into pieces that are its own text.
        var split = new TextBlockElement(Runs(2), shared).LinesFor(60);
        Assert.True(split.Count > 3);
        Assert.Equal(Runs(2)[0].Text, string.Concat(split.Select(l => l.Text)).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("fin", " fin", StringComparison.Ordinal));
        // The page number keeps its place in the piece it is printed in.
        var numbered = new TextBlockElement(Runs(0), shared).LinesFor(1000);
        var piece = numbered.SelectMany(l => l.Pieces).Single(p => p.PageNumbers is not null);
        var span = Assert.Single(piece.PageNumbers!);
        Assert.Equal("12", piece.Text.Substring(span.Start, span.Length));
    }
}

public class PlacementOnlyRecordingTests
{
    [Fact]
    public void A_recording_without_drawing_has_the_pages_and_destinations_of_one_with_it()
    {
        static Element Content()
        {
            var column = new ColumnElement();
            for (var i = 0; i < 12; i++)
            {
                column.Add(new TextBlockElement([new TextRun(Words(60, $"p{i}-"), Body)], Shaper()) { Destinations = [$"dest-{i}"] }, 6);
            }

            return column;
        }

        var full = new RecordingCanvas();
        new Paginator(full, new PageGeometry(new Size(300, 200), 0, 0, 0, 0, false)).Flow(Content());
        var placement = new RecordingCanvas { RecordsDrawing = false };
        new Paginator(placement, new PageGeometry(new Size(300, 200), 0, 0, 0, 0, false)).Flow(Content());

        Assert.True(full.Pages.Count > 3);
        Assert.Equal(full.Pages.Count, placement.Pages.Count);
        Assert.Equal(full.Destinations.OrderBy(d => d.Key, StringComparer.Ordinal), placement.Destinations.OrderBy(d => d.Key, StringComparer.Ordinal));
        Assert.All(placement.Pages, p => Assert.Empty(p.Commands));
        Assert.NotEmpty(full.Pages[0].Texts);
    }
}
