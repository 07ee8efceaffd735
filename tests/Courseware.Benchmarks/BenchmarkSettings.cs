using System.Globalization;

namespace Courseware.Benchmarks;

/// <summary>Command-line options of the benchmark driver.</summary>
public sealed record BenchmarkSettings
{
    public const string SizesVariable = "COURSEWARE_BENCH_BDN_SIZES";
    private const string SeedVariable = "COURSEWARE_BENCH_SEED";
    private const string WorkVariable = "COURSEWARE_BENCH_WORK";

    public IReadOnlyList<int> Sizes { get; init; } = [100, 1000, 10000];

    /// <summary>Sizes also run through BenchmarkDotNet (several iterations each); empty = none.</summary>
    public IReadOnlyList<int> BdnSizes { get; init; } = [100];

    public int Seed { get; init; } = 6;

    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "courseware-bench");

    public string? ResultsPath { get; init; }

    public int Jobs { get; init; } = Environment.ProcessorCount;

    public TimeSpan StageTimeout { get; init; } = TimeSpan.FromMinutes(30);

    public TimeSpan ProcessTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Largest size whose PDF stages run (PDF layout is the slow stage; see RESULTS.md); larger sizes skip PDF and say so.</summary>
    public int PdfMaxPages { get; init; } = 1000;

    /// <summary>Largest size compared with pandoc (pandoc's time grows faster than linearly: 96 s at 1,000 pages).</summary>
    public int PandocMaxPages { get; init; } = 1000;

    public bool SkipCli { get; init; }

    /// <summary>The CLI measured by the whole-process runs: a .dll run with <c>dotnet</c>, or an executable (e.g. a ReadyToRun publish); null = the Release build.</summary>
    public string? Cli { get; init; }

    public bool SkipPandoc { get; init; }

    public bool GenerateOnly { get; init; }

    /// <summary>Figures of earlier runs (their RESULTS.json) merged into this report, e.g. a 10,000-page run made separately.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>What <c>--help</c> prints.</summary>
    public const string Usage = """
        Courseware benchmarks: generate synthetic courses, time every stage, write RESULTS.md (see README.md beside this program).

        dotnet run -c Release --project tests/Courseware.Benchmarks -- [options]

          --sizes LIST            course sizes in pages (default 100,1000,10000)
          --quick                 no BenchmarkDotNet runs (same as --bdn-sizes with nothing)
          --bdn-sizes LIST        sizes also run through BenchmarkDotNet (default 100)
          --seed N                generator seed (default 6)
          --work DIR              where generated courses are kept (default $TMPDIR/courseware-bench)
          --results FILE          report to write (default RESULTS.md beside this program)
          --jobs N                CLI parallelism (default: the number of cores)
          --pdf-max-pages N       largest size whose PDF stages run (default 1000)
          --pandoc-max-pages N    largest size compared with pandoc (default 1000)
          --stage-timeout S       seconds allowed per in-process stage (default 1800)
          --process-timeout S     seconds allowed for the CLI and pandoc (default 1800)
          --no-cli, --no-pandoc   skip the whole-process run or the pandoc comparison
          --cli PATH              CLI for the whole-process runs: a .dll (run with dotnet) or an executable, e.g. the
                                  ReadyToRun build of `dotnet publish src/Courseware.Cli -c Release -r linux-x64 -o DIR`
                                  (default: src/Courseware.Cli/bin/Release/net10.0/Courseware.Cli.dll)
          --include FILE          merge the figures of an earlier RESULTS.json
          --report-only           with --include: only rewrite the report
          --generate-only         only generate the courses

        Profiling aids (run them under dotnet-trace to see where the time goes):
          --profile-load SIZE                  reading vs parsing vs the whole loader, and the model's retained size
          --profile-stage "STAGE" SIZE         one stage three times on one loaded model, or the loader three times
                                               (STAGE: "load+parse", "SCORM 1.2",
                                               "SCORM 2004", "PDF learner", "PDF trainer", "DOCX learner", "DOCX trainer", "GIFT")
          --profile-pdf SIZE [DIR [REPEAT]]    the two PDF stages alone, files kept in DIR
        """;

    public static BenchmarkSettings Parse(string[] args)
    {
        var settings = new BenchmarkSettings();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            settings = args[i] switch
            {
                "--sizes" => settings with { Sizes = Numbers(Next()) },
                "--bdn-sizes" => settings with { BdnSizes = Numbers(Next()) },
                "--quick" => settings with { BdnSizes = [] },
                "--seed" => settings with { Seed = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--work" => settings with { WorkDirectory = Path.GetFullPath(Next()) },
                "--results" => settings with { ResultsPath = Path.GetFullPath(Next()) },
                "--jobs" => settings with { Jobs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--stage-timeout" => settings with { StageTimeout = TimeSpan.FromSeconds(int.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--process-timeout" => settings with { ProcessTimeout = TimeSpan.FromSeconds(int.Parse(Next(), CultureInfo.InvariantCulture)) },
                "--pdf-max-pages" => settings with { PdfMaxPages = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--pandoc-max-pages" => settings with { PandocMaxPages = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--no-cli" => settings with { SkipCli = true },
                "--cli" => settings with { Cli = Path.GetFullPath(Next()) },
                "--no-pandoc" => settings with { SkipPandoc = true },
                "--include" => settings with { Include = [.. settings.Include, Path.GetFullPath(Next())] },
                "--report-only" => settings with { Sizes = [], BdnSizes = [] },
                "--generate-only" => settings with { GenerateOnly = true },
                _ => throw new ArgumentException($"unknown option {args[i]} (--help lists the options)"),
            };
        }

        return settings;
    }

    /// <summary>Passes what BenchmarkDotNet's benchmark class needs through the environment.</summary>
    public void Export()
    {
        Environment.SetEnvironmentVariable(SizesVariable, string.Join(',', BdnSizes.Select(s => s.ToString(CultureInfo.InvariantCulture))));
        Environment.SetEnvironmentVariable(SeedVariable, Seed.ToString(CultureInfo.InvariantCulture));
        Environment.SetEnvironmentVariable(WorkVariable, WorkDirectory);
    }

    public static BenchmarkSettings FromEnvironment() => new()
    {
        Seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), CultureInfo.InvariantCulture, out var seed) ? seed : 6,
        WorkDirectory = Environment.GetEnvironmentVariable(WorkVariable) ?? Path.Combine(Path.GetTempPath(), "courseware-bench"),
    };

    private static int[] Numbers(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))];
}
