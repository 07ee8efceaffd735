using Courseware.Diagnostics;

namespace Courseware.Export;

/// <summary>Everything an exporter may use besides the course: where to write, options, diagnostics, the fixed timestamp.</summary>
public sealed class ExportContext
{
    public required IOutputSink Output { get; init; }

    public ExportOptions Options { get; init; } = new();

    public DiagnosticBag Diagnostics { get; init; } = new();

    /// <summary>The timestamp written into outputs (zip entries, PDF/DOCX metadata): <c>SOURCE_DATE_EPOCH</c> when set, else a constant, so outputs are reproducible.</summary>
    public DateTimeOffset Timestamp { get; init; } = DefaultTimestamp;

    /// <summary>Fetches remote assets when <see cref="RemoteAssetPolicy.Download"/> is asked; null disables downloads.</summary>
    public HttpClient? Http { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>Told how many pages are done, for a progress display; may be null, and is called from the exporter's thread.</summary>
    public IProgress<ExportProgress>? Progress { get; init; }

    /// <summary>1980-01-01, the earliest date a zip entry can hold.</summary>
    public static DateTimeOffset DefaultTimestamp { get; } = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Reads <c>SOURCE_DATE_EPOCH</c> (seconds since 1970) from the given value, or the default.</summary>
    public static DateTimeOffset TimestampFromEpoch(string? sourceDateEpoch) =>
        long.TryParse(sourceDateEpoch, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds >= 315532800
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DefaultTimestamp;
}
