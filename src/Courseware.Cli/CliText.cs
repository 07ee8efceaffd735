using System.Globalization;
using Courseware.Cli.Resources;

namespace Courseware.Cli;

/// <summary>The command's own texts in the message language; keys are the names of the generated <see cref="CliMessages"/> properties.</summary>
internal sealed class CliText(CultureInfo uiCulture)
{
    public CultureInfo Culture { get; } = uiCulture;

    public string this[string key] => CliMessages.ResourceManager.GetString(key, Culture) ?? throw new InvalidOperationException($"no text '{key}' in CliMessages.resx");

    /// <summary>The text with its placeholders filled; numbers are written the way the message language writes them.</summary>
    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);
}

/// <summary>Chooses the language of messages: <c>--lang fr|en</c> when given, else the system's UI culture (French for any French culture, English otherwise).</summary>
internal static class MessageLanguage
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    /// <summary>The accepted values of <c>--lang</c>.</summary>
    public static readonly string[] Names = ["fr", "en"];

    public static CultureInfo Resolve(IReadOnlyList<string> args, CultureInfo system)
    {
        // Read before parsing, so that help texts and parse errors are already in the right language; a wrong
        // value is left to the parser, which reports it as a usage error.
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i] == "--lang" && i + 1 < args.Count ? args[i + 1]
                : args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal) ? args[i][7..]
                : null;
            if (value is "fr" or "en")
            {
                return value == "fr" ? French : English;
            }
        }

        return system.TwoLetterISOLanguageName == "fr" ? French : English;
    }
}
