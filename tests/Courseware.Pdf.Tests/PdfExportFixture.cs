using Courseware.Export;
using Courseware.Model;

namespace Courseware.Pdf.Tests;

/// <summary>Exports the sample course once per test class (both editions) and keeps the bytes.</summary>
public sealed class PdfExportFixture
{
    public PdfExportFixture()
    {
        Course = SampleCourse.Build(out var pages);
        Pages = pages;
        var sink = new MemoryOutputSink();
        // COURSEWARE_PDF_FONTS runs the suite with another font folder (e.g. DejaVu only, as on a minimal machine).
        var options = new ExportOptions { FontDirectory = Environment.GetEnvironmentVariable("COURSEWARE_PDF_FONTS") is { Length: > 0 } fonts ? fonts : null };
        Context = new ExportContext { Output = sink, Options = options, Timestamp = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000) };
        new PdfExporter().Export(Course, Context);
        Files = sink.Files;
        var dump = Environment.GetEnvironmentVariable("COURSEWARE_PDF_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            Directory.CreateDirectory(dump);
            foreach (var (name, bytes) in Files)
            {
                File.WriteAllBytes(Path.Combine(dump, name), bytes);
            }
        }
    }

    internal Course Course { get; }

    internal Page[] Pages { get; }

    internal ExportContext Context { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public byte[] Learner => Files["cours-essai-handout.pdf"];

    public byte[] Trainer => Files["cours-essai-handout-trainer.pdf"];
}
