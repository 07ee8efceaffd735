using System.IO.Abstractions.TestingHelpers;
using System.Text;
using Courseware.Loading;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>SVG images in Word: a picture every reader shows, with the SVG attached for Word 2016 and later.</summary>
public sealed class SvgImageTests
{
    // 200 × 100 CSS pixels; an image it links to on a server, which must be left out of the copy in the document.
    private const string Diagram = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100">
          <rect width="200" height="100" fill="#2060c0"/>
          <text x="10" y="60" font-size="30" fill="white">Serveur</text>
          <image x="150" y="0" width="50" height="50" xlink:href="https://tracker.example.org/pixel.png"/>
        </svg>
        """;

    private static (IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<Courseware.Diagnostics.Diagnostic> Diagnostics) Export()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData("# Schémas\n\n![Architecture du service](archi.svg)\n\n![Schéma abîmé](abime.svg)\n"));
        fs.AddFile("/c/archi.svg", new MockFileData(Encoding.UTF8.GetBytes(Diagram)));
        fs.AddFile("/c/abime.svg", new MockFileData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect"u8.ToArray()));
        var course = CourseLoader.Load(fs, "/c");
        var (sink, context) = RunExport(course);
        return (sink.Files, context.Diagnostics.ToList());
    }

    [Fact]
    public void An_svg_is_a_picture_at_its_natural_size_with_the_svg_attached_and_valid_open_xml()
    {
        var (files, diagnostics) = Export();
        using var doc = Open(files.Single(f => !f.Key.Contains("trainer", StringComparison.Ordinal)).Value);
        var main = doc.MainDocumentPart!;

        var errors = new[] { DocumentFormat.OpenXml.FileFormatVersions.Office2007, DocumentFormat.OpenXml.FileFormatVersions.Office2019 }
            .SelectMany(version => new OpenXmlValidator(version).Validate(doc))
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));

        var inline = Assert.Single(main.Document!.Descendants<Wp.Inline>());
        Assert.Equal("Architecture du service", inline.DocProperties!.Description!.Value);
        Assert.Equal(200L * 914400 / 96, inline.Extent!.Cx!.Value);
        Assert.Equal(100L * 914400 / 96, inline.Extent.Cy!.Value);

        var blip = inline.Descendants<A.Blip>().Single();
        var picture = (ImagePart)main.GetPartById(blip.Embed!.Value!);
        Assert.Equal("image/png", picture.ContentType);
        using (var png = picture.GetStream())
        using (var bitmap = SkiaSharp.SKBitmap.Decode(png))
        {
            Assert.Equal(600, bitmap.Width); // drawn at three pixels per CSS pixel
            var blue = bitmap.GetPixel(20, 20);
            Assert.True(blue.Blue > 150 && blue.Red < 80, blue.ToString());
        }

        var extension = blip.Descendants<A.BlipExtension>().Single();
        Assert.Equal("{96DAC541-7B7A-43D3-8B79-37D633B846F1}", extension.Uri!.Value);
        var svgId = extension.InnerXml.Split("r:embed=\"")[1].Split('"')[0];
        var vector = (ImagePart)main.GetPartById(svgId);
        Assert.Equal("image/svg+xml", vector.ContentType);
        using var reader = new StreamReader(vector.GetStream());
        var svg = reader.ReadToEnd();
        Assert.Contains("Serveur", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example.org", svg, StringComparison.Ordinal);

        var broken = Assert.Single(diagnostics, d => d.Code == "CW0708");
        Assert.Contains("abime.svg", broken.Message, StringComparison.Ordinal);
        Assert.Equal("README.md", broken.Location.File);
        Assert.DoesNotContain(diagnostics, d => d.Code == "CW0702");
    }

    [Fact]
    public void The_same_course_gives_the_same_document()
    {
        var first = Export().Files;
        var second = Export().Files;
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first)
        {
            Assert.Equal(bytes, second[name]);
        }
    }
}
