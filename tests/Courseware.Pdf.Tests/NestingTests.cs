using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Xunit;
using static Courseware.Pdf.Tests.LayoutTestKit;

namespace Courseware.Pdf.Tests;

/// <summary>Deep nesting (hostile input: 33 quotes, lists 20 deep) lays out with text of a readable width, never an overflow.</summary>
public class NestingTests
{
    [Fact]
    public void Thirty_three_nested_quote_boxes_keep_their_text_at_least_the_minimum_width()
    {
        Element content = Paragraph(Words(30, "deep"));
        for (var i = 0; i < 33; i++)
        {
            content = new BoxElement(new ColumnElement().Add(content)) { LeftBar = PdfColor.Black, LeftBarWidth = 3, PaddingLeft = 14, PaddingTop = 2, PaddingBottom = 2 };
        }

        var pages = Paginate(content, width: 469, height: 700).Pages;

        var texts = pages.SelectMany(p => p.Texts).ToList();
        Assert.Equal(Words(30, "deep"), string.Join(" ", texts.Select(t => t.Text)).Replace("  ", " ", StringComparison.Ordinal));
        var left = texts.Min(t => t.X);
        Assert.True(469 - left >= BoxElement.MinimumChildWidth - 0.01, $"text starts at {left}");
        // The outer quotes keep their full indentation; only the deepest ones stop indenting.
        Assert.True(left > 14 * 20, $"text starts at {left}");
        Assert.True(BarsAt(pages[0]).Count >= 20);
    }

    [Fact]
    public void Twenty_nested_list_rows_keep_their_body_at_least_the_minimum_width()
    {
        Element content = Paragraph(Words(20, "item"));
        for (var i = 0; i < 20; i++)
        {
            content = new RowElement { Gap = 2 }.AddFixed(Paragraph("\u2022"), 22).AddRelative(content);
        }

        var pages = Paginate(content, width: 300, height: 700).Pages;

        var words = pages.SelectMany(p => p.Texts).Where(t => t.Text.StartsWith("item", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(words);
        Assert.True(300 - words.Min(t => t.X) >= BoxElement.MinimumChildWidth - 0.01);
        Assert.Equal(20, pages.SelectMany(p => p.Texts).Count(t => t.Text == "\u2022"));
    }

    [Fact]
    public void Shallow_nesting_keeps_the_padding_it_asks_for()
    {
        var box = new BoxElement(Paragraph("inside")) { PaddingLeft = 14, PaddingRight = 6 };

        var text = Paginate(box, width: 300).Pages[0].Texts.Single();

        Assert.Equal(14, text.X, 3);
    }

    private static List<FillCommand> BarsAt(RecordedPage page) => [.. page.Commands.OfType<FillCommand>().Where(f => Math.Abs(f.Rect.Width - 3) < 0.01)];
}

/// <summary>The paginator stops content that never finishes instead of asking for pages forever.</summary>
public class PaginatorGuardTests
{
    [Fact]
    public void Content_that_never_progresses_ends_as_a_layout_error_not_an_endless_loop()
    {
        var error = Assert.Throws<LayoutOverflowException>(() => Paginate(new NeverDone()));

        Assert.Contains("no progress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_flow_is_not_cut_at_a_few_thousand_pages()
    {
        var column = new ColumnElement();
        for (var i = 0; i < 6000; i++)
        {
            column.Add(new SpacerElement(150));
        }

        Assert.Equal(6000, Paginate(column, height: 160).Pages.Count);
    }

    private sealed class NeverDone : Element
    {
        public override SpacePlan Measure(Size available) => SpacePlan.Partial(available.Width, 0);

        public override void Draw(IPdfCanvas canvas, Size available)
        {
        }
    }
}
