using Courseware.Export;
using Courseware.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Courseware.Docx.Tests;

/// <summary>Runs the exporter into memory and opens what it wrote.</summary>
internal static class DocxTestSupport
{
    public static (MemoryOutputSink Sink, ExportContext Context) RunExport(Course course, ExportOptions? options = null, DateTimeOffset? timestamp = null)
    {
        var sink = new MemoryOutputSink();
        var context = new ExportContext
        {
            Output = sink,
            Options = options ?? new ExportOptions(),
            Timestamp = timestamp ?? ExportContext.TimestampFromEpoch("1700000000"),
        };
        new DocxExporter().Export(course, context);
        return (sink, context);
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);

    public static Body Body(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    public static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>Text of the whole package that a reader sees: body, footnotes, footer.</summary>
    public static string AllText(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart!;
        return string.Join("\n",
            new[] { main.Document!.Body!.InnerText, main.FootnotesPart?.Footnotes?.InnerText ?? string.Empty }
                .Concat(main.FooterParts.Select(f => f.Footer?.InnerText ?? string.Empty)));
    }
}
