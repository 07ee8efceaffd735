using System.Diagnostics;
using System.Globalization;

namespace Courseware.Benchmarks.Measurement;

/// <summary>A finished child process as <c>/usr/bin/time</c> saw it: wall, user+system CPU, maximum resident set.</summary>
public sealed record ProcessFigures(TimeSpan Wall, TimeSpan Cpu, long MaxResidentBytes, int ExitCode, string StandardOutput, string StandardError, bool TimedOut);

/// <summary>Runs a command under <c>/usr/bin/time</c> (GNU time) when present, else with Stopwatch and polled process figures.</summary>
public static class ExternalProcess
{
    private const string TimeTool = "/usr/bin/time";
    private const string Marker = "@@figures ";

    public static bool Exists(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, command)));

    public static ProcessFigures Run(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var useTime = File.Exists(TimeTool);
        var start = new ProcessStartInfo(useTime ? TimeTool : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useTime)
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add(Marker + "%e %U %S %M");
            start.ArgumentList.Add(fileName);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {fileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var timedOut = false;
        while (!process.WaitForExit(50))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
            }

            if (watch.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                timedOut = true;
                process.WaitForExit();
                break;
            }
        }

        process.WaitForExit();
        watch.Stop();
        var error = stderr.Result;
        var wall = watch.Elapsed;
        var cpu = TimeSpan.Zero;
        var line = error.Split('\n').LastOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (line is not null)
        {
            var parts = line[Marker.Length..].Split(' ');
            wall = TimeSpan.FromSeconds(double.Parse(parts[0], CultureInfo.InvariantCulture));
            cpu = TimeSpan.FromSeconds(double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture));
            peak = long.Parse(parts[3], CultureInfo.InvariantCulture) * 1024;
            error = error.Replace(line, string.Empty, StringComparison.Ordinal);
        }

        return new ProcessFigures(wall, cpu, peak, timedOut ? -1 : process.ExitCode, stdout.Result, error.Trim(), timedOut);
    }
}
