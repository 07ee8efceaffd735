using System.IO.Compression;
using Courseware.Export;
using Courseware.Model;
using Courseware.Scorm.Packaging;

namespace Courseware.Scorm.Tests;

/// <summary>A package exported in memory, with helpers to read its entries.</summary>
public sealed class ScormPackage
{
    private ScormPackage(byte[] zip, IReadOnlyList<Courseware.Diagnostics.Diagnostic> diagnostics)
    {
        Zip = zip;
        Diagnostics = diagnostics;
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        Entries = archive.Entries.Select(e => e.FullName).ToList();
        Files = archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    public byte[] Zip { get; }

    public IReadOnlyList<string> Entries { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public IReadOnlyList<Courseware.Diagnostics.Diagnostic> Diagnostics { get; }

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);

    public System.Xml.Linq.XDocument Manifest => System.Xml.Linq.XDocument.Parse(Text("imsmanifest.xml"));

    public static ScormPackage Export(Course course, ScormVersion version, ExportOptions? options = null, HttpClient? http = null, DateTimeOffset? timestamp = null)
    {
        var sink = new MemoryOutputSink();
        var context = new ExportContext { Output = sink, Options = options ?? new ExportOptions(), Http = http, Timestamp = timestamp ?? ExportContext.DefaultTimestamp };
        ScormExporter exporter = version == ScormVersion.Scorm12 ? new Scorm12Exporter() : new Scorm2004Exporter();
        exporter.Export(course, context);
        return new ScormPackage(sink.Files[exporter.FileNameFor(course)], context.Diagnostics.ToList());
    }

    /// <summary>Writes the package's files into a folder (for the browser tests).</summary>
    public void ExtractTo(string directory)
    {
        foreach (var (path, bytes) in Files)
        {
            var target = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }
    }
}
