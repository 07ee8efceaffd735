using System.IO.Abstractions.TestingHelpers;
using Courseware.Export;
using Courseware.Loading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit;

namespace Courseware.Pdf.Tests;

/// <summary>The API parameters table sizes its columns from their words: French headers and long names are never cut mid-word.</summary>
public sealed class ApiParameterTableTests
{
    private static string Operation(string lang) => $$"""
        ---
        lang: {{lang}}
        ---
        # API des réservations

        {% swagger method="post" path="/v2/reservations/{salle}" summary="Réserver une salle" %}
        {% swagger-parameter in="path" name="salle" type="string" required="true" %}Le numéro de la salle à réserver.{% endswagger-parameter %}
        {% swagger-parameter in="query" name="identifiantDemandeur" type="string" required="false" %}Qui fait la demande, quand ce n'est pas la personne connectée.{% endswagger-parameter %}
        {% swagger-parameter in="header" name="X-Jeton-Application" type="string" required="true" %}Le jeton donné à l'application.{% endswagger-parameter %}
        {% swagger-parameter in="body" name="creneaux" type="array" required="true" %}La liste des créneaux demandés, chacun avec un début et une fin.{% endswagger-parameter %}
        {% endswagger %}
        """;

    private static Page TablePage(string lang)
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData(Operation(lang)));
        var course = CourseLoader.Load(fs, "/c");
        var sink = new MemoryOutputSink();
        new PdfExporter().Export(course, new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } });
        var document = PdfDocument.Open(sink.Files.Single().Value);
        return document.GetPages().Single(p => p.Text.Contains("creneaux", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", new[] { "Nom", "Emplacement", "Type", "Obligatoire", "Description" })]
    [InlineData("en", new[] { "Name", "In", "Type", "Required", "Description" })]
    public void Headers_and_parameter_names_are_whole_words_inside_their_columns(string lang, string[] headers)
    {
        var page = TablePage(lang);
        var words = page.GetWords().ToList();

        var header = headers.Select(h => words.Single(w => w.Text == h)).ToList();
        var monospace = words.Where(w => (w.Letters[0].FontName ?? string.Empty).Contains("Mono", StringComparison.OrdinalIgnoreCase)).Select(w => w.Text).ToList();
        Assert.Equal(["POST", "/v2/reservations/{salle}", "salle", "identifiantDemandeur", "X-Jeton-Application", "creneaux"], monospace);
        var names = new[] { "salle", "identifiantDemandeur", "X-Jeton-Application", "creneaux" }.Select(n => words.Single(w => w.Text == n && (w.Letters[0].FontName ?? string.Empty).Contains("Mono", StringComparison.OrdinalIgnoreCase))).ToList();
        var places = new[] { "path", "query", "header", "body" }.Select(n => words.Single(w => w.Text == n)).ToList();

        // Every name sits on one line, within the name column: its right edge is left of the next column's header.
        Assert.All(names, n => Assert.True(n.BoundingBox.Right < header[1].BoundingBox.Left, $"{n.Text} ends at {n.BoundingBox.Right:0.0}, next column at {header[1].BoundingBox.Left:0.0}"));
        Assert.All(places, n => Assert.True(n.BoundingBox.Right < header[2].BoundingBox.Left, n.Text));
        Assert.True(header[3].BoundingBox.Right < header[4].BoundingBox.Left);
        Assert.All(names, n => Assert.Equal(header[0].BoundingBox.Left, n.BoundingBox.Left, 1));

        // The description column takes what is left: at least a third of the table.
        var tableRight = words.Where(w => w.BoundingBox.Bottom < header[0].BoundingBox.Top && w.BoundingBox.Bottom > names[^1].BoundingBox.Bottom - 40).Max(w => w.BoundingBox.Right);
        Assert.True(tableRight - header[4].BoundingBox.Left > (tableRight - header[0].BoundingBox.Left) / 3 - 10);
    }
}
