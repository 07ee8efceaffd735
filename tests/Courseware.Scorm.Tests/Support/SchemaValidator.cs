using System.Xml;
using System.Xml.Schema;

namespace Courseware.Scorm.Tests.Support;

/// <summary>Validates manifests against the official SCORM XSDs kept outside the repository, fully offline.</summary>
public static class SchemaValidator
{
    /// <summary>The folder of the SCORM schemas: <c>COURSEWARE_SCORM_SCHEMAS</c>, else <c>../shared/scorm-schemas</c> beside the repository; null when neither exists.</summary>
    public static string? SchemaDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("COURSEWARE_SCORM_SCHEMAS");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        var repository = RepositoryRoot();
        var candidate = repository is null ? null : Path.GetFullPath(Path.Combine(repository, "..", "shared", "scorm-schemas"));
        return candidate is not null && Directory.Exists(candidate) ? candidate : null;
    }

    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Courseware.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    public const string MissingReason = "SCORM schemas not found: set COURSEWARE_SCORM_SCHEMAS or put them in ../shared/scorm-schemas beside the repository";

    /// <summary>Validation errors and warnings (empty when valid).</summary>
    public static IReadOnlyList<string> Validate(byte[] manifest, bool scorm12, string schemaDirectory)
    {
        var resolver = new OfflineResolver(Path.Combine(schemaDirectory, "scorm2004-4th", "xml.xsd"));
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var messages = new List<string>();
        set.ValidationEventHandler += (_, e) =>
        {
            // The 1.2 metadata schema has Unique Particle Attribution faults .NET reports but that do not affect manifests.
            if (e.Severity == XmlSeverityType.Error && !(scorm12 && e.Message.Contains("Multiple definition", StringComparison.Ordinal)))
            {
                messages.Add("schema: " + e.Message);
            }
        };

        void Add(string ns, string file)
        {
            using var reader = XmlReader.Create(file, new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Ignore });
            set.Add(ns, reader);
        }

        if (scorm12)
        {
            var d = Path.Combine(schemaDirectory, "scorm12");
            Add("http://www.imsproject.org/xsd/imscp_rootv1p1p2", Path.Combine(d, "imscp_rootv1p1p2.xsd"));
            Add("http://www.adlnet.org/xsd/adlcp_rootv1p2", Path.Combine(d, "adlcp_rootv1p2.xsd"));
        }
        else
        {
            var d = Path.Combine(schemaDirectory, "scorm2004-4th");
            Add("http://www.imsglobal.org/xsd/imscp_v1p1", Path.Combine(d, "imscp_v1p1.xsd"));
            Add("http://www.adlnet.org/xsd/adlcp_v1p3", Path.Combine(d, "adlcp_v1p3.xsd"));
            Add("http://www.adlnet.org/xsd/adlseq_v1p3", Path.Combine(d, "adlseq_v1p3.xsd"));
            Add("http://www.adlnet.org/xsd/adlnav_v1p3", Path.Combine(d, "adlnav_v1p3.xsd"));
            Add("http://www.imsglobal.org/xsd/imsss", Path.Combine(d, "imsss_v1p0.xsd"));
        }

        set.Compile();
        messages.Clear();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set, XmlResolver = resolver };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => messages.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var manifestReader = XmlReader.Create(new MemoryStream(manifest), settings);
        while (manifestReader.Read())
        {
        }

        return messages;
    }

    /// <summary>Maps the W3C xml.xsd (and 1.2's broken ims_xml.xsd) to the local copy; refuses every network URI.</summary>
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
