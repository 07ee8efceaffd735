using Courseware.Pdf.Layout;
using PdfSharp.Drawing;

namespace Courseware.Pdf.Backend;

/// <summary>
/// Images as PDFsharp has read them (a PNG is decoded to pixels), shared by the files of one export: the learner and
/// trainer handouts embed the same pictures, and decoding is the costly part of embedding one.
/// </summary>
internal sealed class DecodedImages
{
    private readonly Dictionary<ImageData, XImage?> _images = new(ReferenceEqualityComparer.Instance);

    /// <summary>The decoded image; null (and <paramref name="failed"/> told why, once) when PDFsharp cannot read it.</summary>
    public XImage? Get(ImageData image, Action<ImageData, string> failed)
    {
        if (!_images.TryGetValue(image, out var decoded))
        {
            try
            {
                decoded = XImage.FromStream(new MemoryStream(image.Bytes, writable: false));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                decoded = null;
                failed(image, e.Message);
            }

            _images[image] = decoded;
        }

        return decoded;
    }
}
