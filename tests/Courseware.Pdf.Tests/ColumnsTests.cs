using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using UglyToad.PdfPig;
using Xunit;

namespace Courseware.Pdf.Tests;

/// <summary>GitBook's <c>{% columns %}</c> in the handout: columns side by side in the widths the page gives.</summary>
public class ColumnsTests
{
    private static (byte[] Pdf, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics) Export(string page)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData(page));
        fs.AddFile("/c/ecran.png", new MockFileData(TestCourseBuilder.Png(40, 80)));
        var course = CourseLoader.Load(fs, "/c");
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(course, context);
        return (sink.Files.Single().Value, [.. course.Diagnostics, .. context.Diagnostics.ToList()]);
    }

    [Fact]
    public void Columns_stand_side_by_side_in_their_widths_and_no_tag_is_printed()
    {
        var (pdf, diagnostics) = Export(
            "# Application\n\n{% columns %}\n{% column width=\"33.33333333333333%\" %}\nGauche\n\n![Écran d'accueil](ecran.png)\n{% endcolumn %}\n\n"
            + "{% column width=\"66.66666666666667%\" %}\nDroite\n\nUn texte assez long pour remplir la colonne de droite et passer à la ligne au moins une fois dans la largeur donnée.\n{% endcolumn %}\n{% endcolumns %}\n\nAprès\n");

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(p => p.Text.Contains("Gauche", StringComparison.Ordinal));
        var words = page.GetWords().ToList();
        var left = words.Single(w => w.Text == "Gauche").BoundingBox;
        var right = words.Single(w => w.Text == "Droite").BoundingBox;
        var after = words.Single(w => w.Text == "Après").BoundingBox;

        Assert.Equal(left.Bottom, right.Bottom, 1.0);
        Assert.True(right.Left > left.Right, $"{left} {right}");
        // The right column starts about a third of the way across the text width.
        var textWidth = page.Width - (2 * left.Left);
        Assert.InRange((right.Left - left.Left) / textWidth, 0.30, 0.40);
        Assert.True(after.Bottom < right.Bottom && Math.Abs(after.Left - left.Left) < 1, $"{after}");
        Assert.Single(page.GetImages());
        Assert.DoesNotContain("{%", PdfReading.AllText(pdf), StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Code == "CW0201");
    }

    [Fact]
    public void Columns_without_widths_share_the_width_equally()
    {
        var (pdf, _) = Export("# Partage\n\n{% columns %}\n{% column %}\nUn\n{% endcolumn %}\n{% column %}\nDeux\n{% endcolumn %}\n{% endcolumns %}\n");

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPages().First(p => p.Text.Contains("Un", StringComparison.Ordinal));
        var one = page.GetWords().Single(w => w.Text == "Un").BoundingBox;
        var two = page.GetWords().Single(w => w.Text == "Deux").BoundingBox;
        var textWidth = page.Width - (2 * one.Left);
        Assert.Equal(one.Bottom, two.Bottom, 1.0);
        Assert.InRange((two.Left - one.Left) / textWidth, 0.45, 0.55);
    }
}
