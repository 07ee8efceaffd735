using System.IO.Abstractions;
using Courseware.Export;
using Courseware.Graphics;
using Courseware.Model;

namespace Courseware.Docx.Media;

/// <summary>
/// The course's SVG images drawn once per export for every document that shows them: a PNG picture (what every reader of
/// .docx files shows, with the text drawn in the system's fonts) and the SVG it came from (which Word 2016 and later show
/// instead, sharp at any zoom).
/// </summary>
internal sealed class SvgPictures
{
    private readonly Course _course;
    private readonly Lazy<FontSet?> _fonts;
    private readonly Dictionary<string, (SvgRaster? Raster, string? Error)> _drawn = new(StringComparer.Ordinal);

    public SvgPictures(Course course, ExportContext context, IFileSystem fontFileSystem)
    {
        _course = course;
        _fonts = new Lazy<FontSet?>(() => new FontLocator(fontFileSystem).Locate(context.Options.FontDirectory, out _));
    }

    /// <summary>The drawn SVG, or null with the reason it could not be read.</summary>
    public SvgRaster? Draw(Asset asset, out string? error)
    {
        if (!_drawn.TryGetValue(asset.Key, out var drawn))
        {
            try
            {
                var raster = SvgRasterizer.TryRasterize(_course.ReadAsset(asset), _fonts.Value, out var reason);
                drawn = (raster, reason);
            }
            catch (IOException e)
            {
                drawn = (null, e.Message);
            }

            _drawn[asset.Key] = drawn;
        }

        error = drawn.Error;
        return drawn.Raster;
    }
}
