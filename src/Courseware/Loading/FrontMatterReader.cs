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
    /// <summary>Front matter holds a few keys; anything larger is refused before YAML parsing (the parser recurses and expands aliases).</summary>
    private const int MaxYamlChars = 64 * 1024;

    private const int MaxFlowDepth = 64;

    /// <summary>Values after alias expansion: a few aliases can otherwise stand for billions of values.</summary>
    private const int MaxValues = 10_000;

    public static FrontMatter Read(string text, string file, DiagnosticBag diagnostics)
    {
        var (values, _, closingLineEnd) = Scan(text, file, diagnostics);
        return new FrontMatter(values, closingLineEnd < 0 ? text : Blank(text, closingLineEnd));
    }

    /// <summary>
    /// Reads the front matter's values without making the body: where its closing line starts and ends in
    /// <paramref name="text"/> (both -1 when the page has none), for a parser that skips the front matter itself.
    /// </summary>
    internal static (IReadOnlyDictionary<string, object?> Values, int ClosingLineStart, int ClosingLineEnd) Scan(string text, string file, DiagnosticBag diagnostics)
    {
        var empty = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            return (empty, -1, -1);
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
            return (empty, -1, -1);
        }

        var yaml = text[4..end];
        return (Parse(yaml, file, diagnostics) ?? empty, end, endLineEnd);
    }

    /// <summary>The text with its front matter (up to the end of its closing line) blanked, one '\n' per line, so Markdown line numbers are file line numbers.</summary>
    internal static string Blank(string text, int closingLineEnd)
    {
        var lines = text.AsSpan(0, closingLineEnd).Count('\n');
        return string.Create(lines + text.Length - closingLineEnd, (Text: text, Lines: lines, From: closingLineEnd), static (span, state) =>
        {
            span[..state.Lines].Fill('\n');
            state.Text.AsSpan(state.From).CopyTo(span[state.Lines..]);
        });
    }

    private static Dictionary<string, object?>? Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return null;
        }

        if (yaml.Length > MaxYamlChars || FlowDepth(yaml) > MaxFlowDepth)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterInvalid, new SourceLocation(file, 2, 1), $"larger or more deeply nested than front matter can be ({MaxYamlChars / 1024} KB, {MaxFlowDepth} levels)");
            return null;
        }

        if (SimpleMapping(yaml) is { } simple)
        {
            return simple;
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

            var budget = MaxValues;
            return (Dictionary<string, object?>)Convert(map, ref budget)!;
        }
        catch (ValueBudgetExceededException)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterInvalid, new SourceLocation(file, 2, 1), $"its aliases expand to more than {MaxValues} values");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this (instead of a YamlException) on some malformed flow collections.
            diagnostics.Report(DiagnosticCodes.FrontMatterInvalid, new SourceLocation(file, 2, 1), FirstLine(ex.Message));
            return null;
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

    private static object? Convert(YamlNode node, ref int budget)
    {
        if (--budget < 0)
        {
            throw new ValueBudgetExceededException();
        }

        switch (node)
        {
            case YamlScalarNode s:
                return s.Value;
            case YamlSequenceNode seq:
                var list = new List<object?>(seq.Children.Count);
                foreach (var child in seq.Children)
                {
                    list.Add(Convert(child, ref budget));
                }

                return list;
            case YamlMappingNode map:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode scalar)
                    {
                        // The last value of a repeated key wins.
                        result[scalar.Value ?? string.Empty] = Convert(value, ref budget);
                    }
                }

                return result;
            default:
                return null;
        }
    }

    /// <summary>
    /// Front matter made only of <c>key: value</c> lines whose values are plain, or quoted without escapes, read without the
    /// YAML parser (which costs more than the whole Markdown parse of a page); null for anything else, which the parser reads.
    /// Gives what the parser gives for such lines: the scalars as written, the last value of a repeated key.
    /// </summary>
    private static Dictionary<string, object?>? SimpleMapping(string yaml)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var range in yaml.AsSpan().Split('\n'))
        {
            var line = yaml.AsSpan()[range].TrimEnd(' ');
            if (line.IsEmpty)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0 || colon + 2 >= line.Length || line[colon + 1] != ' ' || !IsSimpleKey(line[..colon]))
            {
                return null;
            }

            var value = SimpleScalar(line[(colon + 2)..].TrimStart(' '));
            if (value is null)
            {
                return null;
            }

            result[line[..colon].ToString()] = value;
        }

        return result.Count == 0 ? null : result;
    }

    private static bool IsSimpleKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return key[0] != '-';
    }

    private static string? SimpleScalar(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.ContainsAny('\t', '\r', '\0'))
        {
            return null;
        }

        if (value[0] is '"' or '\'')
        {
            var quote = value[0];
            return value.Length >= 2 && value[^1] == quote && !value[1..^1].ContainsAny(quote, '\\') ? value[1..^1].ToString() : null;
        }

        var plain = !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0])
            && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && value[^1] != ':';
        return plain ? value.ToString() : null;
    }

    /// <summary>The deepest nesting of flow collections ('[' and '{'), ignoring quotes: enough to refuse input that would exhaust the parser's stack.</summary>
    private static int FlowDepth(string yaml)
    {
        int depth = 0, max = 0;
        foreach (var c in yaml)
        {
            if (c is '[' or '{')
            {
                max = Math.Max(max, ++depth);
            }
            else if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return max;
    }

    private sealed class ValueBudgetExceededException : Exception;
}
