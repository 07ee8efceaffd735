using System.Globalization;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;
using DocumentFormat.OpenXml.Packaging;

namespace Courseware.Docx.Media;

/// <summary>An image stored once in the package (an SVG: its picture, plus the SVG part Word 2016 and later show instead).</summary>
internal sealed record EmbeddedImage(string RelationshipId, ImageHeader Header, string FileName, string? SvgRelationshipId = null);

/// <summary>Embeds each image file once (one media part per local file or downloaded URL) and remembers the ones that failed.</summary>
internal sealed class MediaStore
{
    private readonly MainDocumentPart _main;
    private readonly Course _course;
    private readonly ExportContext _context;
    private readonly SvgPictures _svgPictures;
    private readonly Dictionary<string, EmbeddedImage?> _byKey = new(StringComparer.Ordinal);

    /// <summary>
    /// How each media part's bytes reach its zip entry: a local file is read again from the course when the zip is written
    /// (so no image is held in memory meanwhile); a downloaded image is kept, as it cannot be fetched again the same.
    /// </summary>
    private readonly Dictionary<OpenXmlPart, Action<Stream>> _writers = [];
    private readonly MemoryStream _headerBuffer = new();

    /// <summary>How much of an image is read first for its header: enough for the metadata most files carry before it.</summary>
    private const int HeaderBytes = 64 * 1024;

    public MediaStore(MainDocumentPart main, Course course, ExportContext context, SvgPictures svgPictures)
    {
        _main = main;
        _course = course;
        _context = context;
        _svgPictures = svgPictures;
    }

    /// <summary>Writes the bytes of a media part of this store into its zip entry; null for any other part.</summary>
    public Action<Stream>? WriterFor(OpenXmlPart part) => _writers.GetValueOrDefault(part);

    /// <summary>Number of media parts written.</summary>
    public int Count => _byKey.Values.Count(v => v is not null);

    /// <summary>The embedded copy of a local asset, or null (with a diagnostic) when it cannot be embedded.</summary>
    public EmbeddedImage? Local(Asset asset, SourceLocation location)
    {
        if (_byKey.TryGetValue(asset.Key, out var known))
        {
            return known;
        }

        EmbeddedImage? image = null;
        if (!asset.Exists)
        {
            _context.Diagnostics.Report(DiagnosticCodes.DocxImageMissing, location, asset.Key);
        }
        else if (SvgCleaner.IsSvgFile(asset.Extension))
        {
            image = EmbedSvg(asset, location);
        }
        else
        {
            try
            {
                // One buffer serves every image: the bytes are only read here for the header, as far as it goes (the
                // whole file only when its first bytes do not settle it); the zip reads the file when it is written.
                using var stream = _course.OpenAsset(asset);
                var buffer = _headerBuffer;
                buffer.SetLength(HeaderBytes);
                var read = stream.ReadAtLeast(buffer.GetBuffer().AsSpan(0, HeaderBytes), HeaderBytes, throwOnEndOfStream: false);
                buffer.SetLength(read);
                if (read == HeaderBytes && !ImageHeaderReader.IsDecidedBy(buffer.GetBuffer().AsSpan(0, read)))
                {
                    buffer.Position = read;
                    stream.CopyTo(buffer);
                }

                image = Embed(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), asset.FileName, asset.Key, location, destination =>
                {
                    using var source = _course.OpenAsset(asset);
                    source.CopyTo(destination);
                });
            }
            catch (IOException ex)
            {
                _context.Diagnostics.Report(DiagnosticCodes.FileUnreadable, location, asset.Key + ": " + ex.Message);
            }
        }

        _byKey[asset.Key] = image;
        return image;
    }

    /// <summary>The embedded copy of a remote image when downloads are allowed and succeed; otherwise null (written as a link).</summary>
    public EmbeddedImage? Remote(Uri url, SourceLocation location)
    {
        var key = url.AbsoluteUri;
        if (_byKey.TryGetValue(key, out var known))
        {
            return known;
        }

        EmbeddedImage? image = null;
        if (_context.Options.RemoteAssets == RemoteAssetPolicy.Download && _context.Http is { } http)
        {
            try
            {
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(_context.CancellationToken);
                cts.CancelAfter(_context.Options.DownloadTimeout);
                using var response = http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cts.Token).GetAwaiter().GetResult();
                response.EnsureSuccessStatusCode();
                using var body = response.Content.ReadAsStream(cts.Token);
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = body.Read(chunk, 0, chunk.Length)) > 0)
                {
                    buffer.Write(chunk, 0, read);
                    if (buffer.Length > _context.Options.MaxDownloadBytes)
                    {
                        throw new IOException(string.Create(CultureInfo.InvariantCulture, $"larger than {_context.Options.MaxDownloadBytes} bytes"));
                    }
                }

                var bytes = buffer.ToArray();
                image = Embed(bytes, Path.GetFileName(url.AbsolutePath), key, location, destination => destination.Write(bytes));
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
            {
                _context.Diagnostics.Report(DiagnosticCodes.DocxDownloadFailed, location, key, ex.Message);
            }
        }
        else
        {
            _context.Diagnostics.Report(DiagnosticCodes.DocxRemoteImageLinked, location, key);
        }

        _byKey[key] = image;
        return image;
    }

    /// <summary>An SVG as its drawn picture, with the SVG itself attached for the readers that show it.</summary>
    private EmbeddedImage? EmbedSvg(Asset asset, SourceLocation location)
    {
        var raster = _svgPictures.Draw(asset, out var error);
        if (raster is null || ImageHeaderReader.Read(raster.Png) is not { } header)
        {
            _context.Diagnostics.Report(DiagnosticCodes.DocxSvgUnreadable, location, asset.Key, error ?? "the SVG could not be drawn");
            return null;
        }

        var id = "rIdImage" + (Count + 1).ToString(CultureInfo.InvariantCulture);
        var picture = _main.AddImagePart(ImagePartType.Png, id);
        _writers[picture] = destination => destination.Write(raster.Png);
        var vector = _main.AddImagePart(ImagePartType.Svg, id + "Svg");
        _writers[vector] = destination => destination.Write(raster.Svg);

        // The picture is drawn at print resolution: it is shown at the SVG's natural size, not one pixel per CSS pixel.
        var dpi = ImageHeader.DefaultDpi * raster.PixelsPerCssPixel;
        return new EmbeddedImage(id, header with { DpiX = dpi, DpiY = dpi }, asset.FileName, id + "Svg");
    }

    private EmbeddedImage? Embed(ReadOnlySpan<byte> bytes, string fileName, string key, SourceLocation location, Action<Stream> write)
    {
        var header = ImageHeaderReader.Read(bytes);
        if (header is null)
        {
            _context.Diagnostics.Report(DiagnosticCodes.DocxImageUnreadable, location, key);
            return null;
        }

        var id = "rIdImage" + (Count + 1).ToString(CultureInfo.InvariantCulture);
        var type = header.Format switch
        {
            ImageFormat.Png => ImagePartType.Png,
            ImageFormat.Jpeg => ImagePartType.Jpeg,
            _ => ImagePartType.Gif,
        };
        var part = _main.AddImagePart(type, id);
        _writers[part] = write;

        return new EmbeddedImage(id, header, fileName);
    }
}
