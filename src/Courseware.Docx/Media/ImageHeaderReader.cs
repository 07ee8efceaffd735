using System.Buffers.Binary;

namespace Courseware.Docx.Media;

/// <summary>The formats Word embeds that we can size from their header.</summary>
internal enum ImageFormat
{
    Png,
    Jpeg,
    Gif,
}

/// <summary>Pixel size and resolution read from an image header.</summary>
internal sealed record ImageHeader(ImageFormat Format, int Width, int Height, double DpiX, double DpiY)
{
    public const double DefaultDpi = 96;

    public string ContentType => Format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        _ => "image/gif",
    };
}

/// <summary>Reads the size of PNG, JPEG and GIF images from their first bytes, without decoding them.</summary>
internal static class ImageHeaderReader
{
    /// <summary>
    /// True when <paramref name="start"/>, the first bytes of a longer file, decides the header: it reaches the size (and
    /// for PNG the image data, after which no resolution chunk may come), or shows that the file is none of our formats.
    /// </summary>
    public static bool IsDecidedBy(ReadOnlySpan<byte> start)
    {
        if (start.Length >= 8 && start[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            // Chunks up to the first IDAT (or IEND) must all be there.
            var pos = 8;
            while (pos + 8 <= start.Length)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(start[pos..]);
                var type = start.Slice(pos + 4, 4);
                if (length < 0 || type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
                {
                    return true;
                }

                pos += 12 + length;
            }

            return false;
        }

        if (start.Length >= 2 && start[0] == 0xFF && start[1] == 0xD8)
        {
            return Read(start) is not null;
        }

        return start.Length >= 10;
    }

    /// <summary>The header of <paramref name="data"/>, or null when the format is not one of ours or the header is damaged.</summary>
    public static ImageHeader? Read(ReadOnlySpan<byte> data)
    {
        try
        {
            if (data.Length >= 24 && data[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            {
                return ReadPng(data);
            }

            if (data.Length >= 10 && data[0] == 'G' && data[1] == 'I' && data[2] == 'F')
            {
                var w = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]);
                var h = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]);
                return w > 0 && h > 0 ? new ImageHeader(ImageFormat.Gif, w, h, ImageHeader.DefaultDpi, ImageHeader.DefaultDpi) : null;
            }

            if (data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8)
            {
                return ReadJpeg(data);
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // A truncated header: treated as an unreadable image.
        }

        return null;
    }

    private static ImageHeader? ReadPng(ReadOnlySpan<byte> data)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(data[16..]);
        var height = BinaryPrimitives.ReadInt32BigEndian(data[20..]);
        double dpiX = ImageHeader.DefaultDpi, dpiY = ImageHeader.DefaultDpi;
        var pos = 8;
        while (pos + 8 <= data.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(data[pos..]);
            var type = data.Slice(pos + 4, 4);
            if (length < 0 || type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8))
            {
                break;
            }

            if (type.SequenceEqual("pHYs"u8) && length >= 9 && pos + 17 <= data.Length)
            {
                var ppuX = BinaryPrimitives.ReadUInt32BigEndian(data[(pos + 8)..]);
                var ppuY = BinaryPrimitives.ReadUInt32BigEndian(data[(pos + 12)..]);
                if (data[pos + 16] == 1 && ppuX > 0 && ppuY > 0)
                {
                    // Pixels per metre, rounded to the whole dpi the file was saved with (3780 ppm is 96 dpi).
                    dpiX = Math.Round(ppuX * 0.0254);
                    dpiY = Math.Round(ppuY * 0.0254);
                }
            }

            pos += 12 + length;
        }

        return width > 0 && height > 0 ? new ImageHeader(ImageFormat.Png, width, height, dpiX, dpiY) : null;
    }

    private static ImageHeader? ReadJpeg(ReadOnlySpan<byte> data)
    {
        double dpiX = ImageHeader.DefaultDpi, dpiY = ImageHeader.DefaultDpi;
        var pos = 2;
        while (pos + 4 <= data.Length)
        {
            if (data[pos] != 0xFF)
            {
                return null;
            }

            var marker = data[pos + 1];
            if (marker == 0xFF)
            {
                pos++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                pos += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 2)..]);
            if (marker == 0xE0 && length >= 14 && data.Slice(pos + 4, 5).SequenceEqual("JFIF\0"u8))
            {
                var units = data[pos + 11];
                var x = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 12)..]);
                var y = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 14)..]);
                if (x > 0 && y > 0 && units is 1 or 2)
                {
                    dpiX = units == 1 ? x : x * 2.54;
                    dpiY = units == 1 ? y : y * 2.54;
                }
            }

            // Start-of-frame markers (all but DHT C4, JPG C8 and DAC CC) carry the size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(pos + 7)..]);
                return width > 0 && height > 0 ? new ImageHeader(ImageFormat.Jpeg, width, height, dpiX, dpiY) : null;
            }

            pos += 2 + length;
        }

        return null;
    }
}
