using System.Security.Cryptography;
using System.Text;
using Courseware.Graphics;
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
    public static void Write(Stream output, RecordingCanvas recording, PdfMetadata metadata, IReadOnlyList<OutlineEntry> outline, FontFace textFace, Action<ImageData, string> imageFailed, DecodedImages? images = null)
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

        IReadOnlySet<PdfDictionary> streamsWithChecksum;
        using (var canvas = new PdfSharpCanvas(document, recording.Destinations, ua.StructureBuilder, imageFailed, metadata.Timestamp.UtcDateTime, textFace, images ?? new DecodedImages()))
        {
            // The recording's drawing is not read again (the outline needs only its destinations).
            recording.ReplayOnto(canvas, releasePages: true);
            streamsWithChecksum = canvas.StreamsWithChecksum;
        }

        AddOutline(document, document.Outlines, outline, recording);
        AddWinAnsiToUnicode(document);

        // The file identifier is derived from the content that defines the document, not from a random GUID.
        var id = SHA256.HashData(Encoding.UTF8.GetBytes($"{metadata.Title}\n{metadata.Keywords}\n{metadata.Timestamp.ToUnixTimeSeconds()}"));
        var idString = Encoding.Latin1.GetString(id, 0, 16);
        document.Internals.FirstDocumentID = idString;
        document.Internals.SecondDocumentID = idString;
        // Sized for the usual handout (about 12 KB a page) so the buffer is rarely copied to a larger one as it fills.
        using var buffer = new MemoryStream(Math.Min(1 << 30, (recording.Pages.Count * 12_000) + (1 << 20)));
        document.Save(buffer, closeStream: false);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        FixSubsetTags(bytes);
        FixXmpIdentifiers(bytes, id);
        ZlibTrailers.Write(output, bytes, MissingZlibChecksums(document, streamsWithChecksum));
    }

    /// <summary>
    /// The compressed streams PDFsharp wrote without a zlib checksum (object number → the checksum, the stream's length).
    /// Page contents and the PNG pixels given to images already have one and are not read again.
    /// </summary>
    private static Dictionary<int, (byte[] Trailer, int Length)> MissingZlibChecksums(PdfDocument document, IReadOnlySet<PdfDictionary> streamsWithChecksum)
    {
        var missing = new Dictionary<int, (byte[] Trailer, int Length)>();
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary { Stream: { } stream, Reference: { } reference } dictionary and not PdfSharp.Pdf.Advanced.PdfContent
                && !streamsWithChecksum.Contains(dictionary) && dictionary.Elements.GetName("/Filter") == "/FlateDecode"
                && ZlibTrailers.MissingChecksum(stream.Value) is { } trailer)
            {
                missing[reference.ObjectNumber] = (trailer, stream.Value.Length);
            }
        }

        return missing;
    }

    /// <summary>
    /// Text whose characters are all in Windows-1252 is drawn with a simple TrueType font (one byte a character, a third
    /// of the content of two-byte glyph ids written in hex); PDFsharp gives such a font no ToUnicode map. Each gets the
    /// map of Windows-1252 to Unicode, so every character of the handout can be read back (tagged PDF, PDF/UA).
    /// </summary>
    private static void AddWinAnsiToUnicode(PdfDocument document)
    {
        // The fonts are found through the pages that use them: a few per page, where the document's list of every
        // object would be copied and sorted to find them.
        PdfDictionary? map = null;
        foreach (var page in document.Pages)
        {
            if (page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font") is not { } fonts)
            {
                continue;
            }

            foreach (var name in fonts.Elements.Keys)
            {
                if (fonts.Elements.GetDictionary(name) is { } font && font.Elements.GetName("/Type") == "/Font" && font.Elements.GetName("/Subtype") == "/TrueType"
                    && font.Elements.GetName("/Encoding") == "/WinAnsiEncoding" && !font.Elements.ContainsKey("/ToUnicode"))
                {
                    if (map is null)
                    {
                        map = new PdfDictionary(document);
                        map.CreateStream(WinAnsiCMap.ToUnicode());
                        document.Internals.AddObject(map);
                    }

                    font.Elements.SetReference("/ToUnicode", map);
                }
            }
        }
    }

    /// <summary>
    /// PDFsharp names font subsets with a random six-letter tag (ABCDEF+Name). Tags only need to differ between subsets of
    /// one file, so each is replaced in place, same length, by a tag derived from the font name and its order of appearance.
    /// The file is searched as bytes for <c>/FontName</c> or <c>/BaseFont</c>, optional white space, <c>/</c>, six capitals, <c>+</c>.
    /// </summary>
    private static void FixSubsetTags(Span<byte> pdf)
    {
        var replacements = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var fontName = Find(pdf, 0, "/FontName"u8);
        var baseFont = Find(pdf, 0, "/BaseFont"u8);
        while (fontName >= 0 || baseFont >= 0)
        {
            var start = baseFont < 0 || (fontName >= 0 && fontName < baseFont) ? fontName : baseFont;
            if (start == fontName)
            {
                fontName = Find(pdf, start + 1, "/FontName"u8);
            }
            else
            {
                baseFont = Find(pdf, start + 1, "/BaseFont"u8);
            }

            var i = start + 9;
            while (i < pdf.Length && IsSpace(pdf[i]))
            {
                i++;
            }

            if (i + 8 > pdf.Length || pdf[i] != '/' || pdf[i + 7] != '+')
            {
                continue;
            }

            var tagStart = i + 1;
            var tagBytes = pdf.Slice(tagStart, 6);
            if (tagBytes.ContainsAnyExceptInRange((byte)'A', (byte)'Z'))
            {
                continue;
            }

            var nameStart = tagStart + 7;
            var nameEnd = nameStart;
            while (nameEnd < pdf.Length && !IsSpace(pdf[nameEnd]) && pdf[nameEnd] is not ((byte)'/' or (byte)'[' or (byte)'<' or (byte)'>' or (byte)'(' or (byte)')'))
            {
                nameEnd++;
            }

            var tag = Encoding.Latin1.GetString(tagBytes);
            if (!replacements.TryGetValue(tag, out var replacement))
            {
                var hash = SHA256.HashData([.. Encoding.Latin1.GetBytes($"{replacements.Count}:"), .. pdf[nameStart..nameEnd]]);
                replacement = [.. hash.AsSpan(0, 6).ToArray().Select(b => (byte)('A' + (b % 26)))];
                replacements[tag] = replacement;
            }

            replacement.CopyTo(pdf[tagStart..]);
            // Like a regular expression, the search goes on after the end of this match.
            fontName = fontName >= 0 && fontName < nameEnd ? Find(pdf, nameEnd, "/FontName"u8) : fontName;
            baseFont = baseFont >= 0 && baseFont < nameEnd ? Find(pdf, nameEnd, "/BaseFont"u8) : baseFont;
        }
    }

    /// <summary>Where <paramref name="key"/> next occurs from <paramref name="from"/> on; -1 when it does not.</summary>
    private static int Find(ReadOnlySpan<byte> pdf, int from, ReadOnlySpan<byte> key)
    {
        var found = pdf[from..].IndexOf(key);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>White space as the regular expression class \s sees a Latin-1 character.</summary>
    private static bool IsSpace(byte b) => b is (byte)' ' or (>= 0x09 and <= 0x0D) or 0x85 or 0xA0;

    /// <summary>PDFsharp writes random UUIDs into the XMP metadata; they become UUIDs derived from the document identifier (same length, in place).</summary>
    private static void FixXmpIdentifiers(Span<byte> pdf, byte[] documentId)
    {
        var at = 0;
        while (true)
        {
            var next = pdf[at..].IndexOf("<xmpMM:"u8);
            if (next < 0)
            {
                return;
            }

            var kindStart = at + next + 7;
            at = kindStart;
            var kindEnd = kindStart;
            while (kindEnd < pdf.Length && IsWordCharacter(pdf[kindEnd]))
            {
                kindEnd++;
            }

            var uuidStart = kindEnd + 6;
            if (kindEnd == kindStart || uuidStart + 37 > pdf.Length || !pdf[kindEnd..].StartsWith(">uuid:"u8) || pdf[uuidStart + 36] != '<'
                || pdf.Slice(uuidStart, 36).ContainsAnyExcept("0123456789abcdefABCDEF-"u8))
            {
                continue;
            }

            var hash = SHA256.HashData([.. documentId, .. pdf[kindStart..kindEnd]]);
            var uuid = new Guid(hash.AsSpan(0, 16)).ToString("D");
            Encoding.ASCII.GetBytes(uuid).CopyTo(pdf[uuidStart..]);
            at = uuidStart + 37;
        }
    }

    /// <summary>A Latin-1 character of the regular expression class \w (letters, marks, digits, connectors).</summary>
    private static bool IsWordCharacter(byte b) => char.GetUnicodeCategory((char)b) is
        System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
        or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
        or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation;

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
