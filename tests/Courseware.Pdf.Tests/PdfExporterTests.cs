using Xunit;

namespace Courseware.Pdf.Tests;

public class PdfExporterTests(PdfExportFixture fixture) : IClassFixture<PdfExportFixture>
{
    [Fact]
    public void Writes_learner_and_trainer_handouts()
    {
        Assert.Equal(["cours-essai-handout-trainer.pdf", "cours-essai-handout.pdf"], fixture.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(fixture.Files.Values, bytes => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 8)));
        Assert.DoesNotContain(fixture.Context.Diagnostics.ToList(), d => d.Severity == Courseware.Diagnostics.DiagnosticSeverity.Error);
    }
}
