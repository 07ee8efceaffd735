using System.Reflection;

namespace Courseware.Diagnostics;

/// <summary>
/// The one table of diagnostic codes. Ranges: CW00xx files and text, CW01xx tree (content-ref, SUMMARY.md),
/// CW02xx Markdown and GitBook tags, CW03xx links and assets, CW04xx quizzes, CW05xx SCORM, CW06xx PDF,
/// CW07xx Word, CW08xx accessibility, CW09xx settings and command line. Each area keeps its codes in its own
/// <c>DiagnosticCodes.Area.cs</c> file.
/// </summary>
public static partial class DiagnosticCodes
{
    private static readonly Lazy<IReadOnlyList<DiagnosticDescriptor>> AllDescriptors = new(() =>
        [.. typeof(DiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)]);

    /// <summary>Every code, sorted.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => AllDescriptors.Value;

    private static DiagnosticDescriptor Error(string code, string message, string fix) => new(code, DiagnosticSeverity.Error, message, fix);

    private static DiagnosticDescriptor Warning(string code, string message, string fix) => new(code, DiagnosticSeverity.Warning, message, fix);

    private static DiagnosticDescriptor Info(string code, string message, string fix) => new(code, DiagnosticSeverity.Info, message, fix);
}
