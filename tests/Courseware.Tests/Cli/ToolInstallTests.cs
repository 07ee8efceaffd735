using System.Diagnostics;

namespace Courseware.Tests.Cli;

/// <summary>The command packs as a .NET tool, installs from a local folder and runs: what the README tells trainers to do.</summary>
public class ToolInstallTests
{
    [Fact]
    public void The_packed_tool_installs_and_runs()
    {
        var root = SharedFolder.RepositoryRoot();
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var work = Directory.CreateTempSubdirectory("courseware-tool-");
        try
        {
            var packages = Path.Combine(work.FullName, "packages");
            var tools = Path.Combine(work.FullName, "tools");
            Run(root, "dotnet", "pack", "src/Courseware.Cli", "-c", configuration, "--no-build", "-o", packages);
            Assert.Single(Directory.GetFiles(packages, "Courseware.Cli.*.nupkg"));
            Run(root, "dotnet", "tool", "install", "--tool-path", tools, "--add-source", packages, "Courseware.Cli");

            var courseware = Path.Combine(tools, "courseware");
            var version = Run(root, courseware, "--version");
            Assert.Matches(@"^\d+\.\d+\.\d+", version);
            var tree = Run(root, courseware, "tree", "course");
            Assert.Contains("1 🔍 Trouver ses premiers utilisateurs", tree);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Run(string workingDirectory, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
