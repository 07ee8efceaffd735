using Courseware.Benchmarks;

// dotnet run -c Release --project tests/Courseware.Benchmarks -- --sizes 100,1000,10000   (see README.md)
if (args is ["--help"] or ["-h"] or ["-?"])
{
    Console.WriteLine(BenchmarkSettings.Usage);
    return 0;
}

if (args is ["--profile-pdf", var size, .. var rest])
{
    // Profiling aid: the two PDF stages alone (real exporter, files kept) on a generated course of SIZE pages:
    // --profile-pdf SIZE [OUTPUT-FOLDER [REPEAT]].
    var pages = int.Parse(size, System.Globalization.CultureInfo.InvariantCulture);
    var settings0 = BenchmarkSettings.FromEnvironment();
    var generated = new Courseware.Benchmarks.Generation.SyntheticCourseGenerator(pages, 6).Generate(settings0.WorkDirectory);
    var course = Courseware.Benchmarks.Measurement.InProcessStages.Load(generated.RootDirectory);
    var output = rest.Length > 0 ? Path.GetFullPath(rest[0]) : Path.Combine(settings0.WorkDirectory, $"profile-pdf-{pages}");
    var repeat = rest.Length > 1 ? int.Parse(rest[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
    Courseware.Benchmarks.Profiling.PdfProfile.Run(course, output, Console.Out, repeat);
    return 0;
}

if (args is ["--profile-load", var loadSize, ..])
{
    // Profiling aid: reading vs Markdig parsing vs the whole loader, and the retained size of the model.
    var pages = int.Parse(loadSize, System.Globalization.CultureInfo.InvariantCulture);
    var generated = new Courseware.Benchmarks.Generation.SyntheticCourseGenerator(pages, 6).Generate(BenchmarkSettings.FromEnvironment().WorkDirectory);
    Courseware.Benchmarks.Profiling.LoadProfile.Run(generated, Console.Out);
    return 0;
}

if (args is ["--profile-stage", var stage, var stageSize, ..])
{
    // Profiling aid: one stage (e.g. "DOCX learner") alone on a loaded model, repeated, for a sampling profiler (dotnet-trace).
    var pages = int.Parse(stageSize, System.Globalization.CultureInfo.InvariantCulture);
    var generated = new Courseware.Benchmarks.Generation.SyntheticCourseGenerator(pages, 6).Generate(BenchmarkSettings.FromEnvironment().WorkDirectory);
    if (stage == Courseware.Benchmarks.Measurement.InProcessStages.Names[0])
    {
        // The loader itself, three times: the first run is the cold one that the full benchmark measures.
        for (var run = 0; run < 3; run++)
        {
            Courseware.Model.Course? loaded = null;
            var (gen0, gen1, gen2, paused) = (0, 0, 0, TimeSpan.Zero);
            var result = Courseware.Benchmarks.Measurement.StageClock.Measure(stage, pages, () =>
            {
                (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                loaded = Courseware.Benchmarks.Measurement.InProcessStages.Load(generated.RootDirectory);
                (gen0, gen1, gen2, paused) = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, GC.GetTotalPauseDuration() - paused);
                return 0;
            });
            Console.WriteLine(ResultsReport.Describe(result) + $"{generated.MarkdownBytes / 1048576.0 / result.Wall.TotalSeconds:0.0} MB/s wall, {generated.MarkdownBytes / 1048576.0 / result.Cpu.TotalSeconds:0.0} MB/s CPU, {loaded?.Diagnostics.Count} diagnostics, GCs {gen0}/{gen1}/{gen2} paused {paused.TotalMilliseconds:0} ms");
        }

        return 0;
    }

    var course = Courseware.Benchmarks.Measurement.InProcessStages.Load(generated.RootDirectory);
    var output = Directory.CreateTempSubdirectory("courseware-profile-").FullName;
    for (var run = 0; run < 3; run++)
    {
        var result = Courseware.Benchmarks.Measurement.StageClock.Measure(stage, pages, () =>
            Courseware.Benchmarks.Measurement.InProcessStages.Export(course, stage, output, new Courseware.Diagnostics.DiagnosticBag(), CancellationToken.None));
        Console.WriteLine(ResultsReport.Describe(result));
        if (stage.StartsWith("SCORM", StringComparison.Ordinal) && Directory.EnumerateFiles(output, "*.zip").FirstOrDefault() is { } package)
        {
            // The same floor as the full benchmark: one thread zipping the package's files, already in memory.
            var floor = Courseware.Benchmarks.Measurement.Comparisons.ZipFloor(stage, result, package, output);
            Console.WriteLine($"  {floor.Name}: {floor.ReferenceWall.TotalMilliseconds:0} ms wall ({floor.Note}), {floor.Ratio:0.00}× wall, {result.Cpu.TotalMilliseconds / floor.ReferenceWall.TotalMilliseconds:0.00}× our CPU / its wall");
        }
    }

    Directory.Delete(output, recursive: true);
    return 0;
}

BenchmarkSettings settings;
try
{
    settings = BenchmarkSettings.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

return new BenchmarkDriver(settings, Console.Out).Run();
