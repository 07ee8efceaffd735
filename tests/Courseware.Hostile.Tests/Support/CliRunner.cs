using System.IO.Abstractions;
using Courseware.Cli;

namespace Courseware.Hostile.Tests.Support;

/// <summary>What one command printed and returned.</summary>
public sealed record CliResult(int Exit, string Out, string Err)
{
    public string All => Out + "\n" + Err;

    public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>Runs the courseware command in this process, on the real disk, with a fixed SOURCE_DATE_EPOCH.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(new FileSystem(), stdout, stderr, name => name == "SOURCE_DATE_EPOCH" ? "1700000000" : null);
        var exit = CoursewareCommand.Run(args, env);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Fails when the output shows an internal failure: a stack trace, an exception name, an exporter crash or an internal error code.</summary>
    public static void AssertCalm(CliResult result, string what)
    {
        string[] markers = ["   at ", "Exception:", "CW0904", "CW0999", "Unhandled"];
        foreach (var marker in markers)
        {
            Assert.False(result.All.Contains(marker, StringComparison.Ordinal), $"{what}: output shows '{marker}'\n{result}");
        }

        Assert.NotEqual(3, result.Exit);
    }
}
