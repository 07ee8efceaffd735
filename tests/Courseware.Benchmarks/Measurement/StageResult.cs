namespace Courseware.Benchmarks.Measurement;

/// <summary>One measured stage at one course size.</summary>
public sealed record StageResult(
    string Stage,
    int Pages,
    TimeSpan Wall,
    TimeSpan Cpu,
    long AllocatedBytes,
    long PeakWorkingSet,
    long OutputBytes,
    string? Note = null)
{
    public bool Failed => Note is not null && (Note.StartsWith("FAILED", StringComparison.Ordinal) || Note.StartsWith("SKIPPED", StringComparison.Ordinal));
}
