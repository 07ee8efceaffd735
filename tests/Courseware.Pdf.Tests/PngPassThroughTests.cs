using System.IO.Compression;
using Courseware.Export;
using Courseware.Model;
using Courseware.Pdf.Backend;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace Courseware.Pdf.Tests;

public class PngPassThroughTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    public void An_8_bit_grey_or_rgb_png_gives_its_joined_image_data(int colorType, int colors)
    {
        var png = TestCourseBuilder.Png(23, 17, colorType, idatChunks: 3);

        var stream = PngImageStream.TryRead(png);

        Assert.NotNull(stream);
        Assert.Equal((23, 17, colors), (stream.Width, stream.Height, stream.Colors));
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(stream.Data), CompressionMode.Decompress))
        {
            z.CopyTo(inflated);
        }

        var rows = inflated.ToArray().Chunk((23 * colors) + 1).ToList();
        Assert.Equal(17, rows.Count);
        Assert.Equal([0, 1, 2, 3, 4, 0, 1], rows.Take(7).Select(r => (int)r[0]));
    }

    [Fact]
    public void Pngs_that_need_decoding_or_are_damaged_are_left_to_the_pdf_library()
    {
        var rgb = TestCourseBuilder.Png(20, 10, 2);
        Assert.Null(PngImageStream.TryRead(TestCourseBuilder.Png(20, 10, 6))); // alpha: needs a soft mask
        Assert.Null(PngImageStream.TryRead(TestCourseBuilder.Png(20, 10, 4)));
        Assert.Null(PngImageStream.TryRead(TestCourseBuilder.Png(20, 10, 2, transparentColor: true)));
        Assert.Null(PngImageStream.TryRead([.. rgb[..33], .. Enumerable.Repeat((byte)0x5A, 64)])); // header, then no chunks
        var idat = rgb.AsSpan().IndexOf("IDAT"u8);
        var damaged = rgb.ToArray();
        damaged[idat + 40] ^= 0xFF; // inside the compressed rows
        Assert.Null(PngImageStream.TryRead(damaged));
        var interlaced = rgb.ToArray();
        interlaced[28] = 1;
        Assert.Null(PngImageStream.TryRead(interlaced));
    }

    [Fact]
    public void Embedded_pngs_show_their_pixels_whether_passed_through_or_decoded()
    {
        var b = new TestCourseBuilder("Images", "en-GB");
        var page = b.AddPage(b.Root, "images.md", "Images", "# Images\n\n![Grey](g.png)\n\n![Colour](c.png)\n\n![Alpha](a.png)\n\n![Colour again](c.png)\n");
        var files = new Dictionary<string, byte[]>
        {
            ["g.png"] = TestCourseBuilder.Png(31, 9, 0, idatChunks: 2),
            ["c.png"] = TestCourseBuilder.Png(40, 12, 2, idatChunks: 4),
            ["a.png"] = TestCourseBuilder.Png(16, 8, 6),
        };
        var assets = files.ToDictionary(f => f.Key, f => b.AddImage(f.Key, f.Value));
        foreach (var image in page.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            TestCourseBuilder.Resolve(image, new ResolvedLink(LinkTargetKind.Asset, image.Url!, Asset: assets[image.Url!]));
        }

        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner, Edition.Trainer] } };
        new PdfExporter().Export(b.Build(), context);
        Assert.Empty(context.Diagnostics.ToList());

        foreach (var file in new[] { "cours-essai-handout.pdf", "cours-essai-handout-trainer.pdf" })
        {
            using var document = PdfDocument.Open(sink.Files[file]);
            var images = document.GetPages().SelectMany(p => p.GetImages()).ToList();
            Assert.Equal(4, images.Count);
            var grey = images.Single(i => i.WidthInSamples == 31);
            var colours = images.Where(i => i.WidthInSamples == 40).ToList();
            var alpha = images.Single(i => i.WidthInSamples == 16);
            foreach (var (image, colorType) in new[] { (grey, 0), (colours[0], 2), (colours[1], 2) })
            {
                var parameters = Assert.IsType<DictionaryToken>(image.ImageDictionary.Data["DecodeParms"]);
                Assert.Equal(15, Assert.IsType<NumericToken>(parameters.Data["Predictor"]).Int);
                Assert.True(image.TryGetBytesAsMemory(out var pixels));
                Assert.Equal(TestCourseBuilder.PngPixels(image.WidthInSamples, image.HeightInSamples, colorType), pixels.ToArray());
            }

            // The same file is one image object, used twice.
            Assert.Equal(colours[0].RawMemory.ToArray(), colours[1].RawMemory.ToArray());
            Assert.False(alpha.ImageDictionary.Data.ContainsKey("DecodeParms"));
            Assert.NotNull(alpha.MaskImage);
        }
    }
}
