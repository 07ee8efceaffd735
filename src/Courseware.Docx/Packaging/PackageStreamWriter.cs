using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Courseware.Docx.Packaging;

/// <summary>
/// Writes the parts of an Open XML document built in memory straight into a deterministic zip: each part's XML is
/// serialised once into its compressed entry (no saved package to copy and recompress), entries in a fixed order with
/// a fixed time, content types and relationships written from the part graph.
/// </summary>
internal static class PackageStreamWriter
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";

    /// <param name="package">The document built in memory (never saved).</param>
    /// <param name="output">Where the zip goes.</param>
    /// <param name="timestamp">The time of every entry.</param>
    /// <param name="writerFor">A writer of its own for a part (null: the part's XML or data as it is).</param>
    public static void Write(OpenXmlPackage package, Stream output, DateTimeOffset timestamp, Func<OpenXmlPart, Action<Stream>?>? writerFor = null)
    {
        var time = DeterministicZip.Clamp(timestamp);
        var parts = new List<OpenXmlPart>();
        Collect(package, parts, new HashSet<OpenXmlPart>());

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);

        // Word and other readers expect the content types first, then the package relationships.
        WriteEntry(zip, "[Content_Types].xml", time, CompressionLevel.Optimal, stream => WriteContentTypes(stream, parts));
        WriteEntry(zip, "_rels/.rels", time, CompressionLevel.Optimal, stream => WriteRelationships(stream, package));

        var entries = new List<(string Name, Action<Stream> Write, bool Stored)>();
        foreach (var part in parts)
        {
            var name = part.Uri.OriginalString.TrimStart('/');
            var current = part;
            var write = writerFor?.Invoke(part) ?? (stream => WritePart(stream, current));
            entries.Add((name, write, current.ContentType is "image/jpeg" or "image/gif"));
            if (HasRelationships(part))
            {
                var slash = name.LastIndexOf('/');
                var relsName = name[..(slash + 1)] + "_rels/" + name[(slash + 1)..] + ".rels";
                entries.Add((relsName, stream => WriteRelationships(stream, current), false));
            }
        }

        foreach (var (name, write, stored) in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            // JPEG and GIF do not shrink when deflated again; PNG written by simple encoders often does.
            WriteEntry(zip, name, time, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal, write);
        }
    }

    /// <summary>Every part reachable from the package, each once, in relationship order.</summary>
    private static void Collect(OpenXmlPartContainer container, List<OpenXmlPart> parts, HashSet<OpenXmlPart> seen)
    {
        foreach (var pair in container.Parts)
        {
            if (seen.Add(pair.OpenXmlPart))
            {
                parts.Add(pair.OpenXmlPart);
                Collect(pair.OpenXmlPart, parts, seen);
            }
        }
    }

    private static bool HasRelationships(OpenXmlPartContainer container) =>
        container.Parts.Any() || container.HyperlinkRelationships.Any() || container.ExternalRelationships.Any();

    private static void WriteEntry(ZipArchive zip, string name, DateTimeOffset time, CompressionLevel level, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = time;
        using var stream = entry.Open();
        write(stream);
    }

    private static void WritePart(Stream stream, OpenXmlPart part)
    {
        if (part.IsRootElementLoaded && part.RootElement is { } root)
        {
            using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
            writer.WriteStartDocument();
            root.WriteTo(writer);
            writer.WriteEndDocument();
            return;
        }

        using var data = part.GetStream(FileMode.Open, FileAccess.Read);
        data.CopyTo(stream);
    }

    private static void WriteContentTypes(Stream stream, List<OpenXmlPart> parts)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        writer.WriteStartDocument();
        writer.WriteStartElement("Types", ContentTypesNamespace);
        WriteDefault(writer, "rels", RelationshipsContentType);
        WriteDefault(writer, "xml", "application/xml");
        foreach (var part in parts)
        {
            writer.WriteStartElement("Override", ContentTypesNamespace);
            writer.WriteAttributeString("PartName", part.Uri.OriginalString);
            writer.WriteAttributeString("ContentType", part.ContentType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();

        static void WriteDefault(XmlWriter writer, string extension, string contentType)
        {
            writer.WriteStartElement("Default", ContentTypesNamespace);
            writer.WriteAttributeString("Extension", extension);
            writer.WriteAttributeString("ContentType", contentType);
            writer.WriteEndElement();
        }
    }

    private static void WriteRelationships(Stream stream, OpenXmlPartContainer container)
    {
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        writer.WriteStartDocument();
        writer.WriteStartElement("Relationships", RelationshipsNamespace);
        foreach (var pair in container.Parts)
        {
            WriteRelationship(writer, pair.RelationshipId, pair.OpenXmlPart.RelationshipType, pair.OpenXmlPart.Uri.OriginalString, external: false);
        }

        foreach (var link in container.HyperlinkRelationships)
        {
            WriteRelationship(writer, link.Id, link.RelationshipType, link.Uri.OriginalString, link.IsExternal);
        }

        foreach (var relationship in container.ExternalRelationships)
        {
            WriteRelationship(writer, relationship.Id, relationship.RelationshipType, relationship.Uri.OriginalString, external: true);
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static void WriteRelationship(XmlWriter writer, string id, string type, string target, bool external)
    {
        writer.WriteStartElement("Relationship", RelationshipsNamespace);
        writer.WriteAttributeString("Type", type);
        writer.WriteAttributeString("Target", target);
        if (external)
        {
            writer.WriteAttributeString("TargetMode", "External");
        }

        writer.WriteAttributeString("Id", id);
        writer.WriteEndElement();
    }
}
