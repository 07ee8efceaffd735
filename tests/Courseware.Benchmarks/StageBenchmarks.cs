using BenchmarkDotNet.Attributes;
using Courseware.Benchmarks.Generation;
using Courseware.Benchmarks.Measurement;
using Courseware.Diagnostics;
using Courseware.Model;

namespace Courseware.Benchmarks;

/// <summary>BenchmarkDotNet view of the stages (several iterations, allocation per operation) for the sizes that fit in a run.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private GeneratedCourse _generated = null!;
    private Course _course = null!;
    private string _work = null!;

    /// <summary>Sizes come from the driver (environment), so one command runs everything.</summary>
    public static IEnumerable<int> Sizes => (Environment.GetEnvironmentVariable(BenchmarkSettings.SizesVariable) ?? "100")
        .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    [ParamsSource(nameof(Sizes))]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var settings = BenchmarkSettings.FromEnvironment();
        _generated = new SyntheticCourseGenerator(Pages, settings.Seed).Generate(settings.WorkDirectory);
        _course = InProcessStages.Load(_generated.RootDirectory);
        _work = Path.Combine(settings.WorkDirectory, "bdn-out");
    }

    [Benchmark(Description = "load+parse")]
    public Course LoadParse() => InProcessStages.Load(_generated.RootDirectory);

    [Benchmark(Description = "SCORM 1.2")]
    public long Scorm12() => Export("SCORM 1.2");

    [Benchmark(Description = "SCORM 2004")]
    public long Scorm2004() => Export("SCORM 2004");

    [Benchmark(Description = "PDF learner")]
    public long PdfLearner() => Export("PDF learner");

    [Benchmark(Description = "PDF trainer")]
    public long PdfTrainer() => Export("PDF trainer");

    [Benchmark(Description = "DOCX learner")]
    public long DocxLearner() => Export("DOCX learner");

    [Benchmark(Description = "DOCX trainer")]
    public long DocxTrainer() => Export("DOCX trainer");

    [Benchmark(Description = "GIFT")]
    public long Gift() => Export("GIFT");

    private long Export(string stage) => InProcessStages.Export(_course, stage, _work, new DiagnosticBag(), CancellationToken.None);
}
