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
internal static partial class PdfFileWriter
{
    public static void Write(Stream output, RecordingCanvas recording, PdfMetadata metadata, IReadOnlyList<OutlineEntry> outline, Courseware.Pdf.Text.FontFace textFace, Action<ImageData, string> imageFailed)
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

        using (var canvas = new PdfSharpCanvas(document, recording.Destinations, ua.StructureBuilder, imageFailed, metadata.Timestamp.UtcDateTime, textFace))
        {
            recording.ReplayOnto(canvas);
        }

        AddOutline(document, document.Outlines, outline, recording);

        // The file identifier is derived from the content that defines the document, not from a random GUID.
        var id = SHA256.HashData(Encoding.UTF8.GetBytes($"{metadata.Title}\n{metadata.Keywords}\n{metadata.Timestamp.ToUnixTimeSeconds()}"));
        var idString = Encoding.Latin1.GetString(id, 0, 16);
        document.Internals.FirstDocumentID = idString;
        document.Internals.SecondDocumentID = idString;
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        var bytes = buffer.ToArray();
        FixSubsetTags(bytes);
        FixXmpIdentifiers(bytes, id);
        output.Write(bytes);
    }

    /// <summary>
    /// PDFsharp names font subsets with a random six-letter tag (ABCDEF+Name). Tags only need to differ between subsets of
    /// one file, so each is replaced in place, same length, by a tag derived from the font name and its order of appearance.
    /// </summary>
    private static void FixSubsetTags(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match match in SubsetTag().Matches(text))
        {
            var tag = match.Groups["tag"].Value;
            if (!replacements.ContainsKey(tag))
            {
                var hash = SHA256.HashData(Encoding.Latin1.GetBytes($"{replacements.Count}:{match.Groups["name"].Value}"));
                replacements[tag] = string.Concat(hash.Take(6).Select(b => (char)('A' + (b % 26))));
            }

            var replacement = Encoding.ASCII.GetBytes(replacements[tag]);
            replacement.CopyTo(pdf, match.Groups["tag"].Index);
        }
    }

    /// <summary>PDFsharp writes random UUIDs into the XMP metadata; they become UUIDs derived from the document identifier (same length, in place).</summary>
    private static void FixXmpIdentifiers(byte[] pdf, byte[] documentId)
    {
        var text = Encoding.Latin1.GetString(pdf);
        foreach (System.Text.RegularExpressions.Match match in XmpUuid().Matches(text))
        {
            var hash = SHA256.HashData([.. documentId, .. Encoding.ASCII.GetBytes(match.Groups["kind"].Value)]);
            var uuid = new Guid(hash.AsSpan(0, 16)).ToString("D");
            Encoding.ASCII.GetBytes(uuid).CopyTo(pdf, match.Groups["uuid"].Index);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<xmpMM:(?<kind>\w+)>uuid:(?<uuid>[0-9a-fA-F-]{36})<")]
    private static partial System.Text.RegularExpressions.Regex XmpUuid();

    [System.Text.RegularExpressions.GeneratedRegex(@"/(?:FontName|BaseFont)\s*/(?<tag>[A-Z]{6})\+(?<name>[^/\s\[<>()]*)")]
    private static partial System.Text.RegularExpressions.Regex SubsetTag();

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
