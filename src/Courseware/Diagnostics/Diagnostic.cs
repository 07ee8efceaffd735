using System.Globalization;

namespace Courseware.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>A place in a course file: path relative to the course root with '/' separators, 1-based line and column (0 when unknown).</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public static SourceLocation None { get; } = new(string.Empty);

    public bool IsKnown => !string.IsNullOrEmpty(File);

    public override string ToString() => !IsKnown ? string.Empty : Line > 0 ? $"{File}({Line},{Math.Max(1, Column)})" : File;
}

/// <summary>One problem (or remark) found in a course, with its code, severity and location.</summary>
/// <remarks>
/// <see cref="Message"/> is the English text, the one machine-readable outputs carry. A diagnostic made from a
/// <see cref="DiagnosticDescriptor"/> keeps it and its arguments, so <see cref="GetMessage"/> can render it in the
/// user's language at print time.
/// </remarks>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>The descriptor this diagnostic was made from; null when it was built by hand.</summary>
    public DiagnosticDescriptor? Descriptor { get; init; }

    /// <summary>The values of the message placeholders, in order.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];

    /// <summary>The message in the given language (French or English); English when no translation exists.</summary>
    public string GetMessage(CultureInfo uiCulture) => Descriptor is null ? Message : Descriptor.FormatMessage(uiCulture, Arguments);

    /// <summary>The MSBuild format understood by editors and CI: <c>file(line,col): error CW0123: message</c>.</summary>
    public string ToMsBuildString() => Format(Message);

    /// <summary>The MSBuild format with the message in the given language; the severity keyword stays English so tools still match it.</summary>
    public string ToMsBuildString(CultureInfo uiCulture) => Format(GetMessage(uiCulture));

    public override string ToString() => ToMsBuildString();

    // Two diagnostics are the same problem when they say the same thing at the same place; the argument list is
    // what the message was made from, so it does not take part.
    public bool Equals(Diagnostic? other) =>
        other is not null && Code == other.Code && Severity == other.Severity && Message == other.Message && Location == other.Location;

    public override int GetHashCode() => HashCode.Combine(Code, Severity, Message, Location);

    private string Format(string message)
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var place = Location.IsKnown ? Location.ToString() : "courseware";
        return $"{place}: {severity} {Code}: {message}";
    }
}
