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
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceLocation Location)
{
    /// <summary>The MSBuild format understood by editors and CI: <c>file(line,col): error CW0123: message</c>.</summary>
    public string ToMsBuildString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var place = Location.IsKnown ? Location.ToString() : "courseware";
        return $"{place}: {severity} {Code}: {Message}";
    }

    public override string ToString() => ToMsBuildString();
}
