using System.IO.Abstractions;
using Courseware.Diagnostics;
using Courseware.Docx;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
using Courseware.Pdf;
using Courseware.Quizzes.Gift;
using Courseware.Scorm;

namespace Courseware.Benchmarks.Measurement;

/// <summary>The pipeline's stages as library calls: load+parse once, then each exporter on the shared model, written to disk.</summary>
public static class InProcessStages
{
    /// <summary>Stage names in report order.</summary>
    public static readonly string[] Names = ["load+parse", "SCORM 1.2", "SCORM 2004", "PDF learner", "PDF trainer", "DOCX learner", "DOCX trainer", "GIFT"];

    /// <summary>The loader once more after the exports, its code compiled and the first model let go: throughput without start-up costs (not part of the totals).</summary>
    public const string WarmLoad = "load+parse, again (warm)";

    public static IExporter ExporterFor(string stage) => stage switch
    {
        "SCORM 1.2" => new Scorm12Exporter(),
        "SCORM 2004" => new Scorm2004Exporter(),
        "PDF learner" or "PDF trainer" => new PdfExporter(),
        "DOCX learner" or "DOCX trainer" => new DocxExporter(),
        "GIFT" => new GiftExporter(),
        _ => throw new ArgumentException($"unknown stage {stage}", nameof(stage)),
    };

    public static ExportOptions OptionsFor(string stage) =>
        new() { Editions = [stage.EndsWith("trainer", StringComparison.Ordinal) ? Edition.Trainer : Edition.Learner] };

    public static Course Load(string courseDirectory) => CourseLoader.Load(new FileSystem(), courseDirectory);

    /// <summary>Runs one export stage into an empty <paramref name="outputDirectory"/>; returns the bytes written and the exporter's diagnostics.</summary>
    public static long Export(Course course, string stage, string outputDirectory, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        if (Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }

        Directory.CreateDirectory(outputDirectory);
        var sink = new FileSystemOutputSink(new FileSystem(), outputDirectory);
        ExporterFor(stage).Export(course, new ExportContext { Output = sink, Options = OptionsFor(stage), Diagnostics = diagnostics, CancellationToken = cancellation });
        return Directory.EnumerateFiles(outputDirectory).Sum(f => new FileInfo(f).Length);
    }

    /// <summary>Measures every stage once on a course; the loaded model stays in memory for the exporters, as in the CLI.</summary>
    public static List<StageResult> RunAll(string courseDirectory, int pages, string workDirectory, TimeSpan stageTimeout, bool includePdf, Action<StageResult> progress)
    {
        var results = new List<StageResult>();
        Course? loaded = null;
        var load = StageClock.Measure(Names[0], pages, () =>
        {
            loaded = Load(courseDirectory);
            return 0;
        });
        if (loaded is not null)
        {
            var errors = loaded.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = loaded.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            load = load with { Note = $"{loaded.Pages.Count} pages, {loaded.Assets.Count} assets, {errors} errors, {warnings} warnings" + FirstCodes(loaded.Diagnostics) };
        }

        results.Add(load);
        progress(load);
        if (loaded is null)
        {
            return results;
        }

        foreach (var stage in Names.Skip(1))
        {
            if (!includePdf && stage.StartsWith("PDF", StringComparison.Ordinal))
            {
                var skipped = new StageResult(stage, pages, TimeSpan.Zero, TimeSpan.Zero, 0, 0, 0, "SKIPPED: above --pdf-max-pages");
                results.Add(skipped);
                progress(skipped);
                continue;
            }

            var bag = new DiagnosticBag();
            using var timeout = new CancellationTokenSource(stageTimeout);
            var outDir = Path.Combine(workDirectory, "out-" + stage.Replace(' ', '-').Replace('.', '_'));
            var result = StageClock.Measure(stage, pages, () => Export(loaded, stage, outDir, bag, timeout.Token));
            if (result.Note is null && bag.Count > 0)
            {
                var list = bag.ToSortedList();
                result = result with { Note = $"{list.Count(d => d.Severity == DiagnosticSeverity.Error)} errors, {list.Count(d => d.Severity == DiagnosticSeverity.Warning)} warnings" + FirstCodes(list) };
            }

            results.Add(result);
            progress(result);
        }

        loaded = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var warm = StageClock.Measure(WarmLoad, pages, () =>
        {
            _ = Load(courseDirectory);
            return 0;
        });
        results.Add(warm);
        progress(warm);
        return results;
    }

    private static string FirstCodes(IEnumerable<Diagnostic> diagnostics)
    {
        var codes = diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info).GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Take(4).Select(g => $"{g.Key}×{g.Count()}").ToList();
        return codes.Count == 0 ? string.Empty : " (" + string.Join(", ", codes) + ")";
    }
}
