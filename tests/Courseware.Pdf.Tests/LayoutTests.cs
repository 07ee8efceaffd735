using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Xunit;
using static Courseware.Pdf.Tests.LayoutTestKit;

namespace Courseware.Pdf.Tests;

public class LayoutTests
{
    [Fact]
    public void Heading_at_page_bottom_moves_to_next_page_with_its_paragraph()
    {
        var column = new ColumnElement();
        // Fill most of a 200pt page: 11 lines of 14pt = 154pt; the heading fits below, but no line of its paragraph does.
        column.Add(Paragraph(string.Join('\n', Enumerable.Range(1, 11).Select(i => $"filler{i}"))));
        column.Add(Paragraph("The heading", 16, keepWithNext: true, role: StructureRole.Heading2), 8);
        column.Add(Paragraph(Words(60, "body")), 6);

        var pages = Paginate(column).Pages;

        Assert.True(pages.Count >= 2);
        Assert.DoesNotContain("The heading", PageText(pages[0]));
        Assert.Contains("The heading", PageText(pages[1]));
        Assert.StartsWith("The heading", PageText(pages[1]));
        Assert.Contains("body1", PageText(pages[1]));
    }

    [Fact]
    public void Heading_with_room_for_following_lines_stays_on_the_page()
    {
        var column = new ColumnElement();
        column.Add(Paragraph("filler"));
        column.Add(Paragraph("The heading", 16, keepWithNext: true), 8);
        column.Add(Paragraph(Words(200, "body")), 6);

        var pages = Paginate(column).Pages;

        Assert.Contains("The heading", PageText(pages[0]));
        Assert.Contains("body1", PageText(pages[0]));
    }

    [Fact]
    public void Table_taller_than_a_page_splits_with_its_header_repeated()
    {
        var table = new TableElement(() => new RowElement { CellPadding = 2 }
            .AddRelative(Paragraph("HeadName"))
            .AddRelative(Paragraph("HeadValue")));
        for (var i = 1; i <= 40; i++)
        {
            table.AddRow(new RowElement { CellPadding = 2 }.AddRelative(Paragraph($"name{i}")).AddRelative(Paragraph($"value{i}")));
        }

        var pages = Paginate(table).Pages;

        Assert.True(pages.Count >= 3, $"expected several pages, got {pages.Count}");
        foreach (var page in pages)
        {
            var texts = page.Texts.ToList();
            Assert.Equal("HeadName", texts[0].Text);
            Assert.Equal("HeadValue", texts[1].Text);
        }

        var all = string.Join(" ", pages.Select(PageText));
        for (var i = 1; i <= 40; i++)
        {
            Assert.Single(all.Split(' '), w => w == $"name{i}");
        }

        foreach (var page in pages)
        {
            Assert.All(page.Texts, t => Assert.True(t.Baseline <= 200, "text below the page"));
        }
    }

    [Fact]
    public void Image_larger_than_the_page_is_scaled_down_keeping_its_aspect_ratio()
    {
        var image = new ImageElement(ImageData.ForLayout(4000, 3000), "big chart", maxHeight: 200);

        var page = Assert.Single(Paginate(image, width: 300, height: 200).Pages);

        var drawn = Assert.Single(page.Commands.OfType<ImageCommand>());
        Assert.True(drawn.Rect.Width <= 300.01 && drawn.Rect.Height <= 200.01);
        Assert.Equal(4000.0 / 3000.0, drawn.Rect.Width / drawn.Rect.Height, 3);
        Assert.Equal(200, drawn.Rect.Height, 1); // 300pt wide would be 225pt high: the height limits
        Assert.Equal(266.7, drawn.Rect.Width, 1);
        Assert.Equal("big chart", drawn.AltText);
    }

    [Fact]
    public void Tall_image_is_limited_by_the_page_height()
    {
        var image = new ImageElement(ImageData.ForLayout(500, 5000), "tall", maxHeight: 200);

        var drawn = Paginate(image).Pages.Single().Commands.OfType<ImageCommand>().Single();

        Assert.Equal(200, drawn.Rect.Height, 1);
        Assert.Equal(20, drawn.Rect.Width, 1);
    }

    [Fact]
    public void Long_word_or_url_wraps_instead_of_overflowing()
    {
        var url = "https://example.org/" + string.Concat(Enumerable.Repeat("averyveryverylongpathsegment/", 8)) + "end";
        var word = new string('x', 300);
        var block = Paragraph($"See {url} and {word}.");

        var lines = block.LinesFor(150);

        Assert.True(lines.Count > 4);
        Assert.All(lines, l => Assert.True(l.Width <= 150.01, $"line '{l.Text}' is {l.Width}pt wide"));
        Assert.Equal($"See {url} and {word}.".Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines.Select(l => l.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraph_split_leaves_no_single_orphan_or_widow_line()
    {
        for (var filler = 1; filler <= 12; filler++)
        {
            var column = new ColumnElement();
            column.Add(Paragraph(string.Join('\n', Enumerable.Range(1, filler).Select(i => $"f{i}"))));
            column.Add(Paragraph(string.Join('\n', Enumerable.Range(1, 6).Select(i => $"line{i}"))), 0);
            var pages = Paginate(column).Pages;
            var perPage = pages.Select(p => p.Texts.Count(t => t.Text.StartsWith("line", StringComparison.Ordinal))).Where(n => n > 0).ToList();
            Assert.All(perPage, n => Assert.True(n >= 2 || perPage.Count == 1, $"filler {filler}: split {string.Join("/", perPage)}"));
            Assert.Equal(6, perPage.Sum());
        }
    }

    [Fact]
    public void Text_the_body_font_lacks_falls_back_and_is_normalised()
    {
        var shaper = Shaper();
        var cleaned = shaper.Clean("Cafe\u0301 \u21D2 \u2192 \U0001F4C8 \u27A1\uFE0F \U0001F9EA");

        Assert.Equal("Café \u21D2 \u2192 \u2197 \u27A1 \u25CC", cleaned);
        Assert.Contains(0x1F9EA, shaper.Unsupported);
        foreach (var segment in shaper.Segment(cleaned, Body))
        {
            Assert.All(segment.Text.EnumerateRunes(), r => Assert.True(r.Value == ' ' || segment.Face.HasGlyph(r.Value), $"U+{r.Value:X4} has no glyph in {segment.Face.Name}"));
        }
    }

    [Fact]
    public void Punctuation_taken_as_clean_without_a_check_is_what_cleaning_would_keep()
    {
        // The characters Clean gives back as they are without normalising: each must be left alone by NFC and be no
        // control, format, surrogate or private-use character (those Clean drops or replaces).
        var shaper = Shaper();
        var checkedCount = 0;
        for (var c = '\u0100'; c < '\uFFFF'; c++)
        {
            if (!TextShaper.IsPlainPunctuation(c))
            {
                continue;
            }

            var text = $"a{c}b{c}";
            Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC), $"U+{(int)c:X4} changes under NFC");
            Assert.DoesNotContain(char.GetUnicodeCategory(c), new[] { System.Globalization.UnicodeCategory.Control, System.Globalization.UnicodeCategory.Format, System.Globalization.UnicodeCategory.Surrogate, System.Globalization.UnicodeCategory.PrivateUse });
            Assert.Same(text, shaper.Clean(text));
            checkedCount++;
        }

        Assert.Equal(24 + 47 + 1, checkedCount);
        Assert.Equal("\u201CCafé\u201D \u2014 \u2026 100\u00A0\u20AC", shaper.Clean("\u201CCafe\u0301\u201D \u2014 \u2026 100\u00A0\u20AC"));
    }

    [Fact]
    public void Replaying_with_release_draws_the_same_calls_and_lets_each_page_go()
    {
        static Element Content() => new ColumnElement().Add(Paragraph(Words(400))).Add(new RowElement { CellBorder = PdfColor.Black }.AddRelative(Paragraph("left")).AddRelative(Paragraph("right")), 6);
        var kept = Paginate(Content());
        var released = Paginate(Content());
        var plain = new RecordingCanvas();
        var afterRelease = new RecordingCanvas();

        kept.ReplayOnto(plain);
        released.ReplayOnto(afterRelease, releasePages: true);

        Assert.True(plain.Pages.Count >= 3);
        Assert.Equal(plain.Pages.Count, afterRelease.Pages.Count);
        for (var i = 0; i < plain.Pages.Count; i++)
        {
            Assert.Equal(plain.Pages[i].Commands, afterRelease.Pages[i].Commands);
        }

        Assert.All(kept.Pages, page => Assert.NotEmpty(page.Commands));
        Assert.All(released.Pages, page => Assert.Empty(page.Commands));
    }

    [Fact]
    public void Rows_split_cell_by_cell_and_finish_every_cell()
    {
        var row = new RowElement { CellPadding = 1 }.AddRelative(Paragraph(Words(300, "left"))).AddRelative(Paragraph("short"));

        var pages = Paginate(row).Pages;

        Assert.True(pages.Count >= 2);
        Assert.Contains("short", PageText(pages[0]));
        Assert.DoesNotContain("short", string.Join(" ", pages.Skip(1).Select(PageText)));
        Assert.Contains("left300", PageText(pages[^1]));
    }

    [Fact]
    public void Short_block_kept_together_moves_whole_to_the_next_page_and_a_tall_one_still_splits()
    {
        var column = new ColumnElement();
        column.Add(Paragraph(string.Join('\n', Enumerable.Range(1, 10).Select(i => $"filler{i}"))));
        var question = new ColumnElement().Add(Paragraph("Question one")).Add(Paragraph("choice a\nchoice b\nchoice c\nchoice d"), 2);
        column.Add(new KeepTogetherElement(question, 150), 6);
        var tall = new ColumnElement().Add(Paragraph(string.Join('\n', Enumerable.Range(1, 30).Select(i => $"long{i}"))));
        column.Add(new KeepTogetherElement(tall, 150), 6);

        var pages = Paginate(column).Pages;

        Assert.DoesNotContain("Question one", PageText(pages[0]));
        Assert.Contains("Question one", PageText(pages[1]));
        Assert.Contains("choice d", PageText(pages[1]));
        Assert.Contains("long1", PageText(pages[1])); // too tall to keep together: starts right after the question
        Assert.Contains("long30", PageText(pages[^1]));
    }
}
