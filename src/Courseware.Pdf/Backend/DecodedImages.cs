using System.Buffers.Binary;
using Courseware.Pdf.Layout;
using PdfSharp.Drawing;

namespace Courseware.Pdf.Backend;

/// <summary>
/// An image ready to be drawn by PDFsharp: either as PDFsharp read it, or — for a PNG whose compressed pixels a PDF can
/// carry unchanged (<see cref="PngImageStream"/>) — a one-pixel stand-in whose PDF image object is then given those pixels.
/// A PNG that PDFsharp cannot draw (<see cref="PdfSharpPngSupport"/>) is first rewritten as an 8-bit PNG
/// (<see cref="EightBitPng"/>), which then takes one of those two ways.
/// </summary>
internal sealed record PreparedImage(XImage Drawn, PngImageStream? Pixels);

/// <summary>
/// Images prepared for PDFsharp, shared by the files of one export: the learner and trainer handouts embed the same
/// pictures, and reading (for PDFsharp, decoding a PNG to pixels) is the costly part of embedding one.
/// </summary>
internal sealed class DecodedImages
{
    private readonly Dictionary<ImageData, PreparedImage?> _images = new(ReferenceEqualityComparer.Instance);

    /// <summary>The image to draw; null (and <paramref name="failed"/> told why, once) when it cannot be read.</summary>
    public PreparedImage? Get(ImageData image, Action<ImageData, string> failed)
    {
        if (!_images.TryGetValue(image, out var prepared))
        {
            var converted = image.Format == ImageFormat.Png && !PdfSharpPngSupport.DrawsAsItIs(image.Bytes);
            try
            {
                prepared = Prepare(image, converted ? EightBitPng.From(image.Bytes) : image.Bytes);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A PNG of a kind PDFsharp reads may still be refused by it for what browsers let pass (bytes after its
                // end, an unusual chunk): decoded here and written again, it is drawn.
                prepared = null;
                if (image.Format == ImageFormat.Png && !converted)
                {
                    try
                    {
                        prepared = Prepare(image, EightBitPng.From(image.Bytes));
                    }
                    catch (Exception again) when (again is not OutOfMemoryException)
                    {
                        prepared = null;
                    }
                }

                if (prepared is null)
                {
                    failed(image, e.Message);
                }
            }

            _images[image] = prepared;
        }

        return prepared;
    }

    private PreparedImage Prepare(ImageData image, byte[] bytes) =>
        image.Format == ImageFormat.Png && PngImageStream.TryRead(bytes) is { } pixels
            ? new PreparedImage(StandIn(_images.Count), pixels)
            : new PreparedImage(XImage.FromStream(new MemoryStream(bytes, writable: false)), null);

    /// <summary>
    /// A 1×1 BMP whose colour is derived from <paramref name="number"/>: PDFsharp stores one image object per distinct
    /// picture (it compares pixels), so each stand-in must differ from the others.
    /// </summary>
    private static XImage StandIn(int number)
    {
        var bmp = new byte[58];
        "BM"u8.CopyTo(bmp);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(2), bmp.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(10), 54); // pixel data offset
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(14), 40); // BITMAPINFOHEADER
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(18), 1); // width
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(22), 1); // height
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(26), 1); // planes
        BinaryPrimitives.WriteInt16LittleEndian(bmp.AsSpan(28), 24); // bits per pixel, BI_RGB
        BinaryPrimitives.WriteInt32LittleEndian(bmp.AsSpan(34), 4); // image size (one padded row)
        bmp[54] = (byte)number;
        bmp[55] = (byte)(number >> 8);
        bmp[56] = (byte)(number >> 16);
        return XImage.FromStream(new MemoryStream(bmp, writable: false));
    }
}
