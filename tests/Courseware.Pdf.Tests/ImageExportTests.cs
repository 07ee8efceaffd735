using Courseware.Export;
using Courseware.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig;
using Xunit;

namespace Courseware.Pdf.Tests;

public class ImageExportTests
{
    // A 1×1 GIF and a 1×1 baseline JPEG.
    private static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    private static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=");

    [Fact]
    public void An_image_that_cannot_be_decoded_is_reported_at_its_file()
    {
        var b = new TestCourseBuilder("Images", "fr-FR");
        var page = b.AddPage(b.Root, "images.md", "Images", "# Images\n\n![Un graphique abîmé](.gitbook/assets/abime.png)\n");
        var png = TestCourseBuilder.Png(40, 20);
        var broken = png[..33].Concat(Enumerable.Repeat((byte)0x5A, 64)).ToArray(); // a valid header, then no image data
        var asset = b.AddImage(".gitbook/assets/abime.png", broken);
        foreach (var image in page.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            TestCourseBuilder.Resolve(image, new ResolvedLink(LinkTargetKind.Asset, image.Url!, Asset: asset));
        }

        var context = new ExportContext { Output = new MemoryOutputSink(), Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(b.Build(), context);

        var unreadable = context.Diagnostics.ToList().Where(d => d.Code is "CW0604" or "CW0603").ToList();
        var d = Assert.Single(unreadable);
        Assert.Equal(".gitbook/assets/abime.png", d.Location.File);
        Assert.Contains(".gitbook/assets/abime.png", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_jpeg_gif_and_svg_are_embedded_and_other_formats_print_their_alt_text_with_a_warning()
    {
        var b = new TestCourseBuilder("Images", "en-GB");
        var page = b.AddPage(b.Root, "images.md", "Images", """
            # Images

            ![A PNG chart](a.png)

            ![A JPEG photo](b.jpg)

            ![A GIF icon](c.gif)

            ![A WebP picture](d.webp)

            ![An SVG diagram](e.svg)

            ![A remote badge](https://img.example.org/badge.png)
            """);
        var assets = new Dictionary<string, Asset>
        {
            ["a.png"] = b.AddImage("a.png", TestCourseBuilder.Png(40, 20)),
            ["b.jpg"] = b.AddImage("b.jpg", Jpeg),
            ["c.gif"] = b.AddImage("c.gif", Gif),
            ["d.webp"] = b.AddImage("d.webp", "RIFF\0\0\0\0WEBPVP8 "u8.ToArray()),
            ["e.svg"] = b.AddImage("e.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"teal\"/></svg>"u8.ToArray()),
        };
        foreach (var image in page.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            TestCourseBuilder.Resolve(image, assets.TryGetValue(image.Url!, out var asset)
                ? new ResolvedLink(LinkTargetKind.Asset, image.Url!, Asset: asset)
                : new ResolvedLink(LinkTargetKind.External, image.Url!, ExternalUrl: image.Url));
        }

        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(b.Build(), context);

        var diagnostics = context.Diagnostics.ToList();
        Assert.True(!diagnostics.Any(d => d.Code == "CW0604"), string.Join("\n", diagnostics));
        Assert.Equal(["d.webp"], diagnostics.Where(d => d.Code == "CW0603").Select(d => d.Message.Split('\'')[1]));
        Assert.Contains(diagnostics, d => d.Code == "CW0605" && d.Message.Contains("https://img.example.org/badge.png", StringComparison.Ordinal));
        Assert.All(diagnostics.Where(d => d.Code is "CW0603" or "CW0605"), d => Assert.Equal("images.md", d.Location.File));

        using var document = PdfDocument.Open(sink.Files["cours-essai-handout.pdf"]);
        var imagePage = document.GetPages().Single(p => p.Text.Contains("WebP", StringComparison.Ordinal));
        Assert.Equal(4, imagePage.GetImages().Count());
        var text = PdfReading.PageText(imagePage);
        Assert.Contains("[A WebP picture]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SVG diagram", text, StringComparison.Ordinal);
        Assert.Contains("[A remote badge] <https://img.example.org/badge.png>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("A PNG chart", text, StringComparison.Ordinal);
    }
}
