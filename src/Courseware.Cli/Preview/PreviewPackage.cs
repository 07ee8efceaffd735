using System.IO.Compression;
using System.Xml.Linq;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;
using Courseware.Scorm;

namespace Courseware.Cli.Preview;

/// <summary>One SCORM package built in memory for the preview: its files by path and the organization tree of its manifest.</summary>
public sealed record PreviewPackage(string Version, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<PreviewItem> Items, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Runs the exporter into a <see cref="MemoryOutputSink"/> and unpacks the zip it wrote.</summary>
    public static PreviewPackage Build(Course course, ScormExporter exporter, ExportOptions options, DateTimeOffset timestamp)
    {
        var version = exporter.Format == "scorm12" ? "12" : "2004";
        var sink = new MemoryOutputSink();
        var bag = new DiagnosticBag();
        try
        {
            exporter.Export(course, new ExportContext { Output = sink, Options = options, Diagnostics = bag, Timestamp = timestamp });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            bag.Report(DiagnosticCodes.ExporterFailed, SourceLocation.None, exporter.Format, $"{ex.GetType().Name}: {ex.Message}");
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var zipBytes in sink.Files.Values)
        {
            using var zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                files[entry.FullName] = copy.ToArray();
            }
        }

        var items = files.TryGetValue("imsmanifest.xml", out var manifest) ? ReadItems(manifest) : [];
        return new PreviewPackage(version, files, items, bag.ToSortedList());
    }

    /// <summary>Flattens the first organization of the manifest: each item with its depth and, for a SCO, its launch file.</summary>
    public static IReadOnlyList<PreviewItem> ReadItems(byte[] manifest)
    {
        var document = XDocument.Load(new MemoryStream(manifest));
        var hrefs = document.Descendants().Where(e => e.Name.LocalName == "resource")
            .Where(e => e.Attribute("identifier") is not null)
            .GroupBy(e => (string)e.Attribute("identifier")!)
            .ToDictionary(g => g.Key, g => (string?)g.First().Attribute("href"), StringComparer.Ordinal);
        var organization = document.Descendants().FirstOrDefault(e => e.Name.LocalName == "organization");
        var result = new List<PreviewItem>();
        if (organization is not null)
        {
            AddItems(organization, 0, hrefs, result);
        }

        return result;
    }

    private static void AddItems(XElement parent, int depth, Dictionary<string, string?> hrefs, List<PreviewItem> result)
    {
        foreach (var item in parent.Elements().Where(e => e.Name.LocalName == "item"))
        {
            var title = item.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value ?? string.Empty;
            var reference = (string?)item.Attribute("identifierref");
            var href = reference is not null && hrefs.TryGetValue(reference, out var h) ? h : null;
            var parameters = (string?)item.Attribute("parameters");
            if (href is not null && !string.IsNullOrEmpty(parameters))
            {
                href += parameters.StartsWith('?') || parameters.StartsWith('#') ? parameters : "?" + parameters;
            }

            result.Add(new PreviewItem((string?)item.Attribute("identifier") ?? string.Empty, title.Trim(), depth, href));
            AddItems(item, depth + 1, hrefs, result);
        }
    }
}

/// <summary>One entry of the organization tree: a SCO when <see cref="Href"/> is set, a heading otherwise.</summary>
public sealed record PreviewItem(string Identifier, string Title, int Depth, string? Href);
