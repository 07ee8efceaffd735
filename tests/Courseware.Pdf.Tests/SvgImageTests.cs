using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Courseware.Export;
using Courseware.Graphics;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SkiaSharp;
using UglyToad.PdfPig;
using Xunit;

namespace Courseware.Pdf.Tests;

public class SvgImageTests
{
    // 200 × 100 CSS pixels: left half red, right half blue, a black bar along the bottom.
    private const string Diagram = """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
          <rect x="0" y="0" width="100" height="80" fill="#ff0000"/>
          <rect x="100" y="0" width="100" height="80" fill="#0000ff"/>
          <rect x="0" y="80" width="200" height="20" fill="#000000"/>
        </svg>
        """;

    private static readonly byte[] BluePng = TestCourseBuilder.Png(4, 4);

    [Fact]
    public void An_svg_is_drawn_at_print_resolution_and_shown_at_its_natural_size()
    {
        var raster = Rasterize(Diagram);

        Assert.Equal(200, raster.Width);
        Assert.Equal(100, raster.Height);
        using var bitmap = SKBitmap.Decode(raster.Png);
        Assert.Equal(600, bitmap.Width);
        Assert.Equal(300, bitmap.Height);
        AssertColour(bitmap.GetPixel(150, 120), 255, 0, 0);
        AssertColour(bitmap.GetPixel(450, 120), 0, 0, 255);
        AssertColour(bitmap.GetPixel(300, 280), 0, 0, 0);

        var image = ImageData.FromSvg(raster, "schema.svg")!;
        var element = new ImageElement(image, "Schéma", 500);
        Assert.Equal(150, element.NaturalSize.Width, 3);
        Assert.Equal(75, element.NaturalSize.Height, 3);
    }

    [Fact]
    public void A_large_svg_is_drawn_at_most_3000_pixels_a_side()
    {
        var raster = Rasterize("""<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="500"><rect width="2000" height="500" fill="green"/></svg>""");
        using var bitmap = SKBitmap.Decode(raster.Png);
        Assert.Equal(3000, bitmap.Width);
        Assert.Equal(750, bitmap.Height);
    }

    [Theory]
    [InlineData("width=\"100%\" height=\"100%\" viewBox=\"0 0 800 400\"", 800, 400)]
    [InlineData("viewBox=\"0 0 300 150\"", 300, 150)]
    [InlineData("width=\"120\" height=\"60\"", 120, 60)]
    public void The_natural_size_comes_from_width_and_height_else_the_view_box(string size, double width, double height)
    {
        var raster = Rasterize($"<svg xmlns=\"http://www.w3.org/2000/svg\" {size}><rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"teal\"/></svg>");
        Assert.Equal(width, raster.Width, 1);
        Assert.Equal(height, raster.Height, 1);
    }

    [Fact]
    public void A_size_the_renderer_cannot_resolve_is_reported_not_drawn_as_a_dot()
    {
        var raster = SvgRasterizer.TryRasterize("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20em\" height=\"10em\"><rect width=\"100%\" height=\"100%\"/></svg>"u8.ToArray(), LayoutTestKit.FontSet, out var error);
        Assert.Null(raster);
        Assert.Contains("no drawable size", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_in_an_svg_is_drawn_with_the_handout_fonts()
    {
        const string text = """<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="5" y="30" font-family="Some Font Nobody Has" font-size="24">Serveur</text></svg>""";
        var withFonts = Rasterize(text);
        var withoutFonts = SvgRasterizer.TryRasterize(Encoding.UTF8.GetBytes(text), null, out _)!;

        Assert.True(DarkPixels(withFonts.Png) > 500, "the text is drawn");
        Assert.Equal(0, DarkPixels(withoutFonts.Png));
    }

    [Fact]
    public void An_svg_never_fetches_what_it_links_to_outside_its_file()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var outside = Path.Combine(Path.GetTempPath(), $"courseware-svg-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(outside, BluePng);
        try
        {
            var data = "data:image/png;base64," + Convert.ToBase64String(BluePng);
            var raster = Rasterize($"""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="300" height="100">
                  <style>@import url("http://127.0.0.1:{port}/style.css"); rect.remote {"{"} fill: url("http://127.0.0.1:{port}/paint.svg#p") {"}"}</style>
                  <image x="0" y="0" width="100" height="100" xlink:href="http://127.0.0.1:{port}/remote.png"/>
                  <image x="100" y="0" width="100" height="100" href="file://{outside}"/>
                  <image x="200" y="0" width="100" height="100" href="{data}"/>
                  <script href="http://127.0.0.1:{port}/script.js"/>
                </svg>
                """);

            Assert.False(listener.Pending(), "no connection was made to the address in the SVG");
            using var bitmap = SKBitmap.Decode(raster.Png);
            AssertColour(bitmap.GetPixel(150, 150), 255, 255, 255); // remote image: left out
            AssertColour(bitmap.GetPixel(450, 150), 255, 255, 255); // file outside the course: left out
            var embedded = bitmap.GetPixel(750, 150); // an image carried by the SVG itself is drawn (the PNG is blue-grey)
            Assert.True(embedded.Blue is > 180 and < 220 && embedded.Red < 230, embedded.ToString());
        }
        finally
        {
            File.Delete(outside);
            listener.Stop();
        }
    }

    [Fact]
    public void Entities_that_expand_without_bound_fail_with_a_reason()
    {
        var svg = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a0 \"hahahahahahahahahaha\">");
        for (var i = 1; i < 10; i++)
        {
            svg.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY a{i} \"&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};&a{i - 1};\">");
        }

        svg.Append("]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&a9;</text></svg>");

        var raster = SvgRasterizer.TryRasterize(Encoding.UTF8.GetBytes(svg.ToString()), LayoutTestKit.FontSet, out var error);

        Assert.Null(raster);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void A_compressed_svgz_is_read_and_drawing_is_reproducible()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Diagram));
        }

        var first = SvgRasterizer.TryRasterize(compressed.ToArray(), LayoutTestKit.FontSet, out _);
        var second = SvgRasterizer.TryRasterize(Encoding.UTF8.GetBytes(Diagram), LayoutTestKit.FontSet, out _);

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(first.Png, second.Png);
    }

    [Fact]
    public void An_svg_in_a_course_is_embedded_in_the_handout_and_a_broken_one_is_reported()
    {
        var b = new TestCourseBuilder("Schémas", "fr-FR");
        var page = b.AddPage(b.Root, "schemas.md", "Schémas", "# Schémas\n\n![Architecture du service](archi.svg)\n\n![Schéma abîmé](abime.svg)\n");
        var assets = new Dictionary<string, Asset>
        {
            ["archi.svg"] = b.AddImage("archi.svg", Encoding.UTF8.GetBytes(Diagram)),
            ["abime.svg"] = b.AddImage("abime.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect"u8.ToArray()),
        };
        foreach (var image in page.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            TestCourseBuilder.Resolve(image, new ResolvedLink(LinkTargetKind.Asset, image.Url!, Asset: assets[image.Url!]));
        }

        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(b.Build(), context);

        var diagnostics = context.Diagnostics.ToList();
        var broken = Assert.Single(diagnostics, d => d.Code is "CW0603" or "CW0604");
        Assert.Equal("CW0604", broken.Code);
        Assert.Contains("abime.svg", broken.Message, StringComparison.Ordinal);

        using var document = PdfDocument.Open(sink.Files.Single(f => f.Key.EndsWith(".pdf", StringComparison.Ordinal)).Value);
        var imagePage = document.GetPages().Single(p => p.Text.Contains("abîmé", StringComparison.Ordinal));
        var drawn = Assert.Single(imagePage.GetImages());
        Assert.Equal(600, drawn.WidthInSamples);
        Assert.Equal(300, drawn.HeightInSamples);
        Assert.Equal(150, drawn.BoundingBox.Width, 1);
        Assert.Equal(75, drawn.BoundingBox.Height, 1);
        Assert.Contains("[Schéma abîmé]", PdfReading.PageText(imagePage), StringComparison.Ordinal);
    }

    private static SvgRaster Rasterize(string svg)
    {
        var raster = SvgRasterizer.TryRasterize(Encoding.UTF8.GetBytes(svg), LayoutTestKit.FontSet, out var error);
        Assert.True(raster is not null, error);
        return raster;
    }

    private static int DarkPixels(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                count += c.Red + c.Green + c.Blue < 200 ? 1 : 0;
            }
        }

        return count;
    }

    private static void AssertColour(SKColor colour, byte red, byte green, byte blue) =>
        Assert.True(Math.Abs(colour.Red - red) <= 8 && Math.Abs(colour.Green - green) <= 8 && Math.Abs(colour.Blue - blue) <= 8, $"expected ({red},{green},{blue}), got {colour}");
}
