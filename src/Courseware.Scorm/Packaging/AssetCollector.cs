using System.Net.Http.Headers;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Scorm.Packaging;

/// <summary>Puts the course's files into the package: local assets copied, remote ones downloaded when asked (with a timeout and a size cap) or kept as links.</summary>
public sealed class AssetCollector(Course course, ExportContext context)
{
    private static readonly Dictionary<string, string> ExtensionByMediaType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = ".png",
        ["image/jpeg"] = ".jpg",
        ["image/gif"] = ".gif",
        ["image/webp"] = ".webp",
        ["image/svg+xml"] = ".svg",
        ["application/pdf"] = ".pdf",
    };

    /// <summary>Package path of each asset that is in the package, and the files to add.</summary>
    public (IReadOnlyDictionary<Asset, string> Paths, IReadOnlyList<PackageFile> Files) Collect()
    {
        var paths = new Dictionary<Asset, string>();
        var files = new List<PackageFile>();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var asset in course.Assets.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (asset.IsRemote)
            {
                if (context.Options.RemoteAssets == RemoteAssetPolicy.Download && Download(asset) is { } download)
                {
                    var isSvg = SvgCleaner.IsSvgFile(download.Extension);
                    var name = PackagePath("remote/" + asset.RemoteUrl!.Host + asset.RemoteUrl.AbsolutePath, isSvg ? ".svg" : download.Extension, asset.Key, taken);
                    paths[asset] = name;
                    files.Add(new PackageFile(name, isSvg ? Cleaned(download.Bytes) : download.Bytes));
                }
                else if (context.Options.RemoteAssets == RemoteAssetPolicy.Link)
                {
                    context.Diagnostics.Report(DiagnosticCodes.RemoteAssetKeptAsLink, FirstUse(asset), asset.Kind == AssetKind.Image ? DiagnosticPhrases.Image : DiagnosticPhrases.File, asset.Key);
                }

                continue;
            }

            if (!asset.Exists || asset.Path is null)
            {
                context.Diagnostics.Report(DiagnosticCodes.AssetNotPackaged, FirstUse(asset), asset.Key);
                continue;
            }

            // Copied straight into the zip entry when the package is written: one asset in memory at a time, at most.
            var local = asset;
            if (SvgCleaner.IsSvgFile(asset.Extension))
            {
                // Served by the LMS from its own address: an SVG goes in cleaned (and uncompressed, as .svg, which every
                // server sends with the right type), so opening it can run no script there nor fetch anything.
                var svgPath = PackagePath(asset.Path, ".svg", asset.Key, taken);
                paths[asset] = svgPath;
                files.Add(new PackageFile(svgPath, destination => destination.Write(Cleaned(course.ReadAsset(local)))));
                continue;
            }

            var path = PackagePath(asset.Path, asset.Extension, asset.Key, taken);
            paths[asset] = path;
            files.Add(new PackageFile(path, destination =>
            {
                using var stream = course.OpenAsset(local);
                stream.CopyTo(destination);
            }));
        }

        return (paths, files);
    }

    /// <summary>The SVG cleaned of scripts and outside references; a file that is not well-formed SVG (which no browser draws or runs) as it is.</summary>
    private static byte[] Cleaned(byte[] svg) => SvgCleaner.TryClean(svg, out _) ?? svg;

    private static string PackagePath(string sourcePath, string extension, string key, ISet<string> taken)
    {
        var withoutExtension = extension.Length > 0 && sourcePath.EndsWith(extension, StringComparison.OrdinalIgnoreCase) ? sourcePath[..^extension.Length] : sourcePath;
        var slug = StableIdentifier.Slug(withoutExtension.Replace(".gitbook/assets/", string.Empty, StringComparison.Ordinal));
        var safeExtension = StableIdentifier.Slug(extension).ToLowerInvariant();
        var candidate = PackageLayout.SharedFolder + "/assets/" + (slug.Length == 0 ? "file" : slug);
        var unique = StableIdentifier.Unique(candidate + (safeExtension.Length > 0 ? "." + safeExtension : string.Empty), key, taken);
        return unique.EndsWith("." + safeExtension, StringComparison.Ordinal) || safeExtension.Length == 0 ? unique : unique + "." + safeExtension;
    }

    /// <summary>Where the asset is first referenced: the line of its first link or image in reading order, else the root page.</summary>
    private SourceLocation FirstUse(Asset asset) => asset.FirstUse == SourceLocation.None ? course.Root.Location : asset.FirstUse;

    private (byte[] Bytes, string Extension)? Download(Asset asset)
    {
        var url = asset.RemoteUrl!;
        var where = FirstUse(asset);
        if (context.Http is null || url.Scheme is not ("http" or "https"))
        {
            context.Diagnostics.Report(DiagnosticCodes.RemoteAssetDownloadFailed, where, url.AbsoluteUri, "downloads are not available");
            return null;
        }

        var max = context.Options.MaxDownloadBytes;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
            timeout.CancelAfter(context.Options.DownloadTimeout);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = context.Http.Send(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                context.Diagnostics.Report(DiagnosticCodes.RemoteAssetDownloadFailed, where, url.AbsoluteUri, "HTTP " + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }

            if (response.Content.Headers.ContentLength > max)
            {
                context.Diagnostics.Report(DiagnosticCodes.RemoteAssetTooLarge, where, url.AbsoluteUri, max);
                return null;
            }

            using var body = response.Content.ReadAsStream(timeout.Token);
            using var copy = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = body.ReadAsync(chunk, timeout.Token).AsTask().GetAwaiter().GetResult()) > 0)
            {
                if (copy.Length + read > max)
                {
                    context.Diagnostics.Report(DiagnosticCodes.RemoteAssetTooLarge, where, url.AbsoluteUri, max);
                    return null;
                }

                copy.Write(chunk, 0, read);
            }

            var extension = asset.Extension;
            if (extension.Length == 0 || extension.Length > 6)
            {
                extension = MediaTypeExtension(response.Content.Headers.ContentType);
            }

            return (copy.ToArray(), extension);
        }
        catch (OperationCanceledException) when (!context.CancellationToken.IsCancellationRequested)
        {
            context.Diagnostics.Report(DiagnosticCodes.RemoteAssetDownloadFailed, where, url.AbsoluteUri, "timed out");
            return null;
        }
        catch (HttpRequestException e)
        {
            context.Diagnostics.Report(DiagnosticCodes.RemoteAssetDownloadFailed, where, url.AbsoluteUri, e.Message);
            return null;
        }
        catch (IOException e)
        {
            context.Diagnostics.Report(DiagnosticCodes.RemoteAssetDownloadFailed, where, url.AbsoluteUri, e.Message);
            return null;
        }
    }

    private static string MediaTypeExtension(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && ExtensionByMediaType.TryGetValue(media, out var extension) ? extension : string.Empty;
}
