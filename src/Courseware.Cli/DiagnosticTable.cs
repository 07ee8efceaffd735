using System.Text;
using Courseware.Diagnostics;

namespace Courseware.Cli;

/// <summary>The table of every diagnostic code, for <c>courseware codes</c> and the README.</summary>
public static partial class DiagnosticTable
{
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("| Code | Severity | Message | How to fix |\n| --- | --- | --- | --- |\n");
        foreach (var d in DiagnosticCodes.All)
        {
            sb.Append($"| {d.Code} | {d.Severity.ToString().ToLowerInvariant()} | {Cell(d.MessageFormat)} | {Cell(d.Fix)} |\n");
        }

        return sb.ToString();
    }

    public static string Text()
    {
        var sb = new StringBuilder();
        foreach (var d in DiagnosticCodes.All)
        {
            sb.Append($"{d.Code}  {d.Severity.ToString().ToLowerInvariant(),-7}  {d.MessageFormat}\n         fix: {d.Fix}\n");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => Placeholder().Replace(text, "…").Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
