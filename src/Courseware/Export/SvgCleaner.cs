using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Courseware.Export;

/// <summary>
/// Reads an SVG file as untrusted input and cleans it for every output that carries or draws it: no DTD entity may grow
/// past a bound and none is fetched; scripts, event handlers, embedded documents and every reference leaving the file
/// (images, fonts, style sheets, links, by URL or path) are removed, so the SVG can neither run code where an LMS serves it
/// nor make a reader or a renderer fetch anything. What stays inside the file is kept: references to its own elements
/// (<c>#id</c>), images carried as <c>data:image/…</c> URIs, styles.
/// </summary>
public static partial class SvgCleaner
{
    /// <summary>Most characters the file's XML entities may expand to.</summary>
    public const int MaxEntityCharacters = 1_000_000;

    // Elements that run code or hold another document, in SVG or in the HTML of a foreignObject.
    private static readonly HashSet<string> RemovedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "link", "meta", "base", "form", "handler", "listener",
    };

    private static readonly HashSet<string> AnimationElements = new(StringComparer.OrdinalIgnoreCase) { "animate", "set", "animateMotion", "animateTransform", "animateColor" };

    // Attributes whose value is a URL that is followed when the SVG is shown (or clicked).
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "data", "action", "formaction", "poster", "background", "lowsrc", "srcset", "ping", "codebase", "archive",
    };

    /// <summary>Whether a file extension names an SVG image (.svg, or .svgz compressed with gzip).</summary>
    public static bool IsSvgFile(string? extension) =>
        extension is not null && (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase) || extension.Equals(".svgz", StringComparison.OrdinalIgnoreCase));

    /// <summary>The cleaned SVG as UTF-8 bytes (uncompressed); null with the reason in <paramref name="error"/> when it cannot be read as SVG.</summary>
    public static byte[]? TryClean(byte[] bytes, out string? error) =>
        TryRead(bytes, out error) is { } document ? Serialize(document) : null;

    /// <summary>The SVG parsed and cleaned; null with the reason in <paramref name="error"/> when it is not well-formed SVG.</summary>
    public static XmlDocument? TryRead(byte[] bytes, out string? error)
    {
        XmlDocument document;
        try
        {
            document = ReadSafely(bytes);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or InvalidOperationException)
        {
            error = Reason(e);
            return null;
        }

        if (document.DocumentElement is not { LocalName: "svg" } root)
        {
            error = "the file is not an SVG image";
            return null;
        }

        Clean(root);
        error = null;
        return document;
    }

    /// <summary>The document as UTF-8 bytes without a byte order mark.</summary>
    public static byte[] Serialize(XmlDocument document)
    {
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Parses the XML with no resolver (an external entity or DTD is never fetched) and a bound on what entities may
    /// expand to (a "billion laughs" file fails instead of filling the memory); the DOCTYPE is then removed.
    /// </summary>
    private static XmlDocument ReadSafely(byte[] bytes)
    {
        Stream stream = new MemoryStream(bytes, writable: false);
        if (bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxEntityCharacters,
            MaxCharactersInDocument = 256L * 1024 * 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using (stream)
        using (var reader = XmlReader.Create(stream, settings))
        {
            var document = new XmlDocument { XmlResolver = null };
            document.Load(reader);
            if (document.DocumentType is { } doctype)
            {
                document.RemoveChild(doctype);
            }

            return document;
        }
    }

    /// <summary>An exception's message as a clause of a diagnostic (no final full stop; an entity bomb named as such).</summary>
    private static string Reason(Exception e) =>
        e is XmlException && e.Message.Contains("MaxCharactersFromEntities", StringComparison.Ordinal)
            ? "its XML entities expand to more than a million characters"
            : e.Message.Trim().TrimEnd('.');

    private static void Clean(XmlElement root)
    {
        var removed = new List<XmlElement>();
        foreach (var element in root.GetElementsByTagName("*").OfType<XmlElement>().Prepend(root))
        {
            if (RemovedElements.Contains(element.LocalName) || (AnimationElements.Contains(element.LocalName) && AnimatesAUrl(element)))
            {
                removed.Add(element);
                continue;
            }

            foreach (var attribute in element.Attributes.OfType<XmlAttribute>().ToList())
            {
                var name = attribute.LocalName;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || (UrlAttributes.Contains(name) && !IsInsideFile(attribute.Value)))
                {
                    element.Attributes.Remove(attribute);
                }
                else if (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) || attribute.Value.Contains("@import", StringComparison.OrdinalIgnoreCase))
                {
                    attribute.Value = CleanStyle(attribute.Value);
                }
            }

            if (element.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                element.InnerText = CleanStyle(element.InnerText);
            }
        }

        foreach (var element in removed)
        {
            element.ParentNode?.RemoveChild(element);
        }
    }

    /// <summary>An animation that sets a link (the way a script URL is slipped into an href) or carries a script URL.</summary>
    private static bool AnimatesAUrl(XmlElement animation) =>
        animation.GetAttribute("attributeName") is var target && (UrlAttributes.Contains(target) || target.EndsWith(":href", StringComparison.OrdinalIgnoreCase))
        || animation.Attributes.OfType<XmlAttribute>().Any(a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase));

    /// <summary>A reference to something in this file or carried by it: a fragment (#id) or an image in a data: URI.</summary>
    private static bool IsInsideFile(string reference)
    {
        var value = reference.Trim();
        return value.StartsWith('#') || value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A CSS url(…) target that stays in the file: a fragment or any data: URI (an embedded font or picture).</summary>
    private static bool IsInsideFileStyle(string reference)
    {
        var value = reference.Trim();
        return value.StartsWith('#') || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>CSS without @import rules and with url(…) references that leave the file replaced by none.</summary>
    private static string CleanStyle(string css) =>
        Url().Replace(Import().Replace(css, string.Empty), match => IsInsideFileStyle(match.Groups["target"].Value) ? match.Value : "none");

    [GeneratedRegex(@"@import[^;]*;?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Import();

    [GeneratedRegex(@"url\(\s*['""]?(?<target>[^'"")]*)['""]?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
