using Courseware.Graphics;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Xunit;
using static Courseware.Pdf.Tests.LayoutTestKit;

namespace Courseware.Pdf.Tests;

public class LineCacheTests
{
    [Fact]
    public void A_later_pass_reuses_the_lines_of_an_unchanged_paragraph_and_breaks_a_changed_one_again()
    {
        var cache = new LineCache();
        var shaper = new TextShaper(LayoutTestKit.FontSet, cache);
        TextBlockElement Block(string text) => new([new TextRun(text, Body), new TextRun(" (page 12)", Body with { Italic = true })], shaper);

        cache.NextPass();
        var first = Block(Words(40)).LinesFor(200);
        var other = Block(Words(40, "other")).LinesFor(200);

        cache.NextPass();
        var again = Block(Words(40)).LinesFor(200);
        var narrower = Block(Words(40)).LinesFor(150);
        var changed = Block(Words(40) + "!").LinesFor(200);

        Assert.Same(first, again);
        Assert.NotSame(first, narrower);
        Assert.NotSame(first, changed);
        Assert.Equal(Block(Words(40)).LinesFor(150).Select(l => l.Text), new TextBlockElement([new TextRun(Words(40), Body), new TextRun(" (page 12)", Body with { Italic = true })], Shaper()).LinesFor(150).Select(l => l.Text));

        // What the last pass did not use is dropped.
        cache.NextPass();
        cache.NextPass();
        Assert.NotSame(other, Block(Words(40, "other")).LinesFor(200));
    }

    [Fact]
    public void Runs_printing_the_same_number_for_different_places_keep_their_own_lines()
    {
        var cache = new LineCache();
        var shaper = new TextShaper(LayoutTestKit.FontSet, cache);
        TextBlockElement Number(string destination) =>
            new([new TextRun("12", Body) { PageNumber = new PageNumberSpan(0, 2, destination) }], shaper);

        cache.NextPass();
        var first = Number("page:a.md").LinesFor(40);
        var second = Number("page:b.md").LinesFor(40);

        Assert.Equal("page:a.md", Assert.Single(Assert.Single(first[0].Pieces).PageNumbers!).Destination);
        Assert.Equal("page:b.md", Assert.Single(Assert.Single(second[0].Pieces).PageNumbers!).Destination);
    }
}
