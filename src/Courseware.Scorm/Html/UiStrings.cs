using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Courseware.Scorm.Html;

/// <summary>The texts of the page interface (buttons, feedback, labels) in the course language, read from <c>Resources/strings.&lt;lang&gt;.json</c>; English when the language has no file.</summary>
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, string> _strings;

    private UiStrings(string language, IReadOnlyDictionary<string, string> strings)
    {
        Language = language;
        _strings = strings;
    }

    /// <summary>The two-letter language whose file was used.</summary>
    public string Language { get; }

    public string this[string key] => _strings.TryGetValue(key, out var s) ? s : key;

    /// <summary>Every key and text, sorted by key (the runtime script receives them).</summary>
    public IEnumerable<KeyValuePair<string, string>> All => _strings.OrderBy(p => p.Key, StringComparer.Ordinal);

    public string Format(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, this[key], args);

    /// <summary>Loads the strings for a BCP 47 tag such as <c>fr-FR</c>.</summary>
    public static UiStrings For(string languageTag)
    {
        var language = (languageTag.Split('-', '_')[0]).ToLowerInvariant();
        var strings = Load(language) ?? Load("en")!;
        return new UiStrings(Load(language) is null ? "en" : language, strings);
    }

    private static Dictionary<string, string>? Load(string language)
    {
        using var stream = typeof(UiStrings).Assembly.GetManifestResourceStream($"Courseware.Scorm.Resources.strings.{language}.json");
        return stream is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(stream);
    }
}
