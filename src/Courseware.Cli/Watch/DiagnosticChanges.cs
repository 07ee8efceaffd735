using Courseware.Cli.Resources;

namespace Courseware.Cli.Watch;

/// <summary>What changed between two runs' diagnostic lines: the new ones and the fixed ones, each in the order it was printed.</summary>
public sealed record DiagnosticChanges(IReadOnlyList<string> New, IReadOnlyList<string> Fixed)
{
    public static DiagnosticChanges Between(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var old = new HashSet<string>(before, StringComparer.Ordinal);
        var now = new HashSet<string>(after, StringComparer.Ordinal);
        return new DiagnosticChanges(
            [.. after.Where(line => !old.Contains(line)).Distinct(StringComparer.Ordinal)],
            [.. before.Where(line => !now.Contains(line)).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Prints "new: …" and "fixed: …" lines, or one line saying nothing changed.</summary>
    public void Print(TextWriter writer) => Print(writer, new CliText(MessageLanguage.English));

    /// <summary>The same in the message language.</summary>
    internal void Print(TextWriter writer, CliText text)
    {
        foreach (var line in New)
        {
            writer.WriteLine(text.Format(nameof(CliMessages.WatchNew), line));
        }

        foreach (var line in Fixed)
        {
            writer.WriteLine(text.Format(nameof(CliMessages.WatchFixed), line));
        }

        if (New.Count == 0 && Fixed.Count == 0)
        {
            writer.WriteLine(text[nameof(CliMessages.WatchNoChange)]);
        }
    }
}
