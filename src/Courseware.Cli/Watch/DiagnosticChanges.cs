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
    public void Print(TextWriter writer)
    {
        foreach (var line in New)
        {
            writer.WriteLine("new: " + line);
        }

        foreach (var line in Fixed)
        {
            writer.WriteLine("fixed: " + line);
        }

        if (New.Count == 0 && Fixed.Count == 0)
        {
            writer.WriteLine("diagnostics: no change");
        }
    }
}
