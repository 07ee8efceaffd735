using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Reports;
using Courseware.Benchmarks.Generation;
using Courseware.Benchmarks.Measurement;

namespace Courseware.Benchmarks;

/// <summary>Collects the figures of a run and writes RESULTS.md (Markdown tables, then the targets); text after the analysis marker is kept.</summary>
public sealed class ResultsReport
{
    private const string AnalysisMarker = "<!-- analysis: everything below this line is kept when the benchmark rewrites this file -->";
    private readonly List<string> _benchmarkDotNet = [];
    private DateTime _started;
    private string _loadBefore = string.Empty;
    private string _loadAfter = string.Empty;
    private string _command = string.Empty;
    private BenchmarkSettings _settings = new();

    public List<GeneratedCourse> Courses { get; } = [];

    public List<StageResult> Stages { get; } = [];

    public List<Comparison> Comparisons { get; } = [];

    public List<CliRun> CliRuns { get; } = [];

    public List<string> StoredOnce { get; } = [];

    public List<string> Notes { get; } = [];

    public string? Determinism { get; set; }

    /// <summary>The raw figures, saved beside RESULTS.md so separate runs can be merged with <c>--include</c>.</summary>
    public sealed record Figures(List<GeneratedCourse> Courses, List<StageResult> Stages, List<Comparison> Comparisons, List<CliRun> CliRuns, List<string> StoredOnce, List<string> Notes, List<string> BenchmarkDotNet, string? Determinism, string LoadBefore);

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new() { IncludeFields = true, WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public void Include(string jsonPath)
    {
        var f = System.Text.Json.JsonSerializer.Deserialize<Figures>(File.ReadAllText(jsonPath), JsonOptions) ?? throw new InvalidDataException(jsonPath);
        Courses.AddRange(f.Courses.Where(c => Courses.All(o => o.Pages != c.Pages)));
        Stages.AddRange(f.Stages);
        Comparisons.AddRange(f.Comparisons);
        CliRuns.AddRange(f.CliRuns);
        StoredOnce.AddRange(f.StoredOnce);
        Notes.AddRange(f.Notes);
        Notes.Add($"figures of {string.Join(", ", f.Courses.Select(c => c.Pages))} pages come from a separate run (load average at its start: {f.LoadBefore}).");
        _benchmarkDotNet.AddRange(f.BenchmarkDotNet);
        Determinism ??= f.Determinism;
    }

    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    public static string Describe(StageResult r) =>
        $"{r.Stage,-13} {Seconds(r.Wall),9} wall {Seconds(r.Cpu),9} CPU {Bytes(r.AllocatedBytes),9} alloc {Bytes(r.PeakWorkingSet),9} peak WS {Bytes(r.OutputBytes),9} out {r.Note}";

    public void Start(BenchmarkSettings settings, string command)
    {
        _settings = settings;
        _started = DateTime.UtcNow;
        _loadBefore = LoadAverage();
        _command = command;
    }

    public void Finish() => _loadAfter = LoadAverage();

    public void AddBenchmarkDotNet(Summary summary)
    {
        foreach (var report in summary.Reports)
        {
            var stats = report.ResultStatistics;
            var pages = report.BenchmarkCase.Parameters["Pages"];
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            _benchmarkDotNet.Add($"| {report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo} | {pages} | {(stats is null ? "failed" : Seconds(TimeSpan.FromTicks((long)(stats.Mean / 100))))} | {(stats is null ? "–" : Seconds(TimeSpan.FromTicks((long)(stats.StandardDeviation / 100))))} | {(allocated is { } a ? Bytes(a) : "–")} |");
        }
    }

    public void Write(string path)
    {
        var kept = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        var at = kept.IndexOf(AnalysisMarker, StringComparison.Ordinal);
        var analysis = at >= 0 ? kept[(at + AnalysisMarker.Length)..] : "\n\n## Analysis\n\n(none yet)\n";
        var md = new StringBuilder();
        Courses.Sort((a, b) => a.Pages.CompareTo(b.Pages));
        var sizes = Courses.Select(c => c.Pages).ToList();
        md.Append("# Courseware benchmark results\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Date: {_started:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores; {RuntimeInformation.OSDescription}; .NET {Environment.Version}; {RuntimeInformation.ProcessArchitecture}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Load average (1, 5, 15 min) at start: {_loadBefore}; at end: {(_loadAfter.Length > 0 ? _loadAfter : LoadAverage() + " (run in progress)")}. Other work on the machine inflates wall times; CPU times are less affected.\n");
        md.Append(CultureInfo.InvariantCulture, $"- Command: `dotnet run -c Release --project tests/Courseware.Benchmarks -- --sizes {string.Join(',', _settings.Sizes.Count > 0 ? _settings.Sizes : sizes)}{(_settings.BdnSizes.Count == 0 ? " --quick" : " --bdn-sizes " + string.Join(',', _settings.BdnSizes))}{(_settings.PdfMaxPages != 1000 ? " --pdf-max-pages " + _settings.PdfMaxPages : string.Empty)}` (seed {_settings.Seed}, CLI `--jobs {_settings.Jobs}`)\n");
        foreach (var note in Notes.Distinct())
        {
            md.Append("- Note: ").Append(note).Append('\n');
        }

        // Courses.
        md.Append("\n## Generated courses\n\n| pages | depth | Markdown | images in pool | image uses | image bytes | quizzes |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var c in Courses)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {c.Pages} | {c.Depth} | {Bytes(c.MarkdownBytes)} | {c.Images} | {c.ImageUses} | {Bytes(c.ImageBytes)} | {c.Quizzes} |\n");
        }

        // Whole process.
        if (CliRuns.Count > 0)
        {
            md.Append("\n## Whole process: `dotnet src/Courseware.Cli/bin/Release/net10.0/Courseware.Cli.dll export COURSE --format …` (or the build given with `--cli`)\n\n");
            md.Append("Wall, CPU (user+system) and max RSS from `/usr/bin/time`; the per-format seconds are the CLI's own `--json` figures (formats run in parallel).\n\n");
            md.Append("| pages | CLI | jobs | formats | wall | CPU | max RSS | exit | load | scorm12 | scorm2004 | pdf | docx | gift | output |\n| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            foreach (var r in CliRuns.OrderBy(r => r.Pages))
            {
                string F(string name) => r.Formats.FirstOrDefault(f => f.Format == name) is { Format: not null } f ? Seconds(TimeSpan.FromSeconds(f.Seconds)) : "–";
                md.Append(CultureInfo.InvariantCulture, $"| {r.Pages} | {r.Build ?? "dotnet Courseware.Cli.dll"} | {r.Jobs} | {r.FormatList} | {Seconds(r.Figures.Wall)} | {Seconds(r.Figures.Cpu)} | {Bytes(r.Figures.MaxResidentBytes)} | {(r.Figures.TimedOut ? "timeout" : r.Figures.ExitCode.ToString(CultureInfo.InvariantCulture))} | {(double.IsNaN(r.LoadSeconds) ? "–" : Seconds(TimeSpan.FromSeconds(r.LoadSeconds)))} | {F("scorm12")} | {F("scorm2004")} | {F("pdf")} | {F("docx")} | {F("gift")} | {Bytes(r.Formats.Sum(f => f.Bytes))} |\n");
            }
        }

        // In-process stages.
        md.Append("\n## In-process stages (one run each, one after the other on one loaded model)\n\n");
        md.Append("Wall: Stopwatch. CPU: process CPU time (all threads, GC included). Allocated: `GC.GetTotalAllocatedBytes`. Peak WS: working set sampled every 10 ms (includes the loaded model). Output: bytes written.\n\n");
        md.Append("| stage | pages | wall | CPU | allocated | peak WS | output | notes |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        foreach (var group in Stages.GroupBy(s => s.Pages).OrderBy(g => g.Key))
        {
            foreach (var r in group)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {r.Stage} | {r.Pages} | {Seconds(r.Wall)} | {Seconds(r.Cpu)} | {Bytes(r.AllocatedBytes)} | {Bytes(r.PeakWorkingSet)} | {(r.Stage is "load+parse" or InProcessStages.WarmLoad ? "–" : Bytes(r.OutputBytes))} | {r.Note?.Replace("|", "/", StringComparison.Ordinal)} |\n");
            }

            var all = group.Where(s => s.Stage != InProcessStages.WarmLoad).ToList();
            md.Append(CultureInfo.InvariantCulture, $"| **total** | {group.Key} | **{Seconds(Sum(all, s => s.Wall))}** | {Seconds(Sum(all, s => s.Cpu))} | {Bytes(all.Sum(s => s.AllocatedBytes))} | {Bytes(all.Max(s => s.PeakWorkingSet))} | {Bytes(all.Sum(s => s.OutputBytes))} | |\n");
        }

        // Scaling.
        var scaling = ScalingPairs(sizes);
        if (scaling.Count > 0)
        {
            md.Append("\n## Scaling: time(larger) / time(smaller)\n\n| stage | ").AppendJoin(" | ", scaling.Select(p => $"{p.Large}/{p.Small} wall | {p.Large}/{p.Small} CPU")).Append(" |\n| --- |").Append(string.Concat(Enumerable.Repeat(" ---: | ---: |", scaling.Count))).Append('\n');
            foreach (var stage in InProcessStages.Names.Append("total").Append("CLI (whole process)"))
            {
                md.Append("| ").Append(stage).Append(" | ");
                md.AppendJoin(" | ", scaling.Select(p => $"{Factor(StageWall(stage, p.Large, p.Small), StageWall(stage, p.Small, p.Large))} | {Factor(StageCpu(stage, p.Large, p.Small), StageCpu(stage, p.Small, p.Large))}"));
                md.Append(" |\n");
            }
        }

        // Side by side.
        if (Comparisons.Count > 0)
        {
            md.Append("\n## Side by side\n\n| comparison | pages | ours | reference | ours / reference | our bytes | reference bytes | notes |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
            foreach (var c in Comparisons.OrderBy(c => c.Pages))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {c.Name} | {c.Pages} | {Seconds(c.OursWall)} | {Seconds(c.ReferenceWall)} | {c.Ratio:0.00}× | {Bytes(c.OursBytes)} | {Bytes(c.ReferenceBytes)} | {c.Note} |\n");
            }
        }

        if (StoredOnce.Count > 0 || Determinism is not null)
        {
            md.Append("\n## Images stored once, parallel output identical\n\n");
            foreach (var line in StoredOnce)
            {
                md.Append("- ").Append(line).Append('\n');
            }

            if (Determinism is not null)
            {
                md.Append("- ").Append(Determinism).Append('\n');
            }
        }

        if (_benchmarkDotNet.Count > 0)
        {
            md.Append("\n## BenchmarkDotNet (in-process toolchain, 1 warm-up + 3 iterations)\n\n| stage | pages | mean | std dev | allocated / op |\n| --- | ---: | ---: | ---: | ---: |\n");
            foreach (var line in _benchmarkDotNet)
            {
                md.Append(line).Append('\n');
            }
        }

        md.Append("\n## Targets of issue 6\n\n| target | measured | met |\n| --- | --- | --- |\n");
        foreach (var (target, measured, met) in Targets())
        {
            md.Append("| ").Append(target).Append(" | ").Append(measured).Append(" | ").Append(met).Append(" |\n");
        }

        md.Append('\n').Append(AnalysisMarker).Append(analysis);
        File.WriteAllText(path, md.ToString().ReplaceLineEndings("\n"));
        var figures = new Figures(Courses, [.. Stages.OrderBy(s => s.Pages)], [.. Comparisons.OrderBy(c => c.Pages)], [.. CliRuns.OrderBy(c => c.Pages)], StoredOnce, Notes, _benchmarkDotNet, Determinism, _loadBefore);
        File.WriteAllText(Path.ChangeExtension(path, ".json"), System.Text.Json.JsonSerializer.Serialize(figures, JsonOptions));
    }

    /// <summary>
    /// Said after verdicts taken from 1,000 pages on: at 100 pages the fixed costs (start-up, compiling the code on first
    /// use, threads) are most of the time, and the table shows those figures beside the verdict.
    /// </summary>
    private const string JudgedFrom1000 = " (from 1,000 pages on)";

    private IEnumerable<(string Target, string Measured, string Met)> Targets()
    {
        static string Yes(bool? ok) => ok switch { true => "yes", false => "**no**", null => "not measured" };
        var cli1000 = CliRuns.FirstOrDefault(r => r.Pages == 1000 && r.Jobs == _settings.Jobs && r.FormatList == "all");
        var cli1000NoPdf = CliRuns.FirstOrDefault(r => r.Pages == 1000 && r.Jobs == _settings.Jobs && r.FormatList != "all");
        var cliMeasured = cli1000 is not null
            ? $"{Seconds(cli1000.Figures.Wall)} (CPU {Seconds(cli1000.Figures.Cpu)})"
            : cli1000NoPdf is not null
                ? $"PDF not run; without PDF ({cli1000NoPdf.FormatList}): {Seconds(cli1000NoPdf.Figures.Wall)} (CPU {Seconds(cli1000NoPdf.Figures.Cpu)}, max RSS {Bytes(cli1000NoPdf.Figures.MaxResidentBytes)})"
                : "–";
        yield return ("1,000 pages, every format, CLI ≤ 5 s wall", cliMeasured, Yes(cli1000 is null ? null : cli1000.Figures.ExitCode == 0 && cli1000.Figures.Wall.TotalSeconds <= 5));

        // Only like with like: the stages run at both sizes, and CLI runs of the same formats.
        var cliLarge = StageWall("CLI (whole process)", 10000, 1000);
        var cliSmall = StageWall("CLI (whole process)", 1000, 10000);
        var inLarge = StageWall("total", 10000, 1000);
        var inSmall = StageWall("total", 1000, 10000);
        var factors = new List<string>();
        bool? linear = null;
        if (cliLarge is not null && cliSmall is not null)
        {
            factors.Add($"CLI {Factor(cliLarge, cliSmall)}");
            linear = cliLarge.Value.TotalSeconds / cliSmall.Value.TotalSeconds <= 11;
        }

        if (inLarge is not null && inSmall is not null)
        {
            factors.Add($"in-process total {Factor(inLarge, inSmall)}");
            linear ??= inLarge.Value.TotalSeconds / inSmall.Value.TotalSeconds <= 11;
        }

        yield return ("time(10,000) / time(1,000) ≤ 11", factors.Count == 0 ? "–" : string.Join("; ", factors), Yes(linear));

        var cli10k = CliRuns.FirstOrDefault(r => r.Pages == 10000 && r.Jobs == _settings.Jobs);
        var stages10k = Stages.Where(s => s.Pages == 10000).ToList();
        var peak = cli10k?.Figures.MaxResidentBytes ?? (stages10k.Count > 0 ? stages10k.Max(s => s.PeakWorkingSet) : (long?)null);
        yield return ("peak working set ≤ 600 MB at 10,000 pages", peak is null ? "–" : $"{Bytes(peak.Value)} ({(cli10k is null ? "in-process" : "CLI max RSS, formats " + cli10k.FormatList)})", Yes(peak is null ? null : peak <= 600L * 1024 * 1024));

        var loads = Stages.Where(s => s.Stage == "load+parse" && !s.Failed).Select(s => (s.Pages, MBps: Courses.First(c => c.Pages == s.Pages).MarkdownBytes / 1048576.0 / s.Wall.TotalSeconds)).ToList();
        var warmLoads = Stages.Where(s => s.Stage == InProcessStages.WarmLoad && !s.Failed).Select(s => (s.Pages, MBps: Courses.First(c => c.Pages == s.Pages).MarkdownBytes / 1048576.0 / s.Wall.TotalSeconds)).ToList();
        var warmText = warmLoads.Count == 0 ? string.Empty : "; warm: " + string.Join("; ", warmLoads.Select(l => $"{l.MBps:0.0} MB/s at {l.Pages}"));
        yield return ("Markdown load + parse ≥ 20 MB/s", loads.Count == 0 ? "–" : "cold: " + string.Join("; ", loads.Select(l => $"{l.MBps:0.0} MB/s at {l.Pages}")) + warmText, Yes(loads.Count == 0 ? null : loads.Concat(warmLoads).Where(l => l.Pages >= 1000).DefaultIfEmpty(loads[^1]).All(l => l.MBps >= 20)));

        var floors = Comparisons.Where(c => c.Name.Contains("plain zip", StringComparison.Ordinal)).ToList();
        yield return ("SCORM export within 2× of the plain-zip floor", floors.Count == 0 ? "–" : string.Join("; ", floors.Select(f => $"{f.Name[..f.Name.IndexOf(" vs", StringComparison.Ordinal)]} {f.Ratio:0.00}× at {f.Pages}")), Yes(floors.Count == 0 ? null : floors.Where(f => f.Pages >= 1000).DefaultIfEmpty(floors[^1]).All(f => f.Ratio <= 2)) + JudgedFrom1000);

        var pandoc = Comparisons.Where(c => c.Name.StartsWith("pandoc", StringComparison.Ordinal) && c.Note?.StartsWith("pandoc max", StringComparison.Ordinal) == true).ToList();
        yield return ("DOCX ≥ 10× faster than pandoc", pandoc.Count == 0 ? "–" : string.Join("; ", pandoc.Select(p => $"{1 / p.Ratio:0.0}× at {p.Pages}")), Yes(pandoc.Count == 0 ? null : pandoc.Where(p => p.Pages >= 1000).DefaultIfEmpty(pandoc[^1]).All(p => 1 / p.Ratio >= 10)) + JudgedFrom1000);

        var parallel = CliRuns.Where(r => r.Formats.Count > 0 && r.Jobs == _settings.Jobs).Select(r => $"{r.Pages}: wall {Seconds(r.Figures.Wall)} vs sum of formats {Seconds(TimeSpan.FromSeconds(r.LoadSeconds + r.Formats.Sum(f => f.Seconds)))}").ToList();
        yield return ("exporters in parallel (`--jobs`), output identical whatever the parallelism", string.Join("; ", parallel.Append(Determinism ?? "identity not checked")), Yes(Determinism is null ? null : Determinism.Contains("all byte-identical", StringComparison.Ordinal)));

        yield return ("an image used on many pages is stored once per output", StoredOnce.Count == 0 ? "–" : StoredOnce[^1], "see the section above");
    }

    private List<(int Small, int Large)> ScalingPairs(List<int> sizes)
    {
        var ordered = sizes.Distinct().Order().ToList();
        return [.. ordered.Zip(ordered.Skip(1))];
    }

    /// <param name="other">For a ratio between sizes: "total" then sums only the stages run at both sizes, and the CLI runs count only when they exported the same formats.</param>
    private TimeSpan? StageWall(string stage, int pages, int? other = null) => stage switch
    {
        "total" => Stages.Any(s => s.Pages == pages) ? Sum(Comparable(pages, other), s => s.Wall) : null,
        "CLI (whole process)" => ComparableCli(pages, other)?.Figures.Wall,
        _ => Stages.FirstOrDefault(s => s.Pages == pages && s.Stage == stage && !s.Failed)?.Wall,
    };

    private TimeSpan? StageCpu(string stage, int pages, int? other = null) => stage switch
    {
        "total" => Stages.Any(s => s.Pages == pages) ? Sum(Comparable(pages, other), s => s.Cpu) : null,
        "CLI (whole process)" => ComparableCli(pages, other)?.Figures.Cpu,
        _ => Stages.FirstOrDefault(s => s.Pages == pages && s.Stage == stage && !s.Failed)?.Cpu,
    };

    /// <summary>The stages of a size, or with <paramref name="other"/> those that ran at both sizes (PDF is skipped above --pdf-max-pages).</summary>
    private IEnumerable<StageResult> Comparable(int pages, int? other)
    {
        var both = other is null ? null : Stages.Where(s => s.Pages == other && !s.Failed).Select(s => s.Stage).ToHashSet();
        return Stages.Where(s => s.Pages == pages && s.Stage != InProcessStages.WarmLoad && (both is null || (!s.Failed && both.Contains(s.Stage))));
    }

    /// <summary>The CLI run of a size; with <paramref name="other"/>, only when the run of that size exported the same formats.</summary>
    private CliRun? ComparableCli(int pages, int? other)
    {
        var run = CliRuns.FirstOrDefault(r => r.Pages == pages && r.Jobs == _settings.Jobs);
        return other is null || run is null || CliRuns.Any(r => r.Pages == other && r.Jobs == _settings.Jobs && r.FormatList == run.FormatList) ? run : null;
    }

    private static string Factor(TimeSpan? large, TimeSpan? small) =>
        large is null || small is null || small.Value.TotalSeconds <= 0 ? "–" : (large.Value.TotalSeconds / small.Value.TotalSeconds).ToString("0.0", CultureInfo.InvariantCulture) + "×";

    private static TimeSpan Sum(IEnumerable<StageResult> results, Func<StageResult, TimeSpan> pick) => TimeSpan.FromTicks(results.Sum(r => pick(r).Ticks));

    public static string Seconds(TimeSpan t) => t.TotalSeconds < 1
        ? (t.TotalMilliseconds).ToString("0", CultureInfo.InvariantCulture) + " ms"
        : t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";

    public static string Bytes(long bytes) => bytes switch
    {
        < 1024 => bytes.ToString(CultureInfo.InvariantCulture) + " B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        < 1024L * 1024 * 1024 => (bytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        _ => (bytes / 1073741824.0).ToString("0.00", CultureInfo.InvariantCulture) + " GB",
    };
}
