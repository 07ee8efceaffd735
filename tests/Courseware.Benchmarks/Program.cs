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
    var course = Courseware.Benchmarks.Measurement.InProcessStages.Load(generated.RootDirectory);
    var output = Directory.CreateTempSubdirectory("courseware-profile-").FullName;
    for (var run = 0; run < 3; run++)
    {
        var result = Courseware.Benchmarks.Measurement.StageClock.Measure(stage, pages, () =>
            Courseware.Benchmarks.Measurement.InProcessStages.Export(course, stage, output, new Courseware.Diagnostics.DiagnosticBag(), CancellationToken.None));
        Console.WriteLine(ResultsReport.Describe(result));
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
