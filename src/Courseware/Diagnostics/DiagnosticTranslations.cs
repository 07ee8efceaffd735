using System.Globalization;
using System.Resources;

namespace Courseware.Diagnostics;

/// <summary>Reads the translated diagnostic texts from the <c>DiagnosticMessages</c> resources (satellite assemblies).</summary>
public static class DiagnosticTranslations
{
    private static readonly ResourceManager Resources = new("Courseware.Diagnostics.DiagnosticMessages", typeof(DiagnosticTranslations).Assembly);

    /// <summary>The text stored under <paramref name="key"/> for that culture, or null when it is not translated (English is never stored).</summary>
    public static string? Find(string key, CultureInfo uiCulture) =>
        uiCulture.TwoLetterISOLanguageName == "en" || uiCulture.Equals(CultureInfo.InvariantCulture) ? null : Resources.GetString(key, uiCulture);
}

/// <summary>Formats message arguments invariantly, and gives <see cref="DiagnosticPhrase"/> arguments the language of the message.</summary>
internal sealed class DiagnosticFormatProvider(CultureInfo uiCulture) : IFormatProvider
{
    public CultureInfo UICulture { get; } = uiCulture;

    public object? GetFormat(Type? formatType) =>
        formatType == typeof(DiagnosticFormatProvider) ? this : CultureInfo.InvariantCulture.GetFormat(formatType);
}
