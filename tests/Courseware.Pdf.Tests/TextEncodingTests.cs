using System.IO.Compression;
using System.Text;
using Courseware.Export;
using Courseware.Pdf.Backend;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit;
using static Courseware.Pdf.Tests.PdfReading;

namespace Courseware.Pdf.Tests;

public class TextEncodingTests
{
    private const string Specials = "Prix : 12 € – œuvre « Šárka » … ‘guillemets’ “anglais” — 50 ‰ ™ • ƒ Ÿ ž Œ";

    [Fact]
    public void Content_streams_compressed_by_the_exporter_inflate_to_the_same_bytes_with_a_checksum()
    {
        var content = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i => $"BT /F1 10 Tf 72 {700 - i} Td (ligne {i}) Tj ET\n")));

        var compressed = ContentStreams.Deflate(content);

        Assert.True(compressed.Length < content.Length / 3);
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        Assert.Equal(content, inflated.ToArray());
        // RFC 1950: the stream ends with the Adler-32 checksum of the uncompressed bytes, big-endian.
        uint a = 1, b = 0;
        foreach (var x in content)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }

        Assert.Equal((b << 16) | a, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(compressed.AsSpan(compressed.Length - 4)));
    }

    [Fact]
    public void The_winansi_map_gives_each_defined_windows_1252_byte_its_character()
    {
        Assert.Equal('€', WinAnsiCMap.ToChar(0x80));
        Assert.Equal('’', WinAnsiCMap.ToChar(0x92));
        Assert.Equal('Ÿ', WinAnsiCMap.ToChar(0x9F));
        Assert.Equal('é', WinAnsiCMap.ToChar(0xE9));
        Assert.Equal('A', WinAnsiCMap.ToChar(0x41));
        Assert.Null(WinAnsiCMap.ToChar(0x81));
        Assert.Null(WinAnsiCMap.ToChar(0x7F));
        Assert.Null(WinAnsiCMap.ToChar(0x0A));
        var cmap = Encoding.ASCII.GetString(WinAnsiCMap.ToUnicode());
        Assert.Equal(256 - 32 - 1 - 5, cmap.Split('\n').Count(l => l.StartsWith('<') && l.Length == 11));
        Assert.Contains("<80> <20AC>", cmap, StringComparison.Ordinal);
        Assert.All(cmap.Split('\n').Where(l => l.EndsWith("beginbfchar", StringComparison.Ordinal)), l => Assert.True(int.Parse(l.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) <= 100));
    }

    [Fact]
    public void Windows_1252_text_is_drawn_with_simple_fonts_that_map_back_to_the_same_characters()
    {
        var b = new TestCourseBuilder("Encodage", "fr-FR");
        b.AddPage(b.Root, "page.md", "Encodage", $"# Encodage\n\n{Specials}\n\nFlèche → et *{Specials}* et **gras** et `code € ‘x’`.\n");
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(b.Build(), context);
        var pdf = sink.Files.Single().Value;

        var text = Normalize(AllText(pdf));
        Assert.Contains(Normalize(Specials), text, StringComparison.Ordinal);
        Assert.Contains("Flèche → et", text, StringComparison.Ordinal);
        Assert.Contains("code € ‘x’", text, StringComparison.Ordinal);

        using var document = PdfDocument.Open(pdf);
        var fonts = document.GetPages().SelectMany(p => p.Dictionary.Data.TryGetValue("Resources", out var r) ? FontsOf(document, r) : []).ToList();
        var simple = fonts.Where(f => f.Data["Subtype"] is NameToken { Data: "TrueType" }).ToList();
        Assert.NotEmpty(simple);
        Assert.All(simple, f => Assert.Equal("WinAnsiEncoding", Assert.IsType<NameToken>(f.Data["Encoding"]).Data));
        Assert.All(fonts, f => Assert.True(f.Data.ContainsKey("ToUnicode"), "a font without a ToUnicode map"));
        // The arrow is not in Windows-1252: it is drawn with a two-byte (Type0) font.
        Assert.Contains(fonts, f => f.Data["Subtype"] is NameToken { Data: "Type0" });

        // Without images, every stream is one the exporter compressed (pages) or wrote plain: qpdf finds nothing to say.
        var path = TempFile(pdf);
        try
        {
            var (code, output) = Run("qpdf", "--check", path);
            Assert.Equal(0, code);
            Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
            Assert.Contains("No syntax or stream encoding errors found", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<DictionaryToken> FontsOf(PdfDocument document, IToken resources)
    {
        var dictionary = Resolve<DictionaryToken>(document, resources);
        if (dictionary is null || !dictionary.Data.TryGetValue("Font", out var fonts) || Resolve<DictionaryToken>(document, fonts) is not { } table)
        {
            return [];
        }

        return table.Data.Values.Select(v => Resolve<DictionaryToken>(document, v)).OfType<DictionaryToken>();
    }

    private static T? Resolve<T>(PdfDocument document, IToken token)
        where T : class, IToken =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data as T : token as T;
}
