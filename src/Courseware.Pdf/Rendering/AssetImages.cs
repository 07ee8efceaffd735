using Courseware.Export;
using Courseware.Graphics;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;

namespace Courseware.Pdf.Rendering;

/// <summary>What reading one asset as an image gave: the image, or why there is none.</summary>
internal readonly record struct AssetImage(ImageData? Image, string? ReadError);

/// <summary>
/// The course's images, each read and decoded once per export and shared by every layout pass, edition and file: an image
/// used on fifty pages is one <see cref="ImageData"/>, so it is held once in memory and embedded once in each PDF.
/// </summary>
internal sealed class AssetImages
{
    private readonly Course _course;
    private readonly FontSet? _fonts;
    private readonly Dictionary<string, AssetImage> _images = new(StringComparer.Ordinal);

    /// <param name="course">The course whose assets are read.</param>
    /// <param name="fonts">The faces text in SVG images is drawn with (none: SVG text is left out).</param>
    public AssetImages(Course course, FontSet? fonts = null)
    {
        _course = course;
        _fonts = fonts;
    }

    /// <summary>The image of a local asset; <see cref="AssetImage.Image"/> is null when it is not a PNG, JPEG, GIF or SVG, or could not be read.</summary>
    public AssetImage Get(Asset asset)
    {
        if (!_images.TryGetValue(asset.Key, out var image))
        {
            image = Read(asset);
            _images.Add(asset.Key, image);
        }

        return image;
    }

    private AssetImage Read(Asset asset)
    {
        try
        {
            var bytes = _course.ReadAsset(asset);
            var source = asset.Path ?? asset.Key;
            if (SvgCleaner.IsSvgFile(asset.Extension))
            {
                // Drawn at print resolution; an SVG that cannot be read says why.
                var raster = SvgRasterizer.TryRasterize(bytes, _fonts, out var error);
                return raster is not null && ImageData.FromSvg(raster, source) is { } drawn
                    ? new AssetImage(drawn, null)
                    : new AssetImage(null, error ?? "the SVG could not be drawn");
            }

            return new AssetImage(ImageData.TryRead(bytes, source), null);
        }
        catch (IOException e)
        {
            return new AssetImage(null, e.Message);
        }
    }
}
