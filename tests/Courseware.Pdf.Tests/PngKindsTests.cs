using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;
using Courseware.Pdf.Backend;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PdfSharp.Drawing;
using StbImageSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;
using Xunit;

namespace Courseware.Pdf.Tests;

public class PngKindsTests
{
    /// <summary>Every kind of PNG: each allowed bit depth and colour type, plain and interlaced, opaque and transparent.</summary>
    public static TheoryData<int, int, bool, bool> AllKinds()
    {
        var data = new TheoryData<int, int, bool, bool>();
        foreach (var (depth, type) in PngFixture.AllowedKinds())
        {
            foreach (var interlaced in new[] { false, true })
            {
                data.Add(depth, type, interlaced, false);
                data.Add(depth, type, interlaced, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllKinds))]
    public void Every_kind_of_png_is_drawn_with_its_pixels(int bitDepth, int colorType, bool interlaced, bool transparent)
    {
        var png = PngFixture.Make(19, 11, bitDepth, colorType, interlaced, transparent);

        var (pdf, diagnostics) = Export(("p.png", png.Bytes));

        Assert.True(diagnostics.Count == 0, $"{png}: {string.Join("\n", diagnostics)}");
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPages().SelectMany(p => p.GetImages()));
        Assert.Equal((19, 11), (image.WidthInSamples, image.HeightInSamples));
        AssertPixels(png, image);
    }

    [Theory]
    [InlineData(8, 6)]
    [InlineData(8, 3)]
    public void A_png_with_bytes_after_its_end_is_drawn_like_in_a_browser(int bitDepth, int colorType)
    {
        // Some editors leave data after IEND; browsers ignore it, PDFsharp refuses the file when those bytes happen to
        // start like a chunk it cannot follow (as the ones this seed gives do).
        var png = PngFixture.Make(19, 11, bitDepth, colorType, transparent: true);
        var leftOver = new byte[1000];
        new Random(3).NextBytes(leftOver);
        var trailing = png.Bytes.Concat(leftOver).ToArray();

        var (pdf, diagnostics) = Export(("p.png", trailing));

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
        using var document = PdfDocument.Open(pdf);
        AssertPixels(png, Assert.Single(document.GetPages().SelectMany(p => p.GetImages())));
    }

    /// <summary>
    /// The kinds left to PDFsharp are exactly those it draws right: each kind is drawn by PDFsharp alone and read back.
    /// When PDFsharp learns a kind (or loses one), this fails and <see cref="PdfSharpPngSupport"/> is to be updated.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllKinds))]
    public void The_kinds_left_to_pdfsharp_are_the_ones_it_draws_right(int bitDepth, int colorType, bool interlaced, bool transparent)
    {
        var png = PngFixture.Make(19, 11, bitDepth, colorType, interlaced, transparent);

        string? problem = null;
        try
        {
            var pdf = new PdfSharp.Pdf.PdfDocument();
            using (var graphics = XGraphics.FromPdfPage(pdf.AddPage()))
            {
                graphics.DrawImage(XImage.FromStream(new MemoryStream(png.Bytes)), 10, 10, 190, 110);
            }

            using var saved = new MemoryStream();
            pdf.Save(saved);
            using var document = PdfDocument.Open(saved.ToArray());
            AssertPixels(png, Assert.Single(document.GetPages().SelectMany(p => p.GetImages())));
        }
        catch (Exception e)
        {
            problem = e.Message;
        }

        Assert.True(PdfSharpPngSupport.DrawsAsItIs(png.Bytes) == (problem is null), $"{png}: PDFsharp {problem ?? "draws it right"}");
    }

    [Theory]
    [InlineData(16, 2, false, false)]
    [InlineData(16, 6, false, true)]
    [InlineData(16, 0, false, false)]
    [InlineData(16, 4, false, true)]
    [InlineData(16, 2, true, false)]
    [InlineData(16, 6, true, true)]
    public void A_16_bit_png_is_embedded_at_its_size_opaque_ones_as_compressed_rows_and_transparent_ones_with_a_soft_mask(
        int bitDepth, int colorType, bool interlaced, bool transparent)
    {
        var png = PngFixture.Make(301, 97, bitDepth, colorType, interlaced, transparent);

        var (pdf, diagnostics) = Export(("shot.png", png.Bytes));

        Assert.Empty(diagnostics);
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPages().SelectMany(p => p.GetImages()));
        AssertPixels(png, image);
        Assert.Equal(8, image.BitsPerComponent);
        Assert.Equal(transparent, image.MaskImage is not null);
        if (!transparent)
        {
            // Opaque: the 8-bit rows go into the PDF as they are (PNG predictors), not through PDFsharp's decoder.
            var parameters = Assert.IsType<DictionaryToken>(image.ImageDictionary.Data["DecodeParms"]);
            Assert.Equal(15, Assert.IsType<NumericToken>(parameters.Data["Predictor"]).Int);
            Assert.Equal(colorType == 0 ? 1 : 3, Assert.IsType<NumericToken>(parameters.Data["Colors"]).Int);
        }
    }

    [Fact]
    public void A_handout_with_converted_images_is_the_same_bytes_every_time()
    {
        var files = new[]
        {
            ("a.png", PngFixture.Make(64, 40, 16, 2).Bytes),
            ("b.png", PngFixture.Make(33, 21, 16, 6, transparent: true).Bytes),
            ("c.png", PngFixture.Make(17, 9, 2, 0, interlaced: true).Bytes),
            ("d.gif", Gif(12, 7, transparentIndex: 2, interlaced: false)),
        };

        var (first, diagnostics) = Export(files);
        var (second, _) = Export(files);

        Assert.Empty(diagnostics);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(16, 2)]
    [InlineData(16, 6)]
    [InlineData(2, 0)]
    public void A_damaged_png_of_a_converted_kind_prints_its_alt_text_with_a_warning(int bitDepth, int colorType)
    {
        var png = PngFixture.Make(40, 30, bitDepth, colorType).Bytes;
        var idat = png.AsSpan().IndexOf("IDAT"u8);
        var truncated = png[..(idat + 20)]; // the compressed rows cut short, no IEND
        var scrambled = png.ToArray();
        for (var i = idat + 6; i < png.Length - 12; i++)
        {
            scrambled[i] ^= 0x5A;
        }

        var (pdf, diagnostics) = Export(("cut.png", truncated), ("scrambled.png", scrambled));

        Assert.Equal(["cut.png", "scrambled.png"], diagnostics.Where(d => d.Code == "CW0604").Select(d => d.Location.File).Order(StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.DoesNotContain("   at ", d.Message, StringComparison.Ordinal));
        var text = PdfReading.AllText(pdf);
        Assert.Contains("[Picture cut.png]", text, StringComparison.Ordinal);
        Assert.Contains("[Picture scrambled.png]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_converted_kind_too_large_to_decode_is_refused_before_decoding()
    {
        // A 16-bit header claiming 9,000 × 6,000 pixels (54 million, over the cap) in front of a small image's rows.
        var png = PngFixture.Make(40, 30, 16, 2).Bytes.ToArray();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), 9000);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), 6000);
        var crc = System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(12, 17));
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), crc);

        var (pdf, diagnostics) = Export(("huge.png", png));

        var refused = Assert.Single(diagnostics, d => d.Code == "CW0604");
        Assert.Contains("9000 × 6000 pixels", refused.Message, StringComparison.Ordinal);
        Assert.Contains("[Picture huge.png]", PdfReading.AllText(pdf), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    public void A_gif_shows_its_first_frame_with_its_transparency(int? transparentIndex, bool interlaced)
    {
        var gif = Gif(13, 10, transparentIndex, interlaced);

        var (pdf, diagnostics) = Export(("anim.gif", gif));

        Assert.Empty(diagnostics);
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPages().SelectMany(p => p.GetImages()));
        AssertPixels($"GIF {transparentIndex} {interlaced}", 13, 10, GifRgba(13, 10, transparentIndex), image);
        Assert.Equal(transparentIndex is not null, image.MaskImage is not null);
    }

    [Fact]
    public void A_gif_whose_first_frame_does_not_cover_the_canvas_is_transparent_around_it()
    {
        var frame = (Left: 3, Top: 2, Width: 6, Height: 5);
        var gif = Gif(13, 10, transparentIndex: null, interlaced: false, frame, background: 1);

        var (pdf, diagnostics) = Export(("framed.gif", gif));

        Assert.Empty(diagnostics);
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPages().SelectMany(p => p.GetImages()));
        var expected = GifRgba(13, 10, null);
        for (var i = 0; i < 13 * 10; i++)
        {
            var (x, y) = (i % 13, i / 13);
            if (x < frame.Left || x >= frame.Left + frame.Width || y < frame.Top || y >= frame.Top + frame.Height)
            {
                expected.AsSpan(i * 4, 4).Clear();
            }
        }

        AssertPixels("GIF with a small first frame", 13, 10, expected, image);
    }

    private static readonly byte[] GifPalette = [200, 30, 40, 20, 180, 60, 250, 250, 250, 10, 20, 230];

    private static int GifIndex(int x, int y) => ((x * 3) + (y * 2) + (x * y % 3)) % 4;

    private static byte[] GifRgba(int width, int height, int? transparentIndex)
    {
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            var index = GifIndex(i % width, i / width);
            GifPalette.AsSpan(index * 3, 3).CopyTo(rgba.AsSpan(i * 4));
            rgba[(i * 4) + 3] = (byte)(index == transparentIndex ? 0 : 255);
        }

        return rgba;
    }

    /// <summary>
    /// A two-frame GIF with a 4-colour palette; the first frame holds <see cref="GifIndex"/>, the second is a different
    /// picture that must not be shown. LZW codes stay 3 bits wide: a clear code follows every second pixel.
    /// </summary>
    private static byte[] Gif(int width, int height, int? transparentIndex, bool interlaced, (int Left, int Top, int Width, int Height)? frame = null, byte background = 0)
    {
        var (left, top, frameWidth, frameHeight) = frame ?? (0, 0, width, height);
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        gif.Write([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x91, background, 0]); // 4-colour table
        gif.Write(GifPalette);
        foreach (var frameNumber in new[] { 0, 1 })
        {
            if (transparentIndex is { } t)
            {
                gif.Write([0x21, 0xF9, 4, 1, 10, 0, (byte)t, 0]);
            }

            gif.Write([0x2C, (byte)left, 0, (byte)top, 0, (byte)frameWidth, (byte)(frameWidth >> 8), (byte)frameHeight, (byte)(frameHeight >> 8), (byte)(interlaced ? 0x40 : 0)]);
            var rows = interlaced
                ? new[] { (0, 8), (4, 8), (2, 4), (1, 2) }.SelectMany(p => Enumerable.Range(0, frameHeight).Where(y => y >= p.Item1 && (y - p.Item1) % p.Item2 == 0))
                : Enumerable.Range(0, frameHeight);
            var codes = new List<int>();
            var pixels = 0;
            foreach (var y in rows.Select(r => r + top))
            {
                for (var x = left; x < left + frameWidth; x++)
                {
                    if (pixels++ % 2 == 0)
                    {
                        codes.Add(4); // clear
                    }

                    codes.Add(frameNumber == 0 ? GifIndex(x, y) : 3 - GifIndex(x, y));
                }
            }

            codes.Add(5); // end
            var data = new List<byte>();
            int buffer = 0, bits = 0;
            foreach (var code in codes)
            {
                buffer |= code << bits;
                bits += 3;
                while (bits >= 8)
                {
                    data.Add((byte)buffer);
                    buffer >>= 8;
                    bits -= 8;
                }
            }

            if (bits > 0)
            {
                data.Add((byte)buffer);
            }

            gif.WriteByte(2); // LZW minimum code size
            foreach (var block in data.Chunk(255))
            {
                gif.WriteByte((byte)block.Length);
                gif.Write(block);
            }

            gif.WriteByte(0);
        }

        gif.WriteByte(0x3B);
        return gif.ToArray();
    }

    internal static (byte[] Pdf, IReadOnlyList<Diagnostic> Diagnostics) Export(params (string Name, byte[] Bytes)[] files)
    {
        var b = new TestCourseBuilder("Images", "en-GB");
        var page = b.AddPage(b.Root, "images.md", "Images", "# Images\n\n" + string.Concat(files.Select(f => $"![Picture {f.Name}]({f.Name})\n\n")));
        var assets = files.ToDictionary(f => f.Name, f => b.AddImage(f.Name, f.Bytes));
        foreach (var link in page.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            TestCourseBuilder.Resolve(link, new ResolvedLink(LinkTargetKind.Asset, link.Url!, Asset: assets[link.Url!]));
        }

        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } };
        new PdfExporter().Export(b.Build(), context);
        return (sink.Files["cours-essai-handout.pdf"], context.Diagnostics.ToList());
    }

    /// <summary>
    /// The image object shows the fixture's pixels: colour where the pixel is not fully transparent, and the alpha from
    /// the soft mask (or opaque when there is none).
    /// </summary>
    internal static void AssertPixels(PngFixture png, IPdfImage image) => AssertPixels(png.ToString(), png.Width, png.Height, png.Rgba, image);

    internal static void AssertPixels(string what, int width, int height, byte[] expectedRgba, IPdfImage image)
    {
        Assert.Equal((width, height), (image.WidthInSamples, image.HeightInSamples));
        var colour = Rgba(image);
        var alpha = image.MaskImage is { } mask ? Rgba(mask) : null;
        for (var i = 0; i < width * height; i++)
        {
            var expectedAlpha = expectedRgba[(i * 4) + 3];
            var actualAlpha = alpha is null ? 255 : alpha[i * 4];
            var at = $"{what}: pixel ({i % width}, {i / width})";
            Assert.True(expectedAlpha == actualAlpha, $"{at}: alpha {actualAlpha}, expected {expectedAlpha}");
            if (expectedAlpha == 0)
            {
                continue;
            }

            var expected = expectedRgba.AsSpan(i * 4, 3).ToArray();
            var actual = colour.AsSpan(i * 4, 3).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"{at}: colour {string.Join(",", actual)}, expected {string.Join(",", expected)}");
        }
    }

    /// <summary>The decoded pixels of an image object as 8-bit RGBA (PdfPig applies the colour space).</summary>
    private static byte[] Rgba(IPdfImage image)
    {
        Assert.True(image.TryGetPng(out var png), "PdfPig could not decode the image object");
        var decoded = ImageResult.FromMemory(png, ColorComponents.RedGreenBlueAlpha);
        Assert.Equal((image.WidthInSamples, image.HeightInSamples), (decoded.Width, decoded.Height));
        return decoded.Data;
    }
}
