using System.Security.Cryptography;
using System.Text;
using Courseware.Pdf.Layout;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Courseware.Pdf.Backend;

/// <summary>Document information written into the PDF.</summary>
internal sealed record PdfMetadata(string Title, string? Author, string? Subject, string Language, DateTimeOffset Timestamp, string Keywords);

/// <summary>An outline (bookmark) entry and its children.</summary>
internal sealed record OutlineEntry(string Title, string Destination, List<OutlineEntry> Children);

/// <summary>Writes a recorded handout as a PDF file: pages, links, outline, metadata, language, tags; the same input gives the same bytes.</summary>
internal static class PdfFileWriter
{
    public static void Write(Stream output, RecordingCanvas recording, PdfMetadata metadata, IReadOnlyList<OutlineEntry> outline, Action<ImageData, string> imageFailed)
    {
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        document.Info.Title = metadata.Title;
        document.Info.Author = metadata.Author ?? string.Empty;
        document.Info.Subject = metadata.Subject ?? string.Empty;
        document.Info.Keywords = metadata.Keywords;
        document.Info.Creator = "Courseware";
        document.Info.CreationDate = metadata.Timestamp.UtcDateTime;
        document.Info.ModificationDate = metadata.Timestamp.UtcDateTime;
        document.ViewerPreferences.DisplayDocTitle = true;
        document.PageMode = PdfPageMode.UseOutlines;

        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage(metadata.Language);
        document.Language = metadata.Language;

        using (var canvas = new PdfSharpCanvas(document, recording.Destinations, ua.StructureBuilder, imageFailed))
        {
            recording.ReplayOnto(canvas);
            canvas.AddInternalLinks();
        }

        AddOutline(document, document.Outlines, outline, recording);

        // The file identifier is derived from the content that defines the document, not from a random GUID.
        var id = SHA256.HashData(Encoding.UTF8.GetBytes($"{metadata.Title}\n{metadata.Keywords}\n{metadata.Timestamp.ToUnixTimeSeconds()}"));
        var idString = Encoding.Latin1.GetString(id, 0, 16);
        document.Internals.FirstDocumentID = idString;
        document.Internals.SecondDocumentID = idString;
        document.Save(output, closeStream: false);
    }

    private static void AddOutline(PdfDocument document, PdfOutlineCollection collection, IReadOnlyList<OutlineEntry> entries, RecordingCanvas recording)
    {
        foreach (var entry in entries)
        {
            if (!recording.Destinations.TryGetValue(entry.Destination, out var place))
            {
                continue;
            }

            var page = document.Pages[place.PageIndex];
            var outline = collection.Add(entry.Title, page, opened: entry.Children.Count > 0 && entry.Children.Count < 12);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Top = page.Height.Point - Math.Max(0, place.Y - 12);
            outline.Left = 0;
            AddOutline(document, outline.Outlines, entry.Children, recording);
        }
    }
}
