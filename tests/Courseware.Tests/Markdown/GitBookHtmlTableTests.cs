using Courseware.Diagnostics;
using Courseware.Markdown;
using Courseware.Markdown.GitBook.Html;
using Courseware.Model;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Markdown;

/// <summary>HTML tables, GitBook card views and images wrapped in HTML, read into the model's nodes.</summary>
public sealed class GitBookHtmlTableTests
{
    private const string CardsHead =
        "<table data-view=\"cards\"><thead><tr><th></th><th></th><th data-hidden></th><th data-hidden data-card-target data-type=\"content-ref\"></th>"
        + "<th data-hidden data-card-cover data-type=\"files\"></th></tr></thead><tbody>";

    private static MarkdownDocument Parse(string text) => Markdig.Markdown.Parse(text, GitBookPipeline.Create());

    private static string Text(ContainerInline? inlines) =>
        inlines is null ? string.Empty : string.Concat(inlines.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline l => l.Content.ToString(),
            LineBreakInline => "/",
            _ => string.Empty,
        }));

    private static string CellText(TableCell cell) => string.Concat(cell.OfType<ParagraphBlock>().Select(p => Text(p.Inline)));

    private static List<List<string>> Grid(Table table) =>
        [.. table.OfType<TableRow>().Select(r => r.OfType<TableCell>().Select(CellText).ToList())];

    [Fact]
    public void Table_with_thead_and_tbody_becomes_a_table_with_a_header_row_and_inline_markup()
    {
        var document = Parse(
            "Avant\n\n<table><thead><tr><th>Canal</th><th align=\"center\">Public</th></tr></thead><tbody>"
            + "<tr><td><strong>LinkedIn</strong></td><td>agents<br>élus</td></tr>"
            + "<tr><td><a href=\"b.md\">Voir</a></td><td><img src=\"a b.png\" alt=\"Logo\"></td></tr></tbody></table>\n\nAprès\n");

        var table = Assert.IsType<Table>(document[1]);
        var rows = table.OfType<TableRow>().ToList();
        Assert.Equal([true, false, false], rows.Select(r => r.IsHeader));
        Assert.Equal([["Canal", "Public"], ["LinkedIn", "agents/élus"], ["Voir", "Logo"]], Grid(table));
        var strong = Assert.IsType<EmphasisInline>(((ParagraphBlock)((TableCell)rows[1][0])[0]).Inline!.FirstChild);
        Assert.Equal(2, strong.DelimiterCount);
        var link = Assert.Single(rows[2].Descendants<LinkInline>(), l => !l.IsImage);
        Assert.Equal("b.md", link.Url);
        var image = Assert.Single(rows[2].Descendants<LinkInline>(), l => l.IsImage);
        Assert.Equal("a b.png", image.Url);
        Assert.Equal([null, TableColumnAlign.Center], table.ColumnDefinitions.Select(c => c.Alignment));
        Assert.Equal(2, table.Line);
        Assert.IsType<ParagraphBlock>(document[2]);
        Assert.Empty(document.Descendants<HtmlBlock>());
    }

    [Fact]
    public void Table_without_tbody_takes_a_first_row_of_th_as_header_and_no_th_as_no_header()
    {
        var withTh = Assert.IsType<Table>(Parse("<table>\n<tr><th>A</th><th>B</th></tr>\n<tr><td>1</td><td>2</td></tr>\n</table>\n")[0]);
        Assert.Equal([true, false], withTh.OfType<TableRow>().Select(r => r.IsHeader));
        Assert.Equal([["A", "B"], ["1", "2"]], Grid(withTh));

        var withoutTh = Assert.IsType<Table>(Parse("<table><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>\n")[0]);
        Assert.All(withoutTh.OfType<TableRow>(), r => Assert.False(r.IsHeader));
    }

    [Fact]
    public void Cells_are_placed_on_the_line_and_column_they_are_written_at()
    {
        var table = Assert.IsType<Table>(Parse("# T\n\n<table>\n<tr><th>A</th></tr>\n<tr>\n  <td>x</td>\n</tr>\n</table>\n")[1]);

        var cell = (TableCell)((TableRow)table[1])[0];
        Assert.Equal((5, 2), (cell.Line, cell.Column));
        Assert.Equal(5, ((ParagraphBlock)cell[0]).Inline!.FirstChild!.Line);
    }

    [Fact]
    public void A_cell_spanning_columns_is_one_cell_with_its_span_and_missing_cells_are_padded()
    {
        var table = Assert.IsType<Table>(Parse(
            "<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td colspan=\"2\">wide</td><td>c</td></tr><tr><td></td><td>b</td></tr>"
            + "<tr><td colspan=\"100000\">huge</td></tr><tr><td colspan=\"zéro\">x</td><td colspan=\"0\">y</td></tr></table>\n")[0]);

        var rows = table.OfType<TableRow>().ToList();
        Assert.Equal([["A", "B", "C"], ["wide", "c", ""], ["", "b", ""], ["huge"], ["x", "y", ""]], Grid(table).Select(r => r.Take(3).ToList()));
        Assert.Equal([(0, 2), (2, 1)], rows[1].OfType<TableCell>().Take(2).Select(c => (c.ColumnIndex, c.ColumnSpan)));
        Assert.Equal(64, ((TableCell)rows[3][0]).ColumnSpan);
        Assert.Equal([0, 1], rows[4].OfType<TableCell>().Take(2).Select(c => c.ColumnIndex));
        Assert.All(rows, row => Assert.Equal(64, row.OfType<TableCell>().Sum(c => c.ColumnSpan)));
        Assert.All(rows.SelectMany(r => r.OfType<TableCell>()), c => Assert.Equal(1, c.RowSpan));
        Assert.Empty((TableCell)rows[2][0]);
        Assert.Equal(64, table.ColumnDefinitions.Count);
    }

    [Fact]
    public void A_header_cell_spanning_columns_stays_a_header_cell_and_aligns_no_column()
    {
        var table = Assert.IsType<Table>(Parse(
            "<table><thead><tr><th align=\"center\" colspan=\"2\">Coût</th><th align=\"right\">Délai</th></tr></thead>"
            + "<tbody><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table>\n")[0]);

        var header = (TableRow)table[0];
        Assert.True(header.IsHeader);
        Assert.Equal([2, 1], header.OfType<TableCell>().Select(c => c.ColumnSpan));
        Assert.Equal([null, null, TableColumnAlign.Right], table.ColumnDefinitions.Select(c => c.Alignment));
    }

    [Fact]
    public void A_cell_spanning_rows_keeps_its_text_in_its_first_row_and_the_rows_below_keep_their_cells_under_their_headers()
    {
        var table = Assert.IsType<Table>(Parse(
            "<table><tr><th>Jour</th><th>Matin</th><th>Après-midi</th></tr>"
            + "<tr><td rowspan=\"2\">Lundi</td><td>accueil</td><td>atelier</td></tr>"
            + "<tr><td>cours</td><td>quiz</td></tr>"
            + "<tr><td>Mardi</td><td colspan=\"2\" rowspan=\"2\">projet</td></tr>"
            + "<tr><td>Mercredi</td></tr></table>\n")[0]);

        Assert.Equal(
            [["Jour", "Matin", "Après-midi"], ["Lundi", "accueil", "atelier"], ["", "cours", "quiz"], ["Mardi", "projet"], ["Mercredi", "", ""]],
            Grid(table));
        var rows = table.OfType<TableRow>().ToList();
        Assert.Equal([0, 1, 2], rows[2].OfType<TableCell>().Select(c => c.ColumnIndex));
        Assert.Equal([0, 1, 2], rows[4].OfType<TableCell>().Select(c => c.ColumnIndex));
        Assert.All(rows, row => Assert.Equal(3, row.OfType<TableCell>().Sum(c => c.ColumnSpan)));
        Assert.Equal(3, table.ColumnDefinitions.Count);

        // "Lundi" is one column wide: it spans two rows and the cell under it is its placeholder, to merge or leave out.
        // "projet" also spans columns: its placeholders stay plain empty cells.
        Assert.Equal(2, ((TableCell)rows[1][0]).RowSpan);
        Assert.True(CoveredCell.Is(rows[2][0]));
        Assert.Equal(1, ((TableCell)rows[3][1]).RowSpan);
        Assert.DoesNotContain(rows[4].OfType<TableCell>(), CoveredCell.Is);
        Assert.Equal(1, rows.SelectMany(r => r.OfType<TableCell>()).Count(c => CoveredCell.Is(c)));
    }

    [Fact]
    public void A_rowspan_ends_with_its_row_group_and_with_the_table()
    {
        var table = Assert.IsType<Table>(Parse(
            "<table><thead><tr><th rowspan=\"3\">Poste</th><th>Coût</th></tr></thead>"
            + "<tbody><tr><td>Site</td><td>10</td></tr><tr><td rowspan=\"5\">Total</td><td>12</td></tr><tr><td>14</td></tr></tbody></table>\n")[0]);

        var rows = table.OfType<TableRow>().ToList();
        // The header cell asks for three rows; its thead has one: the body starts in the first column again.
        Assert.Equal(1, ((TableCell)rows[0][0]).RowSpan);
        Assert.Equal([["Poste", "Coût"], ["Site", "10"], ["Total", "12"], ["", "14"]], Grid(table));
        Assert.Equal([0, 1], rows[1].OfType<TableCell>().Select(c => c.ColumnIndex));
        // A body cell asking for five rows where two are left spans those two.
        Assert.Equal(2, ((TableCell)rows[2][0]).RowSpan);
        Assert.True(CoveredCell.Is(rows[3][0]));
    }

    [Fact]
    public void Caption_becomes_the_tables_caption_with_its_inline_markup_placed_where_it_is_written()
    {
        var document = Parse(
            "# T\n\n<table>\n  <caption>Les <strong>canaux</strong> de <a href=\"b.md\">diffusion</a> et <code>rss</code></caption>\n"
            + "<tr><th>Canal</th></tr><tr><td>LinkedIn</td></tr>\n</table>\n");

        var table = Assert.IsType<Table>(document[1]);
        var caption = Assert.IsAssignableFrom<ContainerInline>(TableCaption.Of(table));
        Assert.Equal("Les canaux de diffusion et ", Text(caption));
        Assert.Equal(2, Assert.Single(caption.Descendants<EmphasisInline>()).DelimiterCount);
        Assert.Equal("b.md", Assert.Single(caption.Descendants<LinkInline>()).Url);
        Assert.Equal("rss", Assert.Single(caption.Descendants<CodeInline>()).Content);
        Assert.Equal(3, caption.FirstChild!.Line);
        Assert.Equal([["Canal"], ["LinkedIn"]], Grid(table));
        Assert.Null(TableCaption.Of(Assert.IsType<Table>(Parse("<table><caption> </caption><tr><th>A</th></tr></table>\n")[0])));
        Assert.Null(TableCaption.Of(Assert.IsType<Table>(Parse("<table><tr><th>A</th></tr></table>\n")[0])));
    }

    [Fact]
    public void A_link_in_a_caption_is_resolved_and_checked_like_any_link()
    {
        var course = With(("README.md", "# T\n\n<table><caption>Voir <a href=\"absent.md\">la fiche</a></caption><tr><th>A</th></tr><tr><td>a</td></tr></table>\n")).Load();

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.LinkTargetMissing);
        Assert.Equal("README.md(3,22)", d.Location.ToString());
    }

    [Fact]
    public void Lists_and_headings_in_cells_keep_one_item_a_line()
    {
        var table = Assert.IsType<Table>(Parse("<table><tr><th><h2>Titre</h2></th></tr><tr><td>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n</td></tr><tr><td><ol><li>a</li><li>b</li></ol></td></tr></table>\n")[0]);

        var grid = Grid(table);
        Assert.Equal("Titre", grid[0][0]);
        Assert.Equal("\u2022 un /\u2022 deux", grid[1][0]);
        Assert.Equal("1. a/2. b", grid[2][0]);
    }

    [Theory]
    [InlineData("<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>\n")]
    [InlineData("<table data-view=\"cards\"><caption>Légende</caption><tr><th></th></tr><tr><td>Carte</td></tr></table>\n")]
    [InlineData("<table></table>\n")]
    [InlineData("<table><tr><td>a</td></tr></table>\n<p>and more</p>\n")]
    public void Tables_that_cannot_be_read_faithfully_stay_raw_html(string html)
    {
        var document = Parse(html);

        Assert.IsType<HtmlBlock>(Assert.Single(document));
        Assert.Empty(document.Descendants<Table>());
    }

    [Fact]
    public void Layout_table_is_a_table_marked_as_layout()
    {
        var table = Assert.IsType<Table>(Parse("<table role=\"presentation\"><tr><td>a</td></tr></table>\n")[0]);

        Assert.True(LayoutTable.Is(table));
        Assert.False(LayoutTable.Is(Assert.IsType<Table>(Parse("<table><tr><td>a</td></tr></table>\n")[0])));
    }

    [Fact]
    public void Card_view_becomes_cards_with_title_text_target_and_cover()
    {
        var document = Parse(
            "# T\n\n" + CardsHead
            + "<tr><td><strong>Le réseau</strong></td><td>Qui fait quoi</td><td>caché</td><td><a href=\"reseau.md\">reseau.md</a></td><td><a href=\".gitbook/assets/carte (1).png\">carte (1).png</a></td></tr>"
            + "<tr><td></td><td>Sans titre ni couverture</td><td></td><td><a href=\"https://example.org/\">https://example.org/</a></td><td></td></tr>"
            + "<tr><td>Seul</td><td></td><td></td><td></td><td></td></tr>"
            + "<tr><td></td><td></td><td>caché</td><td></td><td></td></tr>"
            + "</tbody></table>\n");

        var cards = Assert.IsType<CardsBlock>(document[1]);
        Assert.Collection(
            cards.OfType<CardBlock>(),
            card =>
            {
                Assert.Equal("Le réseau", Text(card.Title));
                Assert.IsType<EmphasisInline>(card.Title.FirstChild);
                Assert.Equal(["Qui fait quoi"], card.OfType<ParagraphBlock>().Select(p => Text(p.Inline)));
                Assert.Equal("reseau.md", card.Target!.Url);
                Assert.False(card.Target.IsImage);
                Assert.Null(card.Target.FirstChild);
                Assert.Equal(".gitbook/assets/carte (1).png", card.Cover!.Url);
                Assert.True(card.Cover.IsImage);
                Assert.True(DecorativeImage.Is(card.Cover));
            },
            card =>
            {
                Assert.Equal("Sans titre ni couverture", Text(card.Title));
                Assert.Empty(card);
                Assert.Equal("https://example.org/", card.Target!.Url);
                Assert.Null(card.Cover);
            },
            card =>
            {
                Assert.Equal("Seul", Text(card.Title));
                Assert.Null(card.Target);
                Assert.Null(card.Cover);
            });
        Assert.DoesNotContain(cards.Descendants<LiteralInline>(), l => l.Content.ToString() == "caché");
    }

    [Fact]
    public void Card_view_without_any_card_stays_raw()
    {
        Assert.IsType<HtmlBlock>(Assert.Single(Parse(CardsHead + "<tr><td></td><td></td><td></td><td></td><td></td></tr></tbody></table>\n")));
    }

    [Theory]
    [InlineData("<p align=\"center\"><img src=\"a.png\" alt=\"Carte\"></p>\n")]
    [InlineData("<div align=\"center\"><img src=\"a.png\" alt=\"Carte\" width=\"300\"></div>\n")]
    [InlineData("<center><img src=\"a.png\" alt=\"Carte\"></center>\n")]
    [InlineData("<div align=\"center\">\n  <img src=\"a.png\" alt=\"Carte\">\n</div>\n")]
    public void Image_wrapped_in_a_block_element_becomes_an_image_paragraph(string html)
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Parse(html)));

        var image = Assert.IsType<LinkInline>(Assert.Single(paragraph.Inline!));
        Assert.True(image.IsImage);
        Assert.Equal("a.png", image.Url);
        Assert.Equal("Carte", Text(image));
    }

    [Fact]
    public void Image_in_a_link_in_a_centred_paragraph_keeps_its_link()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Parse("<p align=\"center\"><a href=\"https://example.org\"><img src=\"a.png\" alt=\"Logo\"></a><br>Légende</p>\n")));

        var link = Assert.IsType<LinkInline>(paragraph.Inline!.FirstChild);
        Assert.False(link.IsImage);
        Assert.Equal("https://example.org", link.Url);
        Assert.True(Assert.IsType<LinkInline>(Assert.Single(link)).IsImage);
        Assert.Equal("Logo/Légende", Text(paragraph.Inline));
    }

    [Fact]
    public void Inline_link_around_an_image_becomes_a_link_holding_the_image_and_around_text_stays_raw()
    {
        var paragraph = Assert.IsType<ParagraphBlock>(Parse("Voir <a href=\"b.md\"><img src=\"a.png\" alt=\"Plan\"></a> et <a href=\"c.md\">texte</a>.\n")[0]);

        var link = Assert.Single(paragraph.Inline!.OfType<LinkInline>());
        Assert.Equal("b.md", link.Url);
        Assert.True(Assert.IsType<LinkInline>(Assert.Single(link)).IsImage);
        Assert.Equal(2, paragraph.Inline!.OfType<HtmlInline>().Count());
    }

    [Theory]
    [InlineData("<p align=\"center\">Texte seul</p>\n")]
    [InlineData("<div><img src=\"a.png\" alt=\"\"><ul><li>liste</li></ul></div>\n")]
    [InlineData("<div><iframe src=\"x\"></iframe><img src=\"a.png\" alt=\"\"></div>\n")]
    public void Wrappers_holding_more_than_images_and_phrasing_stay_raw(string html)
    {
        Assert.IsType<HtmlBlock>(Assert.Single(Parse(html)));
    }

    [Fact]
    public void Card_targets_resolve_like_links_and_covers_are_course_images()
    {
        var course = With(
            ("README.md", "# Racine\n\n" + CardsHead
                + "<tr><td>Le réseau</td><td>Texte</td><td></td><td><a href=\"reseau.md\">reseau.md</a></td><td><a href=\".gitbook/assets/carte.png\">carte.png</a></td></tr>"
                + "<tr><td>Web</td><td></td><td></td><td><a href=\"https://example.org/\">x</a></td><td><a href=\"https://example.org/c.png\">c.png</a></td></tr>"
                + "</tbody></table>\n\n" + Ref("reseau.md")),
            ("reseau.md", "# Réseau\n"),
            (".gitbook/assets/carte.png", "PNG")).Load();

        var cards = course.Root.Document.Descendants<CardBlock>().ToList();
        var page = ResolvedLink.Of(cards[0].Target!)!;
        Assert.Equal(LinkTargetKind.Page, page.Kind);
        Assert.Same(course.Pages[1], page.Page);
        var cover = ResolvedLink.Of(cards[0].Cover!)!;
        Assert.Equal(LinkTargetKind.Asset, cover.Kind);
        Assert.Equal(".gitbook/assets/carte.png", cover.Asset!.Path);
        Assert.Contains(cover.Asset, course.Root.Assets);
        Assert.Equal(LinkTargetKind.External, ResolvedLink.Of(cards[1].Target!)!.Kind);
        Assert.True(ResolvedLink.Of(cards[1].Cover!)!.Asset!.IsRemote);
        Assert.DoesNotContain(course.Diagnostics, d => d.Code.StartsWith("CW08", StringComparison.Ordinal));
    }

    [Fact]
    public void Card_target_to_a_missing_page_is_the_usual_broken_link_where_its_link_is_written()
    {
        var row = "<tr><td>Perdu</td><td></td><td></td><td><a href=\"absent.md\">absent.md</a></td><td></td></tr>";
        var course = With(("README.md", "# Racine\n\n" + CardsHead + row + "</tbody></table>\n")).Load();

        var d = DiagnosticAssert.Single(course, DiagnosticCodes.LinkTargetMissing);
        var column = (CardsHead + row).IndexOf("<a href=\"absent.md\"", StringComparison.Ordinal) + 1;
        Assert.Equal(new SourceLocation("README.md", 3, column), d.Location);
        Assert.Equal(LinkTargetKind.Broken, ResolvedLink.Of(course.Root.Document.Descendants<CardBlock>().Single().Target!)!.Kind);
    }

    [Fact]
    public void Images_and_links_in_html_table_cells_are_resolved_and_collected()
    {
        var course = With(
            ("README.md", "# Racine\n\n<table><tr><th>Logo</th><th>Lien</th></tr><tr><td><img src=\"logo (1).png\" alt=\"Logo\"></td><td><a href=\"absent.md\">absent</a></td></tr></table>\n"),
            ("logo (1).png", "PNG")).Load();

        Assert.Equal("logo (1).png", Assert.Single(course.Assets).Path);
        var d = DiagnosticAssert.Single(course, DiagnosticCodes.LinkTargetMissing);
        Assert.Equal(3, d.Location.Line);
        Assert.True(d.Location.Column > 60);
    }

    [Fact]
    public void Images_wrapped_in_html_are_collected_as_assets()
    {
        var course = With(
            ("README.md", "# Racine\n\n<p align=\"center\"><img src=\"a.png\" alt=\"Carte\"></p>\n\nTexte <a href=\"https://example.org\"><img src=\"b.png\" alt=\"Logo\"></a>\n"),
            ("a.png", "PNG"),
            ("b.png", "PNG")).Load();

        Assert.Equal(["a.png", "b.png"], course.Root.Assets.Select(a => a.Path));
        var link = course.Root.Document.Descendants<LinkInline>().Single(l => !l.IsImage);
        Assert.Equal(LinkTargetKind.External, ResolvedLink.Of(link)!.Kind);
    }
}
