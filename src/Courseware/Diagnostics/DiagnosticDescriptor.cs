using System.Globalization;

namespace Courseware.Diagnostics;

/// <summary>The fixed part of a diagnostic: its code, default severity, message template and a hint on how to fix it.</summary>
/// <remarks>
/// The English texts live here, next to the code that reports them; translations live in
/// <c>DiagnosticMessages.&lt;lang&gt;.resx</c>, keyed by code (<c>CW0101.Message</c>, <c>CW0101.Fix</c>).
/// </remarks>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string MessageFormat, string Fix)
{
    public Diagnostic Create(SourceLocation location, params object?[] args) =>
        new(Code, Severity, Render(MessageFormat, CultureInfo.InvariantCulture, args), location) { Descriptor = this, Arguments = [.. args] };

    /// <summary>The message template in the given language, English when it has no translation.</summary>
    public string GetMessageFormat(CultureInfo uiCulture) => DiagnosticTranslations.Find(Code + ".Message", uiCulture) ?? MessageFormat;

    /// <summary>How to fix it, in the given language, English when it has no translation.</summary>
    public string GetFix(CultureInfo uiCulture) => DiagnosticTranslations.Find(Code + ".Fix", uiCulture) ?? Fix;

    /// <summary>The message for these arguments in the given language.</summary>
    public string FormatMessage(CultureInfo uiCulture, IReadOnlyList<object?> args) =>
        Render(GetMessageFormat(uiCulture), uiCulture, [.. args]);

    // Arguments quote the course (paths, numbers as written, GIFT text), so they are formatted the same way in
    // every language; only phrases made for messages (DiagnosticPhrase) follow the language.
    private static string Render(string template, CultureInfo uiCulture, object?[] args) =>
        args.Length == 0 ? template : string.Format(new DiagnosticFormatProvider(uiCulture), template, args);
}
