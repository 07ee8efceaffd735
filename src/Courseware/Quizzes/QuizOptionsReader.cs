using System.Collections;
using System.Globalization;
using System.Text;
using Courseware.Diagnostics;

namespace Courseware.Quizzes;

/// <summary>The options of one quiz once fence, front matter and course defaults are merged.</summary>
internal sealed record QuizOptions(string? Id, string? Title, double PassPercent, bool Shuffle, int? Attempts);

/// <summary>
/// Reads quiz options from the fence line (<c>gift title="Quiz du chapitre 1" pass=80 shuffle attempts=2 id=final</c>)
/// over the page front matter <c>quiz:</c> mapping (<c>title</c>, <c>pass</c>, <c>shuffle</c>, <c>attempts</c>) over the course pass mark.
/// Invalid values are reported and replaced by the next default.
/// </summary>
internal static class QuizOptionsReader
{
    private static readonly string[] FrontMatterKeys = ["title", "pass", "shuffle", "attempts"];

    public static QuizOptions Read(
        string fenceInfo,
        IReadOnlyDictionary<string, object?>? frontMatter,
        double coursePassPercent,
        SourceLocation fenceLocation,
        SourceLocation frontMatterLocation,
        DiagnosticBag diagnostics)
    {
        var options = new QuizOptions(null, null, coursePassPercent, false, null);

        // 1. Page defaults: the 'quiz' mapping (given directly, or the whole front matter holding it).
        var map = QuizMapping(frontMatter, frontMatterLocation, diagnostics);
        foreach (var (key, value) in map)
        {
            if (!FrontMatterKeys.Contains(key, StringComparer.Ordinal))
            {
                diagnostics.Report(DiagnosticCodes.QuizUnknownOption, frontMatterLocation, "quiz." + key);
                continue;
            }

            options = Apply(options, key, value, frontMatterLocation, diagnostics);
        }

        // 2. The fence line wins.
        foreach (var (key, value) in FenceOptions(fenceInfo))
        {
            options = Apply(options, key, value, fenceLocation, diagnostics);
        }

        return options;
    }

    private static QuizOptions Apply(QuizOptions options, string key, string? value, SourceLocation location, DiagnosticBag diagnostics)
    {
        switch (key)
        {
            case "title":
                return options with { Title = string.IsNullOrWhiteSpace(value) ? null : value.Trim() };

            case "pass":
                var text = (value ?? string.Empty).Trim().TrimEnd('%').Trim();
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var pass) && pass is >= 0 and <= 100)
                {
                    return options with { PassPercent = pass };
                }

                diagnostics.Report(DiagnosticCodes.QuizBadOption, location, key, value, DiagnosticPhrases.PassMarkRange);
                return options;

            case "shuffle":
                if (value is null)
                {
                    return options with { Shuffle = true };
                }

                switch (value.Trim().ToLowerInvariant())
                {
                    case "true" or "yes" or "on" or "1":
                        return options with { Shuffle = true };
                    case "false" or "no" or "off" or "0":
                        return options with { Shuffle = false };
                    default:
                        diagnostics.Report(DiagnosticCodes.QuizBadOption, location, key, value, DiagnosticPhrases.ShuffleValues);
                        return options;
                }

            case "attempts":
                var attempts = (value ?? string.Empty).Trim();
                if (attempts.Equals("unlimited", StringComparison.OrdinalIgnoreCase) || attempts == "0")
                {
                    return options with { Attempts = null };
                }

                if (int.TryParse(attempts, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                {
                    return options with { Attempts = n };
                }

                diagnostics.Report(DiagnosticCodes.QuizBadOption, location, key, value, DiagnosticPhrases.AttemptsValues);
                return options;

            case "id":
                var id = (value ?? string.Empty).Trim();
                if (id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && char.IsAsciiLetterOrDigit(id[0]))
                {
                    return options with { Id = id };
                }

                diagnostics.Report(DiagnosticCodes.QuizBadOption, location, key, value, DiagnosticPhrases.IdCharacters);
                return options;

            default:
                diagnostics.Report(DiagnosticCodes.QuizUnknownOption, location, key);
                return options;
        }
    }

    private static List<(string Key, string? Value)> QuizMapping(IReadOnlyDictionary<string, object?>? frontMatter, SourceLocation location, DiagnosticBag diagnostics)
    {
        var result = new List<(string, string?)>();
        if (frontMatter is null || frontMatter.Count == 0)
        {
            return result;
        }

        IEnumerable<KeyValuePair<string, object?>> entries = frontMatter;
        if (frontMatter.TryGetValue("quiz", out var nested))
        {
            if (nested is IReadOnlyDictionary<string, object?> typed)
            {
                entries = typed;
            }
            else if (nested is IDictionary untyped)
            {
                entries = untyped.Keys.Cast<object>().Select(k => new KeyValuePair<string, object?>(Convert.ToString(k, CultureInfo.InvariantCulture) ?? string.Empty, untyped[k]));
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.QuizFrontMatterNotMapping, location);
                return result;
            }
        }

        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var text = value switch
            {
                null => null,
                string s => s,
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is not null && text is null)
            {
                diagnostics.Report(DiagnosticCodes.QuizBadOption, location, "quiz." + key, "(" + value.GetType().Name + ")", DiagnosticPhrases.SingleValueExpected);
                continue;
            }

            // A key written without value ('shuffle:') reads as null: treat like the bare fence flag only for shuffle.
            result.Add((key, text ?? (key == "shuffle" ? null : string.Empty)));
        }

        return result;
    }

    /// <summary>The <c>key=value</c>, <c>key="quoted value"</c> and bare <c>flag</c> words after the language name.</summary>
    internal static List<(string Key, string? Value)> FenceOptions(string fenceInfo)
    {
        var result = new List<(string, string?)>();
        var i = 0;
        var first = true;
        while (i < fenceInfo.Length)
        {
            while (i < fenceInfo.Length && char.IsWhiteSpace(fenceInfo[i]))
            {
                i++;
            }

            if (i >= fenceInfo.Length)
            {
                break;
            }

            var keyStart = i;
            while (i < fenceInfo.Length && !char.IsWhiteSpace(fenceInfo[i]) && fenceInfo[i] != '=')
            {
                i++;
            }

            var key = fenceInfo[keyStart..i].ToLowerInvariant();
            string? value = null;
            if (i < fenceInfo.Length && fenceInfo[i] == '=')
            {
                i++;
                value = ReadValue(fenceInfo, ref i);
            }

            // The first word is the language name ('gift').
            if (first)
            {
                first = false;
                if (value is null)
                {
                    continue;
                }
            }

            if (key.Length > 0)
            {
                result.Add((key, value));
            }
        }

        return result;
    }

    private static string ReadValue(string text, ref int i)
    {
        if (i < text.Length && text[i] is '"' or '\'' or '“' or '«')
        {
            var quote = text[i] switch { '“' => '”', '«' => '»', var q => q };
            i++;
            var sb = new StringBuilder();
            while (i < text.Length && text[i] != quote)
            {
                if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == quote || text[i + 1] == '\\'))
                {
                    i++;
                }

                sb.Append(text[i]);
                i++;
            }

            i = Math.Min(i + 1, text.Length);
            return sb.ToString();
        }

        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return text[start..i];
    }
}
