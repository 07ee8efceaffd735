using System.Globalization;
using System.Text.Json;

namespace Courseware.Benchmarks.Measurement;

/// <summary>One whole-process run of the CLI: <c>dotnet Courseware.Cli.dll export COURSE -o OUT --format all</c>, or a published executable.</summary>
public sealed record CliRun(int Pages, int Jobs, string FormatList, ProcessFigures Figures, double LoadSeconds, IReadOnlyList<(string Format, double Seconds, long Bytes)> Formats, string? Build = null)
{
    public static CliRun Run(string cliDll, string courseDirectory, string outputDirectory, int pages, int jobs, string formatList, TimeSpan timeout)
    {
        if (Directory.Exists(outputDirectory))
        {
            Directory.Delete(outputDirectory, recursive: true);
        }

        // A .dll runs on the shared framework through dotnet; anything else is an executable (a published build).
        var viaDotnet = cliDll.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        string[] arguments = ["export", courseDirectory, "-o", outputDirectory, "--format", formatList, "--jobs", jobs.ToString(CultureInfo.InvariantCulture), "--json"];
        var figures = ExternalProcess.Run(
            viaDotnet ? "dotnet" : cliDll,
            viaDotnet ? [cliDll, .. arguments] : arguments,
            Path.GetDirectoryName(cliDll)!,
            timeout);

        double load = double.NaN;
        var formats = new List<(string, double, long)>();
        try
        {
            var start = figures.StandardOutput.IndexOf('{', StringComparison.Ordinal);
            if (start >= 0)
            {
                using var json = JsonDocument.Parse(figures.StandardOutput[start..]);
                load = json.RootElement.GetProperty("loadSeconds").GetDouble();
                foreach (var format in json.RootElement.GetProperty("formats").EnumerateArray())
                {
                    var bytes = format.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("size").GetInt64());
                    formats.Add((format.GetProperty("format").GetString() ?? "?", format.GetProperty("seconds").GetDouble(), bytes));
                }
            }
        }
        catch (JsonException)
        {
        }

        return new CliRun(pages, jobs, formatList, figures, load, formats, viaDotnet ? "dotnet " + Path.GetFileName(cliDll) : Path.GetFileName(cliDll) + " (published)");
    }
}
