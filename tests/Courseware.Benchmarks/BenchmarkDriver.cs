using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Courseware.Benchmarks.Generation;
using Courseware.Benchmarks.Measurement;

namespace Courseware.Benchmarks;

/// <summary>Runs every size (generate → in-process stages → side-by-side runs → whole CLI), then BenchmarkDotNet, then writes RESULTS.md.</summary>
public sealed partial class BenchmarkDriver(BenchmarkSettings settings, TextWriter console)
{
    private readonly ResultsReport _report = new();

    public int Run()
    {
        Directory.CreateDirectory(settings.WorkDirectory);
        var repository = FindRepository();
        var resultsPath = settings.ResultsPath ?? Path.Combine(repository, "tests", "Courseware.Benchmarks", "RESULTS.md");
        var cliDll = settings.Cli ?? Path.Combine(repository, "src", "Courseware.Cli", "bin", "Release", "net10.0", "Courseware.Cli.dll");
        _report.Start(settings, Environment.CommandLine);
        foreach (var earlier in settings.Include)
        {
            _report.Include(earlier);
        }
        console.WriteLine($"Courseware benchmarks: sizes {string.Join(", ", settings.Sizes)}, seed {settings.Seed}, {Environment.ProcessorCount} cores, load {ResultsReport.LoadAverage()}");

        foreach (var pages in settings.Sizes.Order())
        {
            // 1. The synthetic course (cached on disk by size, seed and generator version).
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var course = new SyntheticCourseGenerator(pages, settings.Seed).Generate(settings.WorkDirectory);
            console.WriteLine($"[{pages}] course ready in {watch.Elapsed.TotalSeconds:0.0} s: {course.MarkdownBytes / 1048576.0:0.0} MB Markdown, {course.Images} images ({course.ImageBytes / 1048576.0:0.0} MB), depth {course.Depth}, {course.Quizzes} quizzes");
            _report.Courses.Add(course);
            if (settings.GenerateOnly)
            {
                continue;
            }

            var work = Path.Combine(settings.WorkDirectory, "run-" + pages.ToString(CultureInfo.InvariantCulture));
            // 2. The whole CLI process, startup included.
            if (!settings.SkipCli)
            {
                if (!File.Exists(cliDll))
                {
                    _report.Notes.Add($"{cliDll} is missing: build with `dotnet build -c Release src/Courseware.Cli` (the benchmark project builds it).");
                }
                else
                {
                    var formats = pages <= settings.PdfMaxPages ? "all" : "scorm12,scorm2004,docx,gift";
                    var run = CliRun.Run(cliDll, course.RootDirectory, Path.Combine(work, "cli-out"), pages, settings.Jobs, formats, settings.ProcessTimeout);
                    _report.CliRuns.Add(run);
                    console.WriteLine($"[{pages}] CLI export --format {formats} --jobs {settings.Jobs}: {run.Figures.Wall.TotalSeconds:0.00} s wall, {run.Figures.Cpu.TotalSeconds:0.00} s CPU, {run.Figures.MaxResidentBytes / 1048576} MB max RSS, exit {run.Figures.ExitCode}");
                    if (run.Figures.ExitCode != 0)
                    {
                        _report.Notes.Add($"CLI at {pages} pages exited {run.Figures.ExitCode}: {Shorten(run.Figures.StandardError)}");
                    }

                    // Parallelism must not change a byte: the smallest size is exported again with --jobs 1.
                    if (pages == settings.Sizes.Min() && run.Figures.ExitCode == 0)
                    {
                        var serial = CliRun.Run(cliDll, course.RootDirectory, Path.Combine(work, "cli-out-serial"), pages, 1, formats, settings.ProcessTimeout);
                        _report.CliRuns.Add(serial);
                        _report.Determinism = CompareFolders(Path.Combine(work, "cli-out"), Path.Combine(work, "cli-out-serial"), settings.Jobs);
                        console.WriteLine($"[{pages}] {_report.Determinism}");
                    }
                }
            }

            // 3. In-process stages, one after the other on one loaded model.
            var stages = InProcessStages.RunAll(course.RootDirectory, pages, work, settings.StageTimeout, pages <= settings.PdfMaxPages, r =>
            {
                console.WriteLine($"[{pages}] {ResultsReport.Describe(r)}");
                _report.Stages.Add(r);
                _report.Write(resultsPath);
            });

            // 4. Side by side: SCORM against a plain zip of its files, DOCX against pandoc.
            foreach (var stage in new[] { "SCORM 1.2", "SCORM 2004" })
            {
                var result = stages.FirstOrDefault(s => s.Stage == stage);
                var package = Directory.Exists(OutDir(work, stage)) ? Directory.EnumerateFiles(OutDir(work, stage), "*.zip").FirstOrDefault() : null;
                if (result is { Failed: false } && package is not null)
                {
                    var floor = Comparisons.ZipFloor(stage, result, package, work);
                    _report.Comparisons.Add(floor);
                    console.WriteLine($"[{pages}] {floor.Name}: {floor.Ratio:0.00}×");
                }
            }

            _report.StoredOnce.Add(StoredOnce(pages, course, work));
            var load = stages.First();
            var docx = stages.FirstOrDefault(s => s.Stage == "DOCX learner");
            if (!settings.SkipPandoc && pages <= settings.PandocMaxPages && docx is { Failed: false })
            {
                var pandoc = Comparisons.Pandoc(course, load.Wall + docx.Wall, docx.OutputBytes, work, settings.ProcessTimeout);
                if (pandoc is null)
                {
                    _report.Notes.Add("pandoc is not installed: the DOCX comparison was skipped.");
                }
                else
                {
                    _report.Comparisons.Add(pandoc);
                    console.WriteLine($"[{pages}] pandoc {pandoc.ReferenceWall.TotalSeconds:0.00} s, ours {pandoc.OursWall.TotalSeconds:0.00} s: ours is {1 / pandoc.Ratio:0.0}× faster");
                }
            }

            _report.Write(resultsPath);
        }

        // 5. BenchmarkDotNet for the sizes where several iterations fit.
        var bdnSizes = settings.BdnSizes.Where(s => !settings.GenerateOnly).ToList();
        if (bdnSizes.Count > 0)
        {
            settings.Export();
            var config = ManualConfig.CreateMinimumViable()
                .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1).WithId("short"))
                .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
                .WithArtifactsPath(Path.Combine(settings.WorkDirectory, "BenchmarkDotNet.Artifacts"))
                .WithOptions(ConfigOptions.DisableLogFile);
            var summary = BenchmarkRunner.Run<StageBenchmarks>(config);
            _report.AddBenchmarkDotNet(summary);
        }

        _report.Finish();
        _report.Write(resultsPath);
        console.WriteLine($"Written {resultsPath}");
        return 0;
    }

    private static string OutDir(string work, string stage) => Path.Combine(work, "out-" + stage.Replace(' ', '-').Replace('.', '_'));

    /// <summary>How many copies of the image pool each output holds (one per image used = stored once).</summary>
    private static string StoredOnce(int pages, GeneratedCourse course, string work)
    {
        var parts = new List<string> { $"{pages} pages, {course.ImageUses} image uses of {course.Images} pool images" };
        foreach (var (stage, pattern) in new[] { ("SCORM 1.2", "*.zip"), ("DOCX learner", "*.docx") })
        {
            var file = Directory.Exists(OutDir(work, stage)) ? Directory.EnumerateFiles(OutDir(work, stage), pattern).FirstOrDefault() : null;
            if (file is null)
            {
                continue;
            }

            using var zip = ZipFile.OpenRead(file);
            var images = zip.Entries.Count(e => e.FullName.EndsWith(".png", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase));
            parts.Add($"{stage}: {images} image entries");
        }

        var pdf = Directory.Exists(OutDir(work, "PDF learner")) ? Directory.EnumerateFiles(OutDir(work, "PDF learner"), "*.pdf").FirstOrDefault() : null;
        if (pdf is not null)
        {
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
            parts.Add($"PDF learner: {ImageObject().Matches(text).Count} image XObjects");
        }

        return string.Join("; ", parts);
    }

    private static string CompareFolders(string parallel, string serial, int jobs)
    {
        var a = Directory.EnumerateFiles(parallel).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var b = Directory.EnumerateFiles(serial).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        if (!a.SequenceEqual(b))
        {
            return $"--jobs {jobs} and --jobs 1 wrote different file sets";
        }

        var differing = a.Where(name => !SHA256.HashData(File.ReadAllBytes(Path.Combine(parallel, name!))).AsSpan().SequenceEqual(SHA256.HashData(File.ReadAllBytes(Path.Combine(serial, name!))))).ToList();
        return differing.Count == 0
            ? $"--jobs {jobs} and --jobs 1: {a.Count} files, all byte-identical"
            : $"--jobs {jobs} and --jobs 1: {differing.Count} of {a.Count} files differ ({string.Join(", ", differing)})";
    }

    private static string Shorten(string text) => text.Length <= 300 ? text.ReplaceLineEndings(" ") : text[..300].ReplaceLineEndings(" ") + "…";

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Courseware.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    [GeneratedRegex(@"/Subtype\s*/Image\b")]
    private static partial Regex ImageObject();
}
