using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Courseware.Docx.Packaging;
using Courseware.Docx.WordXml;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>The markup writer the body, footnotes and numbering are written with, and the parts it writes.</summary>
public sealed class WordXmlTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    [Fact]
    public void Text_and_attribute_values_read_back_as_written_less_what_XML_cannot_hold()
    {
        const string value = "a & b < c > d \"quoted\" 'single' tab\there é 😀 end";
        var markup = WordXmlWriter.ToMarkup(writer =>
        {
            writer.Raw("<w:root xmlns:w=\"" + W + "\">");
            writer.Open("w:e");
            writer.Attribute("w:val", value + "\nline\r\nnext");
            writer.EndStart();
            writer.Text(value + "\u0001\u0008\uFFFE\uFFFF" + "\uD800" + "!");
            writer.Close("w:e");
            writer.Raw("</w:root>");
        });

        var element = XDocument.Parse(markup).Root!.Element(XName.Get("e", W))!;
        Assert.Equal(value + "\nline\r\nnext", element.Attribute(XName.Get("val", W))!.Value);
        Assert.Equal(value + "!", element.Value);
    }

    [Fact]
    public void Numbers_are_written_without_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture whose minus sign is not '-'.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");
            var markup = WordXmlWriter.ToMarkup(writer => writer.Empty("w:footnote", "w:id", -1));
            Assert.Equal("<w:footnote w:id=\"-1\" />", markup);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Paragraph_properties_come_in_schema_order_and_an_empty_element_closes_itself()
    {
        var paragraph = new WordParagraph("BodyText") { Justification = "center", Numbering = (3, 1), KeepNext = true };
        paragraph.Append(new WordTextRun(null, "texte"));
        paragraph.Append(new WordElement("w:bookmarkEnd").Attribute("w:id", "7"));
        var markup = WordXmlWriter.ToMarkup(paragraph.WriteTo);
        Assert.Equal(
            "<w:p><w:pPr><w:pStyle w:val=\"BodyText\" /><w:keepNext /><w:numPr><w:ilvl w:val=\"1\" /><w:numId w:val=\"3\" /></w:numPr><w:jc w:val=\"center\" /></w:pPr>"
            + "<w:r><w:t xml:space=\"preserve\">texte</w:t></w:r><w:bookmarkEnd w:id=\"7\" /></w:p>",
            markup);
        Assert.Equal("texte", paragraph.InnerText());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(SpoolBuffer.RawLimit)]
    public void Spool_gives_back_every_flushed_page_in_order_and_keeps_none_in_memory(int rawLimit)
    {
        using var spool = new BodySpool(rawLimit);
        var page = new WordElement("w:body");
        var expected = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            var paragraph = new WordParagraph("BodyText").Append(new WordTextRun(null, "page " + i));
            page.Append(paragraph);
            expected.Append(WordXmlWriter.ToMarkup(paragraph.WriteTo));
            spool.Flush(page);
            Assert.Equal(0, page.Count);
        }

        using var copy = new MemoryStream();
        spool.CopyTo(copy);
        Assert.Equal(expected.ToString(), Encoding.UTF8.GetString(copy.ToArray()));
    }

    [Fact]
    public void Spool_buffer_deflates_only_past_its_raw_limit()
    {
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7 % 251)).ToArray();
        using var buffer = new SpoolBuffer(100_000);
        buffer.Write(bytes, 0, 99_999);
        Assert.False(buffer.IsCompressing);
        buffer.Write(bytes, 99_999, 2);
        Assert.True(buffer.IsCompressing);
        buffer.Write(bytes.AsSpan(100_001));
        using var copy = new MemoryStream();
        buffer.WriteTo(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public void Parts_written_as_markup_declare_their_prefixes_on_the_root_only()
    {
        var (sink, _) = RunExport(TestCourse.Build());
        using var zip = new ZipArchive(new MemoryStream(sink.Files["formation-essai.docx"]), ZipArchiveMode.Read);
        foreach (var name in new[] { "word/document.xml", "word/footnotes.xml", "word/numbering.xml" })
        {
            using var stream = zip.GetEntry(name)!.Open();
            using var reader = XmlReader.Create(stream);
            var elements = 0;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                elements++;
                var declarations = 0;
                for (var moved = reader.MoveToFirstAttribute(); moved; moved = reader.MoveToNextAttribute())
                {
                    declarations += reader.Prefix == "xmlns" || reader.Name == "xmlns" ? 1 : 0;
                }

                reader.MoveToElement();
                Assert.True(reader.Depth == 0 || declarations == 0, $"{name}: <{reader.Name}> declares a namespace");
            }

            Assert.True(elements > 3, name);
        }
    }

    [Fact]
    public void Image_parts_hold_the_bytes_of_the_course_files()
    {
        var course = TestCourse.Build();
        var (sink, _) = RunExport(course);
        using var doc = Open(sink.Files["formation-essai.docx"]);
        var parts = doc.MainDocumentPart!.ImageParts.Select(part =>
        {
            using var stream = part.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }).ToList();
        foreach (var path in new[] { TestCourse.LogoPath, TestCourse.PhotoPath, TestCourse.IconPath })
        {
            var bytes = course.FileSystem.File.ReadAllBytes(course.FileSystem.Path.Combine(TestCourse.Root, path));
            Assert.Single(parts, p => p.AsSpan().SequenceEqual(bytes));
        }
    }
}

/// <summary>Whitespace collapsing used for headings, alt text and table widths.</summary>
public sealed class TextCollapseTests
{
    [Fact]
    public void Collapse_and_longest_word_agree_with_splitting_on_whitespace()
    {
        var random = new Random(6);
        var alphabet = new[] { 'a', 'é', ' ', ' ', '\t', '\n', '\u00A0', '\u2003', 'Z', "😀"[0], "😀"[1] };
        for (var n = 0; n < 2000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(string.Join(' ', words), Courseware.Loading.PageText.Collapse(text));
            Assert.Equal(words.Select(w => w.Length).DefaultIfEmpty(0).Max(), Courseware.Docx.Rendering.DocxRenderer.LongestWord(text));
        }
    }
}
