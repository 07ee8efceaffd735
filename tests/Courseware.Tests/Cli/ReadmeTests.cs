using Courseware.Cli;

namespace Courseware.Tests.Cli;

public class ReadmeTests
{
    private const string Start = "<!-- codes:start -->\n";
    private const string End = "<!-- codes:end -->";

    /// <summary>The README's code table is generated; COURSEWARE_ACCEPT=1 rewrites it.</summary>
    [Fact]
    public void Readme_lists_every_diagnostic_code()
    {
        var path = Path.Combine(SharedFolder.RepositoryRoot(), "README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = readme.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start > Start.Length && end >= start, "README.md lacks the codes markers");
        var expected = DiagnosticTable.Markdown();
        if (Environment.GetEnvironmentVariable("COURSEWARE_ACCEPT") == "1")
        {
            File.WriteAllText(path, readme[..start] + expected + readme[end..]);
            return;
        }

        Assert.Equal(expected, readme[start..end]);
    }

    [Fact]
    public void Ci_runs_the_readme_test_command()
    {
        var root = SharedFolder.RepositoryRoot();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Assert.Contains("./scripts/test.sh", readme);
        Assert.Contains("exec ./scripts/test.sh", File.ReadAllText(Path.Combine(root, ".ci", "run")));
    }
}
