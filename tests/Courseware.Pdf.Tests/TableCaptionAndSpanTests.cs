using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Pdf.Layout;
using UglyToad.PdfPig;
using Xunit;
using static Courseware.Pdf.Tests.PdfReading;

namespace Courseware.Pdf.Tests;

/// <summary>An HTML table's caption and its cells spanning columns, in the learner handout: where they are drawn and how they are tagged.</summary>
public class TableCaptionAndSpanTests
{
    private const string Table =
        "<table><caption>Budget <strong>prévisionnel</strong> du projet</caption>"
        + "<thead><tr><th>Poste</th><th colspan=\"2\">Montants engagés</th></tr></thead>"
        + "<tbody><tr><td>Alpha</td><td>Bravo</td><td>Charlie</td></tr>"
        + "<tr><td colspan=\"3\">Delta sur toute la largeur, plus longue qu'une seule colonne</td></tr></tbody></table>";

    private static byte[] Export(string page)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData(page));
        var course = CourseLoader.Load(fs, "/c");
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(course, context);
        Assert.DoesNotContain(context.Diagnostics.ToList(), d => d.Code.StartsWith("CW06", StringComparison.Ordinal));
        return sink.Files.Single().Value;
    }

    private static UglyToad.PdfPig.Content.Word Word(UglyToad.PdfPig.Content.Page page, string text) =>
        Assert.Single(page.GetWords(), w => w.Text == text);

    [Fact]
    public void Caption_is_drawn_above_the_table_and_a_spanning_cell_is_one_cell_as_wide_as_its_columns()
    {
        using var document = PdfDocument.Open(Export("# Accueil\n\n" + Table + "\n\nAprès.\n"));
        var page = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "Poste"));

        // Reading order: caption, header, rows.
        var text = PageText(page);
        var order = new[] { "Budget prévisionnel du projet", "Poste", "Montants engagés", "Alpha", "Bravo", "Charlie", "Delta sur toute la largeur, plus longue qu'une seule colonne", "Après." }
            .Select(w => text.IndexOf(w, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0, text));
        Assert.Equal(order.Order(), order);

        // The caption is above the header row (PdfPig's y grows upwards), left-aligned with the table, in a smaller size.
        var budget = Word(page, "Budget");
        var poste = Word(page, "Poste");
        Assert.True(budget.BoundingBox.Bottom > poste.BoundingBox.Top);
        Assert.True(budget.BoundingBox.Bottom - poste.BoundingBox.Top < 30, "the caption stays close to its table");
        Assert.True(Math.Abs(budget.BoundingBox.Left - poste.BoundingBox.Left) < 6);
        Assert.True(budget.Letters[0].PointSize < poste.Letters[0].PointSize);

        // The spanning header starts over Bravo's column; Charlie's column has no header cell of its own.
        var montants = Word(page, "Montants");
        var bravo = Word(page, "Bravo");
        var charlie = Word(page, "Charlie");
        Assert.True(Math.Abs(montants.BoundingBox.Left - bravo.BoundingBox.Left) < 1);
        Assert.True(charlie.BoundingBox.Left > bravo.BoundingBox.Right);

        // The spanning body cell is one line starting in the first column and running past the second: no empty cells follow it.
        var delta = Word(page, "Delta");
        var largeur = Word(page, "colonne");
        Assert.True(Math.Abs(delta.BoundingBox.Left - Word(page, "Alpha").BoundingBox.Left) < 1);
        Assert.True(Math.Abs(delta.BoundingBox.Bottom - largeur.BoundingBox.Bottom) < 0.5);
        Assert.True(largeur.BoundingBox.Right > bravo.BoundingBox.Left);
    }

    [Fact]
    public void Caption_is_the_first_child_of_the_table_element_and_spanning_cells_carry_colspan()
    {
        var path = TempFile(Export("# Accueil\n\n" + Table + "\n"));
        try
        {
            var inside = Inside(StructureText(path), "Table (block)");
            Assert.Equal(["Caption", "P (block)", "\"Budget prévisionnel du projet\"", "TR", "TH", "\"Poste\"", "TH:"], inside.Take(7));

            var (_, attributes) = Run("pdfinfo", "-struct", path);
            Assert.Equal(2, attributes.Split('\n').Count(l => l.Contains("/ColSpan", StringComparison.Ordinal)));
            Assert.Contains("/ColSpan 2", attributes, StringComparison.Ordinal);
            Assert.Contains("/ColSpan 3", attributes, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string Planning =
        "<table><tr><th>Jour</th><th>Matin</th><th>Après-midi</th></tr>"
        + "<tr><td rowspan=\"2\">Lundi</td><td>accueil</td><td>atelier</td></tr><tr><td>cours</td><td>quiz</td></tr>"
        + "<tr><td>Mardi</td><td>visite</td><td>bilan</td></tr></table>";

    [Fact]
    public void A_cell_spanning_rows_is_one_element_with_rowspan_and_the_row_under_it_holds_only_its_own_cells()
    {
        var path = TempFile(Export("# Accueil\n\n" + Planning + "\n"));
        try
        {
            var inside = Inside(StructureText(path), "Table (block)");
            var rows = string.Join(' ', inside).Split("TR", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(4, rows.Length);
            Assert.Contains("\"Lundi\"", rows[1], StringComparison.Ordinal);
            Assert.Equal(2, rows[2].Split(' ').Count(t => t.StartsWith("TD", StringComparison.Ordinal)));
            Assert.Equal(3, rows[3].Split(' ').Count(t => t.StartsWith("TD", StringComparison.Ordinal)));

            var (_, attributes) = Run("pdfinfo", "-struct", path);
            Assert.Contains("/RowSpan 2", attributes, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void No_line_is_drawn_between_a_cell_spanning_rows_and_the_row_under_it()
    {
        var recording = new RecordingCanvas();
        var row = new RowElement { CellBorder = PdfColor.FromHex(0x888888), CellRole = StructureRole.TableCell }
            .AddRelative(new SpacerElement(10), 1, 1, new CellJoin(2, JoinsBelow: true))
            .AddRelative(new SpacerElement(10), 1);
        var under = new RowElement { CellBorder = PdfColor.FromHex(0x888888), CellRole = StructureRole.TableCell }
            .AddRelative(new SpacerElement(10), 1, 1, new CellJoin(JoinsAbove: true))
            .AddRelative(new SpacerElement(10), 1);
        recording.BeginPage(new Size(200, 100));
        row.Draw(recording, new Size(200, 100));
        recording.BeginPage(new Size(200, 100));
        under.Draw(recording, new Size(200, 100));

        // The joined cells are drawn side by side (left, right, the one open edge closed); their neighbours as rectangles.
        var first = recording.Pages[0].Commands;
        var second = recording.Pages[1].Commands;
        Assert.Equal(3, first.OfType<LineCommand>().Count());
        Assert.DoesNotContain(first.OfType<LineCommand>(), l => l.Y1 == l.Y2 && l.Y1 > 0);
        Assert.Single(first.OfType<StrokeCommand>());
        Assert.Equal(3, second.OfType<LineCommand>().Count());
        Assert.DoesNotContain(second.OfType<LineCommand>(), l => l.Y1 == l.Y2 && l.Y1 == 0);
        // The cell under the spanning one is no element of its own: one TD begins on the second page.
        Assert.Single(second.OfType<BeginStructureCommand>(), b => b.Role == StructureRole.TableCell);
        Assert.Contains(first.OfType<BeginStructureCommand>(), b => b.Role == StructureRole.TableCell && b.RowSpan == 2);
    }

    [Fact]
    public void A_caption_is_laid_out_only_where_the_header_and_the_first_row_fit_below_it()
    {
        // Caption 12 + spacing 4 + header 20 + first row 20 = 56; the second row makes 76.
        for (var height = 1; height <= 90; height++)
        {
            var table = new TableElement(() => new SpacerElement(20)) { Caption = new SpacerElement(12), CaptionSpacing = 4 }
                .AddRow(new SpacerElement(20))
                .AddRow(new SpacerElement(20));

            var plan = table.Measure(new Size(100, height));

            Assert.Equal(height < 56, plan.IsWrap);
            Assert.Equal(height >= 76, plan.IsFull);
            if (!plan.IsWrap)
            {
                Assert.Equal(height >= 76 ? 76 : 56, plan.Height);
            }
        }
    }

    [Fact]
    public void A_caption_taller_than_its_limit_splits_between_pages_instead_of_waiting_for_room()
    {
        static ColumnElement LongCaption()
        {
            var caption = new ColumnElement();
            for (var i = 0; i < 10; i++)
            {
                caption.Add(new SpacerElement(10));
            }

            return caption;
        }

        var waiting = new TableElement(null) { Caption = LongCaption() }.AddRow(new SpacerElement(20));
        Assert.True(waiting.Measure(new Size(100, 60)).IsWrap);

        var splitting = new TableElement(null) { Caption = LongCaption(), CaptionLimit = 50 }.AddRow(new SpacerElement(20));
        var canvas = new RecordingCanvas();
        canvas.BeginPage(new Size(100, 60));
        var first = splitting.Measure(new Size(100, 60));
        Assert.Equal((SpacePlanKind.PartialRender, 60.0), (first.Kind, first.Height));
        splitting.Draw(canvas, new Size(100, 60));
        canvas.BeginPage(new Size(100, 200));
        Assert.Equal((SpacePlanKind.FullRender, 40.0 + 4 + 20), (splitting.Measure(new Size(100, 200)).Kind, splitting.Measure(new Size(100, 200)).Height));
        splitting.Draw(canvas, new Size(100, 200));

        // Each page's part of the caption is a Caption element inside that page's part of the Table element.
        Assert.Equal(
            [[StructureRole.Table, StructureRole.Caption], [StructureRole.Table, StructureRole.Caption]],
            canvas.Pages.Select(p => p.Commands.OfType<BeginStructureCommand>().Select(c => c.Role).ToList()));
    }

    [Fact]
    public void A_spanning_cell_is_recorded_as_one_cell_element_with_its_span()
    {
        var row = new RowElement { CellRole = StructureRole.TableCell }
            .AddRelative(new SpacerElement(4), 1, columnSpan: 2)
            .AddRelative(new SpacerElement(4), 1);
        var canvas = new RecordingCanvas();
        canvas.BeginPage(new Size(200, 100));
        row.Draw(canvas, new Size(200, 100));

        Assert.Equal([2, 1], canvas.Pages[0].Commands.OfType<BeginStructureCommand>().Where(c => c.Role == StructureRole.TableCell).Select(c => c.ColumnSpan));
    }

    [Fact]
    public void Column_alignment_of_a_pipe_table_is_kept_in_its_cells()
    {
        var markdown = "# Accueil\n\n| Gauche | Milieu | Droite |\n| :--- | :---: | ---: |\n| Alphabétique | Bravissimo | Cinquantaine |\n| Ab | Bc | Cd |\n";
        using var document = PdfDocument.Open(Export(markdown));
        var page = document.GetPages().Single(p => p.GetWords().Any(w => w.Text == "Gauche"));

        var (longLeft, shortLeft) = (Word(page, "Alphabétique"), Word(page, "Ab"));
        Assert.True(Math.Abs(longLeft.BoundingBox.Left - shortLeft.BoundingBox.Left) < 1);

        var (longCentre, shortCentre) = (Word(page, "Bravissimo"), Word(page, "Bc"));
        Assert.True(shortCentre.BoundingBox.Left > longCentre.BoundingBox.Left + 5, "a centred short cell does not start at the column's left edge");
        Assert.True(Math.Abs(longCentre.BoundingBox.Centroid.X - shortCentre.BoundingBox.Centroid.X) < 1.5);

        var (longRight, shortRight) = (Word(page, "Cinquantaine"), Word(page, "Cd"));
        Assert.True(shortRight.BoundingBox.Left > longRight.BoundingBox.Left + 5, "a right-aligned short cell does not start at the column's left edge");
        Assert.True(Math.Abs(longRight.BoundingBox.Right - shortRight.BoundingBox.Right) < 1);
    }
}
