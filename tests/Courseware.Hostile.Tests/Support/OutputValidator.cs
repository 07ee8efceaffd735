using System.IO.Compression;
using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;
using Courseware.Export;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;

namespace Courseware.Hostile.Tests.Support;

/// <summary>Opens every output of an export folder with a real reader and lists what is wrong: partial files, broken zips, invalid XML, unsafe HTML, unreadable PDF/Word files, leaked text.</summary>
public static class OutputValidator
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"];

    /// <summary>Problems found in <paramref name="folder"/>; <paramref name="forbidden"/> lists text no output may contain.</summary>
    public static List<string> Validate(string folder, IEnumerable<string> forbidden)
    {
        var problems = new List<string>();
        if (!Directory.Exists(folder))
        {
            return problems;
        }

        var texts = new List<(string Where, string Text)>();
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(folder, path);
            if (Path.GetFileName(path).StartsWith(FileSystemOutputSink.TempPrefix, StringComparison.Ordinal))
            {
                problems.Add($"{name}: temporary file left behind");
                continue;
            }

            if (Directory.Exists(path))
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            try
            {
                switch (Path.GetExtension(path).ToLowerInvariant())
                {
                    case ".zip":
                        CheckScorm(name, bytes, problems, texts);
                        break;
                    case ".docx":
                        CheckDocx(name, bytes, problems, texts);
                        break;
                    case ".pdf":
                        CheckPdf(name, bytes, problems, texts);
                        break;
                    case ".gift":
                        texts.Add((name, CheckText(name, bytes, problems)));
                        break;
                    default:
                        break;
                }
            }
            catch (Exception ex)
            {
                problems.Add($"{name}: cannot be read: {ex.GetType().Name}: {ex.Message}");
            }
        }

        foreach (var text in forbidden.Where(f => f.Length > 0))
        {
            foreach (var (where, content) in texts)
            {
                if (content.Contains(text, StringComparison.Ordinal))
                {
                    problems.Add($"{where}: contains forbidden text '{text}'");
                }
            }
        }

        return problems;
    }

    /// <summary>Names of the files an export wrote (temporary files excluded).</summary>
    public static List<string> Outputs(string folder) => !Directory.Exists(folder)
        ? []
        : [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith(FileSystemOutputSink.TempPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static void CheckScorm(string name, byte[] bytes, List<string> problems, List<(string, string)> texts)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var manifest = zip.GetEntry("imsmanifest.xml");
        if (manifest is null)
        {
            problems.Add($"{name}: no imsmanifest.xml");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (!names.Add(entry.FullName))
            {
                problems.Add($"{name}: duplicate entry {entry.FullName}");
            }

            if (entry.FullName.StartsWith('/') || entry.FullName.Contains("..", StringComparison.Ordinal) || entry.FullName.Contains('\\', StringComparison.Ordinal))
            {
                problems.Add($"{name}: unsafe entry name {entry.FullName}");
            }

            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var data = copy.ToArray();
            var where = $"{name}!{entry.FullName}";
            var ext = Path.GetExtension(entry.FullName).ToLowerInvariant();
            if (entry.FullName == "imsmanifest.xml")
            {
                problems.AddRange(ManifestSchemas.Validate(data).Select(m => $"{where}: {m}"));
                texts.Add((where, Encoding.UTF8.GetString(data)));
            }
            else if (ext is ".xml" or ".xsd")
            {
                CheckXml(where, data, problems);
            }
            else if (ext is ".svg")
            {
                // Served by the LMS like a page: checked for leaked and forbidden text like one.
                texts.Add((where, Encoding.UTF8.GetString(data)));
            }
            else if (ext is ".html" or ".htm")
            {
                var html = CheckText(where, data, problems);
                texts.Add((where, html));
                CheckHtmlSafety(where, html, problems);
            }
            else if (ext is ".js" or ".css" or ".json" or ".txt")
            {
                texts.Add((where, CheckText(where, data, problems)));
            }
            else
            {
                texts.Add((where, Encoding.Latin1.GetString(data)));
            }
        }
    }

    private static void CheckDocx(string name, byte[] bytes, List<string> problems, List<(string, string)> texts)
    {
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var where = $"{name}!{entry.FullName}";
                if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    CheckXml(where, copy.ToArray(), problems);
                    texts.Add((where, Encoding.UTF8.GetString(copy.ToArray())));
                }
                else
                {
                    texts.Add((where, Encoding.Latin1.GetString(copy.ToArray())));
                }
            }
        }

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        if (doc.MainDocumentPart?.Document?.Body is null)
        {
            problems.Add($"{name}: no document body");
        }

        foreach (var link in doc.MainDocumentPart?.HyperlinkRelationships ?? [])
        {
            if (IsUnsafeUrl(link.Uri.OriginalString))
            {
                problems.Add($"{name}: hyperlink to {Short(link.Uri.OriginalString)}");
            }
        }

        foreach (var error in new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc).Take(5))
        {
            problems.Add($"{name}: {error.Part?.Uri} {error.Path?.XPath}: {error.Description}");
        }
    }

    private static void CheckPdf(string name, byte[] bytes, List<string> problems, List<(string, string)> texts)
    {
        if (!bytes.AsSpan().StartsWith("%PDF-"u8) || !Encoding.ASCII.GetString(bytes[^Math.Min(bytes.Length, 64)..]).Contains("%%EOF", StringComparison.Ordinal))
        {
            problems.Add($"{name}: not a complete PDF (header or %%EOF missing)");
        }

        foreach (System.Text.RegularExpressions.Match uri in System.Text.RegularExpressions.Regex.Matches(Encoding.Latin1.GetString(bytes), @"/URI\s*\((?<uri>(?:\\.|[^)])*)\)"))
        {
            if (IsUnsafeUrl(uri.Groups["uri"].Value))
            {
                problems.Add($"{name}: link annotation to {Short(uri.Groups["uri"].Value)}");
            }
        }

        using var pdf = PdfDocument.Open(bytes);
        if (pdf.NumberOfPages == 0)
        {
            problems.Add($"{name}: no page");
        }

        var text = new StringBuilder();
        foreach (var page in pdf.GetPages())
        {
            text.Append(page.Text).Append('\n');
        }

        texts.Add((name, text.ToString()));
    }

    private static void CheckXml(string where, byte[] data, List<string> problems)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CheckCharacters = true });
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            problems.Add($"{where}: XML not well-formed: {ex.Message}");
        }
    }

    /// <summary>Decodes strict UTF-8 and refuses control characters other than tab and line ends.</summary>
    private static string CheckText(string where, byte[] data, List<string> problems)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data);
        }
        catch (DecoderFallbackException)
        {
            problems.Add($"{where}: not valid UTF-8");
            return Encoding.UTF8.GetString(data);
        }

        var control = text.FirstOrDefault(c => c < 0x20 && c is not '\t' and not '\n' and not '\r' || c is '\u007F' or '\uFFFE' or '\uFFFF');
        if (control != default)
        {
            problems.Add($"{where}: control character U+{(int)control:X4}");
        }

        return text;
    }

    /// <summary>Pages may load the package's own scripts and JSON data, nothing else executable.</summary>
    private static void CheckHtmlSafety(string where, string html, List<string> problems)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            switch (tag)
            {
                case "script":
                    var src = element.GetAttribute("src");
                    var type = element.GetAttribute("type");
                    var ownScript = src is not null && (src.StartsWith("../shared/", StringComparison.Ordinal) || src.StartsWith("shared/", StringComparison.Ordinal)) && element.TextContent.Trim().Length == 0;
                    if (!ownScript && type != "application/json")
                    {
                        problems.Add($"{where}: <script> not from the package: {Short(element.OuterHtml)}");
                    }

                    break;
                case "iframe" or "frame" or "object" or "embed" or "applet" or "base":
                    problems.Add($"{where}: <{tag}> left in the page: {Short(element.OuterHtml)}");
                    break;
                case "meta" when element.HasAttribute("http-equiv"):
                    problems.Add($"{where}: <meta http-equiv> left in the page");
                    break;
                case "form" when element.HasAttribute("action"):
                    problems.Add($"{where}: <form action> left in the page");
                    break;
            }

            foreach (var attribute in element.Attributes)
            {
                var attrName = attribute.Name.ToLowerInvariant();
                if (attrName.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"{where}: event handler {attrName} on <{tag}>");
                }

                if (UrlAttributes.Contains(attrName) && IsUnsafeUrl(attribute.Value))
                {
                    problems.Add($"{where}: script URL in {attrName} of <{tag}>: {Short(attribute.Value)}");
                }

                if (attrName == "style" && attribute.Value.Contains("expression(", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{where}: CSS expression() on <{tag}>");
                }
            }
        }
    }

    /// <summary>Script URLs, and file: URLs that would point a reader at the author's disk.</summary>
    private static bool IsUnsafeUrl(string value) =>
        IsScriptUrl(value) || value.TrimStart().StartsWith("file:", StringComparison.OrdinalIgnoreCase);

    private static bool IsScriptUrl(string value)
    {
        var compact = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal) || compact.StartsWith("vbscript:", StringComparison.Ordinal) || compact.StartsWith("data:text/html", StringComparison.Ordinal);
    }

    private static string Short(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
