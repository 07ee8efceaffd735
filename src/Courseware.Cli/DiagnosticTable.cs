using System.Globalization;
using System.Text;
using Courseware.Diagnostics;

namespace Courseware.Cli;

/// <summary>The table of every diagnostic code, for <c>courseware codes</c> and the README.</summary>
public static partial class DiagnosticTable
{
    /// <summary>The Markdown table; English unless another language is given (the README's table is English).</summary>
    public static string Markdown(CultureInfo? uiCulture = null)
    {
        var culture = uiCulture ?? CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("| Code | Severity | Message | How to fix |\n| --- | --- | --- | --- |\n");
        foreach (var d in DiagnosticCodes.All)
        {
            sb.Append($"| {d.Code} | {d.Severity.ToString().ToLowerInvariant()} | {Cell(d.GetMessageFormat(culture))} | {Cell(d.GetFix(culture))} |\n");
        }

        return sb.ToString();
    }

    /// <summary>The plain-text list printed by <c>courseware codes</c>, in the given language.</summary>
    public static string Text(CultureInfo uiCulture)
    {
        var text = new CliText(uiCulture);
        var sb = new StringBuilder();
        foreach (var d in DiagnosticCodes.All)
        {
            sb.Append($"{d.Code}  {d.Severity.ToString().ToLowerInvariant(),-7}  {d.GetMessageFormat(uiCulture)}\n         {text.Format(nameof(Resources.CliMessages.CodesFix), d.GetFix(uiCulture))}\n");
        }

        return sb.ToString();
    }

    private static string Cell(string text) => Placeholder().Replace(text, "…").Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial System.Text.RegularExpressions.Regex Placeholder();
}
