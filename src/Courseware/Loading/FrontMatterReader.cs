using Courseware.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Courseware.Loading;

/// <summary>The front matter of a page and the Markdown body with the front-matter lines blanked (so line numbers stay those of the file).</summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, object?> Values, string Body)
{
    public string? GetString(string key) => Values.TryGetValue(key, out var v) && v is string s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    public bool GetBool(string key) => Values.TryGetValue(key, out var v) && v is string s && (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s.Equals("yes", StringComparison.OrdinalIgnoreCase));
}

/// <summary>Reads YAML front matter between <c>---</c> lines at the top of a page.</summary>
public static class FrontMatterReader
{
    public static FrontMatter Read(string text, string file, DiagnosticBag diagnostics)
    {
        var empty = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return new FrontMatter(empty, text);
        }

        // Find the closing '---' (or '...') line.
        var pos = 4;
        var end = -1;
        var endLineEnd = -1;
        while (pos <= text.Length)
        {
            var nl = text.IndexOf('\n', pos);
            var lineEnd = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(pos, lineEnd - pos).TrimEnd();
            if (line is "---" or "...")
            {
                end = pos;
                endLineEnd = lineEnd;
                break;
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        if (end < 0)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterUnclosed, new SourceLocation(file, 1, 1));
            return new FrontMatter(empty, text);
        }

        var yaml = text[4..end];
        var values = Parse(yaml, file, diagnostics) ?? empty;

        // Blank the front matter, keeping one '\n' per line so Markdown line numbers are file line numbers.
        var lines = text.AsSpan(0, endLineEnd).Count('\n');
        var body = new string('\n', lines) + text[endLineEnd..];
        return new FrontMatter(values, body);
    }

    private static Dictionary<string, object?>? Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return null;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                diagnostics.Report(DiagnosticCodes.FrontMatterInvalid, new SourceLocation(file, 2, 1), "expected 'key: value' lines");
                return null;
            }

            return (Dictionary<string, object?>)Convert(map)!;
        }
        catch (YamlException ex)
        {
            // Line 1 of the YAML is line 2 of the file.
            var line = (int)Math.Max(1, ex.Start.Line) + 1;
            var column = (int)Math.Max(1, ex.Start.Column);
            diagnostics.Report(DiagnosticCodes.FrontMatterInvalid, new SourceLocation(file, line, column), FirstLine(ex.InnerException?.Message ?? ex.Message));
            return null;
        }
    }

    private static string FirstLine(string message)
    {
        var nl = message.IndexOf('\n', StringComparison.Ordinal);
        var text = nl < 0 ? message : message[..nl];
        var paren = text.IndexOf("): ", StringComparison.Ordinal);
        return paren >= 0 && text.StartsWith("(Line", StringComparison.Ordinal) ? text[(paren + 3)..] : text;
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(Convert).ToList(),
        YamlMappingNode map => map.Children
            .Where(kv => kv.Key is YamlScalarNode)
            .GroupBy(kv => ((YamlScalarNode)kv.Key).Value ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Convert(g.Last().Value), StringComparer.Ordinal),
        _ => null,
    };
}
