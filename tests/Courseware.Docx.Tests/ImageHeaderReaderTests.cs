using Courseware.Docx.Media;
using Xunit;

namespace Courseware.Docx.Tests;

public sealed class ImageHeaderReaderTests
{
    [Fact]
    public void Png_size_and_resolution_come_from_ihdr_and_phys()
    {
        var header = ImageHeaderReader.Read(TestImages.Png(300, 200, 1, 2, 3, dpi: 150));
        Assert.Equal(new ImageHeader(ImageFormat.Png, 300, 200, 150, 150), header);
    }

    [Fact]
    public void The_first_bytes_decide_the_header_only_when_they_reach_it()
    {
        const int first = 64 * 1024;
        var plain = TestImages.Png(300, 200, 1, 2, 3, dpi: 150);
        var late = TestImages.Png(300, 200, 1, 2, 3, dpi: 150, textBytes: 100_000);
        var jpeg = TestImages.JpegHeader(640, 480, 300);
        var lateJpeg = TestImages.JpegHeader(640, 480, 300, appSegments: 2);

        Assert.True(ImageHeaderReader.IsDecidedBy(plain));
        Assert.True(ImageHeaderReader.IsDecidedBy(jpeg));
        Assert.True(ImageHeaderReader.IsDecidedBy(TestImages.Gif()));
        Assert.True(ImageHeaderReader.IsDecidedBy("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8));
        Assert.False(ImageHeaderReader.IsDecidedBy(late.AsSpan(0, first)), "the PNG's pHYs comes after the first bytes");
        Assert.False(ImageHeaderReader.IsDecidedBy(lateJpeg.AsSpan(0, first)), "the JPEG's frame header comes after the first bytes");

        // Read whole, they give the same header as the plain files.
        Assert.Equal(ImageHeaderReader.Read(plain), ImageHeaderReader.Read(late));
        Assert.Equal(ImageHeaderReader.Read(jpeg), ImageHeaderReader.Read(lateJpeg));
        Assert.Equal(96, ImageHeaderReader.Read(late.AsSpan(0, first))!.DpiX); // which is why the whole file is then read
    }

    [Fact]
    public void Png_without_phys_is_96_dpi()
    {
        Assert.Equal(96, ImageHeaderReader.Read(TestImages.Png(10, 10, 0, 0, 0))!.DpiX);
    }

    [Fact]
    public void Jpeg_size_comes_from_the_frame_header_and_resolution_from_jfif()
    {
        Assert.Equal(new ImageHeader(ImageFormat.Jpeg, 640, 480, 300, 300), ImageHeaderReader.Read(TestImages.JpegHeader(640, 480, 300)));
    }

    [Fact]
    public void Gif_size_comes_from_the_screen_descriptor()
    {
        Assert.Equal(new ImageHeader(ImageFormat.Gif, 1, 1, 96, 96), ImageHeaderReader.Read(TestImages.Gif()));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("")]
    [InlineData("\u0089PNG\r\n\u001a\n")]
    public void Other_or_truncated_files_are_not_images(string content)
    {
        Assert.Null(ImageHeaderReader.Read(System.Text.Encoding.Latin1.GetBytes(content)));
    }

    [Fact]
    public void Size_fits_the_width_and_keeps_the_aspect_ratio()
    {
        var header = new ImageHeader(ImageFormat.Png, 2000, 1000, 96, 96);
        var (w, h) = ImageDrawing.Size(header, maxWidth: 914400, maxHeight: 10 * 914400);
        Assert.Equal(914400, w);
        Assert.Equal(457200, h);
        var tall = ImageDrawing.Size(new ImageHeader(ImageFormat.Png, 100, 4000, 96, 96), 914400 * 6, 914400 * 9);
        Assert.Equal(914400 * 9, tall.Height);
        Assert.Equal(914400 * 9 / 40, tall.Width);
    }

    [Fact]
    public void Html_width_and_height_are_css_pixels_and_still_fit_the_page()
    {
        var header = new ImageHeader(ImageFormat.Png, 400, 200, 72, 72);
        Assert.Equal((100 * 9525L, 50 * 9525L), ImageDrawing.Size(header, 914400 * 6, 914400 * 9, new ImageSizeHint(100, null, false)));
        Assert.Equal((100 * 9525L, 80 * 9525L), ImageDrawing.Size(header, 914400 * 6, 914400 * 9, new ImageSizeHint(100, 80, false)));
        Assert.Equal((914400L * 6, 914400L * 3), ImageDrawing.Size(header, 914400 * 6, 914400 * 9, new ImageSizeHint(5000, null, false)));
        Assert.Equal((32 * 9525L, 16 * 9525L), ImageDrawing.Size(header, 914400 * 6, 914400 * 9, new ImageSizeHint(null, null, true)));
    }
}
