using System.Xml;
using System.Xml.Schema;

namespace Courseware.Hostile.Tests.Support;

/// <summary>The official SCORM XSDs (../shared/scorm-schemas or COURSEWARE_SCORM_SCHEMAS), compiled once, fully offline.</summary>
public static class ManifestSchemas
{
    private static readonly Lazy<XmlSchemaSet?> Scorm12 = new(() => Compile(scorm12: true));
    private static readonly Lazy<XmlSchemaSet?> Scorm2004 = new(() => Compile(scorm12: false));

    public static string? Directory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("COURSEWARE_SCORM_SCHEMAS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return System.IO.Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "scorm-schemas");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Schema problems of a manifest; only well-formedness when the schemas are not available.</summary>
    public static IReadOnlyList<string> Validate(byte[] manifest)
    {
        var messages = new List<string>();
        var text = System.Text.Encoding.UTF8.GetString(manifest);
        var set = text.Contains("imscp_rootv1p1p2", StringComparison.Ordinal) ? Scorm12.Value : Scorm2004.Value;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        if (set is not null)
        {
            settings.ValidationType = ValidationType.Schema;
            settings.Schemas = set;
            settings.ValidationEventHandler += (_, e) =>
            {
                if (e.Severity == XmlSeverityType.Error)
                {
                    messages.Add($"line {e.Exception?.LineNumber}: {e.Message}");
                }
            };
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(manifest), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            messages.Add("not well-formed: " + ex.Message);
        }

        return messages;
    }

    private static XmlSchemaSet? Compile(bool scorm12)
    {
        var directory = Directory();
        if (directory is null)
        {
            return null;
        }

        var resolver = new OfflineResolver(Path.Combine(directory, "scorm2004-4th", "xml.xsd"));
        var set = new XmlSchemaSet { XmlResolver = resolver };

        // The 1.2 metadata schema has Unique Particle Attribution faults that do not affect manifests.
        set.ValidationEventHandler += (_, _) => { };
        void Add(string ns, string file)
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Ignore });
            set.Add(ns, reader);
        }

        if (scorm12)
        {
            var d = Path.Combine(directory, "scorm12");
            Add("http://www.imsproject.org/xsd/imscp_rootv1p1p2", Path.Combine(d, "imscp_rootv1p1p2.xsd"));
            Add("http://www.adlnet.org/xsd/adlcp_rootv1p2", Path.Combine(d, "adlcp_rootv1p2.xsd"));
        }
        else
        {
            var d = Path.Combine(directory, "scorm2004-4th");
            Add("http://www.imsglobal.org/xsd/imscp_v1p1", Path.Combine(d, "imscp_v1p1.xsd"));
            Add("http://www.adlnet.org/xsd/adlcp_v1p3", Path.Combine(d, "adlcp_v1p3.xsd"));
            Add("http://www.adlnet.org/xsd/adlseq_v1p3", Path.Combine(d, "adlseq_v1p3.xsd"));
            Add("http://www.adlnet.org/xsd/adlnav_v1p3", Path.Combine(d, "adlnav_v1p3.xsd"));
            Add("http://www.imsglobal.org/xsd/imsss", Path.Combine(d, "imsss_v1p0.xsd"));
        }

        set.Compile();
        return set;
    }

    /// <summary>Maps the W3C xml.xsd (and 1.2's ims_xml.xsd) to the local copy; refuses every network URI.</summary>
    private sealed class OfflineResolver(string xmlXsd) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            if (absoluteUri.AbsoluteUri.EndsWith("/xml.xsd", StringComparison.Ordinal) || absoluteUri.AbsoluteUri.EndsWith("ims_xml.xsd", StringComparison.Ordinal))
            {
                return File.OpenRead(xmlXsd);
            }

            if (!absoluteUri.IsFile)
            {
                throw new XmlException($"network access refused: {absoluteUri}");
            }

            return File.OpenRead(absoluteUri.LocalPath);
        }
    }
}
