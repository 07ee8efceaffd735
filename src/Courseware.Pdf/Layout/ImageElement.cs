namespace Courseware.Pdf.Layout;

/// <summary>A raster image scaled to fit the width and at most <see cref="MaxHeight"/>, keeping its aspect ratio, centred.</summary>
public sealed class ImageElement : Element
{
    private readonly ImageData _image;
    private readonly string _alt;
    private bool _done;

    public ImageElement(ImageData image, string altText, double maxHeight)
    {
        _image = image;
        _alt = altText;
        MaxHeight = maxHeight;
    }

    /// <summary>Usually the height of a page's content area, so an image never waits for a page that can hold it.</summary>
    public double MaxHeight { get; }

    /// <summary>Printed size in points at the image's natural 96 dpi, before scaling down.</summary>
    public Size NaturalSize => new(_image.PixelWidth * 0.75 / _image.PixelsPerCssPixel, _image.PixelHeight * 0.75 / _image.PixelsPerCssPixel);

    public Size SizeFor(double availableWidth)
    {
        var natural = NaturalSize;
        var scale = Math.Min(1, Math.Min(availableWidth / natural.Width, MaxHeight / natural.Height));
        return new Size(natural.Width * scale, natural.Height * scale);
    }

    public override SpacePlan Measure(Size available)
    {
        if (_done)
        {
            return SpacePlan.Full(0, 0);
        }

        var size = SizeFor(available.Width);
        return size.Height <= available.Height + 0.01 ? SpacePlan.Full(size.Width, size.Height) : SpacePlan.Wrap();
    }

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        if (_done || Measure(available).IsWrap)
        {
            return;
        }

        var size = SizeFor(available.Width);
        var rect = new Rect((available.Width - size.Width) / 2, 0, size.Width, size.Height);
        // A figure needs alternative text (PDF/UA); an image without any is decoration, marked as an artifact.
        canvas.BeginStructure(string.IsNullOrWhiteSpace(_alt) ? StructureRole.Artifact : StructureRole.Figure, _alt);
        canvas.DrawImage(_image, rect, _alt);
        canvas.EndStructure();
        _done = true;
    }
}
