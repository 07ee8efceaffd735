namespace Courseware.Docx.Packaging;

/// <summary>The fixed entry time of a deterministic zip (<see cref="PackageStreamWriter"/>).</summary>
internal static class DeterministicZip
{
    /// <summary>The zip time of <paramref name="t"/>: its UTC wall clock, kept within the years a zip can store.</summary>
    internal static DateTimeOffset Clamp(DateTimeOffset t)
    {
        var min = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var max = new DateTimeOffset(2107, 12, 31, 0, 0, 0, TimeSpan.Zero);
        var utc = t.ToUniversalTime();
        // Zip times carry no zone; an offset of zero keeps the stored time independent of the machine's zone.
        return new DateTimeOffset(utc < min ? min.DateTime : utc > max ? max.DateTime : utc.DateTime, TimeSpan.Zero);
    }
}
