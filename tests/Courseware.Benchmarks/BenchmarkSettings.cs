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

    public bool SkipPandoc { get; init; }

    public bool GenerateOnly { get; init; }

    /// <summary>Figures of earlier runs (their RESULTS.json) merged into this report, e.g. a 10,000-page run made separately.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

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
                "--no-pandoc" => settings with { SkipPandoc = true },
                "--include" => settings with { Include = [.. settings.Include, Path.GetFullPath(Next())] },
                "--report-only" => settings with { Sizes = [], BdnSizes = [] },
                "--generate-only" => settings with { GenerateOnly = true },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
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
