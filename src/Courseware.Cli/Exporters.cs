using Courseware.Docx;
using Courseware.Export;
using Courseware.Pdf;
using Courseware.Quizzes.Gift;
using Courseware.Scorm;

namespace Courseware.Cli;

/// <summary>The formats this command knows: one line per format.</summary>
public static class Exporters
{
    public static ExporterRegistry Create() => new ExporterRegistry()
        .Add(new Scorm12Exporter())
        .Add(new Scorm2004Exporter())
        .Add(new PdfExporter())
        .Add(new DocxExporter())
        .Add(new GiftExporter());
}
