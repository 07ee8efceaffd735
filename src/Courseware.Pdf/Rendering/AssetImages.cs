using Courseware.Model;
using Courseware.Pdf.Layout;

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
    private readonly Dictionary<string, AssetImage> _images = new(StringComparer.Ordinal);

    public AssetImages(Course course) => _course = course;

    /// <summary>The image of a local asset; <see cref="AssetImage.Image"/> is null when it is not a PNG, JPEG or GIF, or could not be read.</summary>
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
            using var stream = _course.OpenAsset(asset);
            using var memory = new MemoryStream(asset.Size is > 0 and < int.MaxValue ? (int)asset.Size.Value : 0);
            stream.CopyTo(memory);
            return new AssetImage(ImageData.TryRead(memory.ToArray(), asset.Path ?? asset.Key), null);
        }
        catch (IOException e)
        {
            return new AssetImage(null, e.Message);
        }
    }
}
