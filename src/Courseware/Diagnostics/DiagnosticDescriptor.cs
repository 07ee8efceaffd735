using System.Globalization;

namespace Courseware.Diagnostics;

/// <summary>The fixed part of a diagnostic: its code, default severity, message template and a hint on how to fix it.</summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string MessageFormat, string Fix)
{
    public Diagnostic Create(SourceLocation location, params object?[] args) =>
        new(Code, Severity, args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args), location);
}
