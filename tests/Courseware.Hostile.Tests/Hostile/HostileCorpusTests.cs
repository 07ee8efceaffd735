using System.Text.RegularExpressions;
using Courseware.Hostile.Tests.Support;

namespace Courseware.Hostile.Tests.Hostile;

/// <summary>Runs every case of the hostile corpus through check, a plain export and a forced export of every format, on a real temporary folder.</summary>
public partial class HostileCorpusTests
{
    public static TheoryData<string> Cases() => [.. HostileCase.AllNames()];

    [Fact]
    public void The_corpus_has_at_least_forty_cases()
    {
        Assert.True(HostileCase.AllNames().Count() >= 40, $"only {HostileCase.AllNames().Count()} cases");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_ends_as_diagnostics_and_valid_outputs(string name)
    {
        var hostile = HostileCase.Load(name);
        using var tree = new TempTree();
        hostile.Materialize(tree);
        var plainOut = hostile.Out is null ? tree.Out() : Path.GetFullPath(Path.Combine(tree.Parent, hostile.Out));
        var forcedOut = tree.Out("forced");
        var outsideOutputs = hostile.Out is null ? new[] { plainOut, forcedOut } : [forcedOut];
        var before = tree.Snapshot(outsideOutputs);

        // 1. check: exactly the expected warning and error codes, each with file(line,col) when it comes from a place in a file, 'file:' for a whole file, 'courseware:' otherwise.
        var check = CliRunner.Run("check", tree.Course);
        CliRunner.AssertCalm(check, $"{name}: check");
        var found = DiagnosticLine().Matches(check.Out).Select(m => m.Groups["code"].Value).ToHashSet(StringComparer.Ordinal);
        Assert.True(hostile.Codes.SetEquals(found), $"{name}: expected codes [{string.Join(' ', hostile.Codes)}], check printed [{string.Join(' ', found.Order(StringComparer.Ordinal))}]\n{check.Out}");
        var hasErrors = DiagnosticLine().Matches(check.Out).Any(m => m.Groups["severity"].Value == "error");
        Assert.Equal(hasErrors ? 1 : 0, check.Exit);

        // 2. A plain export: the expected exit code; nothing written when it refuses.
        string[] plainArgs = ["export", tree.Course, "--out", plainOut, .. hostile.Args];
        var plain = CliRunner.Run(plainArgs);
        CliRunner.AssertCalm(plain, $"{name}: export");
        Assert.True(hostile.Exit == plain.Exit, $"{name}: export exit {plain.Exit}, expected {hostile.Exit}\n{plain}");
        if (plain.Err.Contains("CW0903", StringComparison.Ordinal) || plain.Exit == 2)
        {
            Assert.True(OutputValidator.Outputs(plainOut).Count == 0 || hostile.Out is not null, $"{name}: files written although the export was refused");
        }

        var problems = hostile.Out is null ? OutputValidator.Validate(plainOut, [TempTree.Secret, .. hostile.Absent]) : [];

        // 3. A forced export of every format: exporters meet the broken content.
        if (hostile.Forced)
        {
            string[] forcedArgs = ["export", tree.Course, "--out", forcedOut, "--force", .. hostile.Args];
            var forced = CliRunner.Run(forcedArgs);
            CliRunner.AssertCalm(forced, $"{name}: export --force");
            Assert.True(forced.Exit is 0 or 1, $"{name}: forced export exit {forced.Exit}\n{forced}");
            foreach (var code in hostile.ExportCodes)
            {
                Assert.True(forced.Err.Contains(code, StringComparison.Ordinal), $"{name}: forced export did not report {code}\n{forced}");
            }

            problems.AddRange(OutputValidator.Validate(forcedOut, [TempTree.Secret, .. hostile.Absent]));
            if (!forced.Err.Contains("CW0001", StringComparison.Ordinal) && !forced.Err.Contains("CW0002", StringComparison.Ordinal))
            {
                var outputs = OutputValidator.Outputs(forcedOut);
                foreach (var suffix in new[] { "-scorm12.zip", "-scorm2004.zip", "-handout.pdf", ".docx" }.Except(hostile.KnownMissing))
                {
                    Assert.True(outputs.Any(o => o.EndsWith(suffix, StringComparison.Ordinal)), $"{name}: no *{suffix} written\n{forced}");
                }
            }
        }

        // 4. Outputs valid, nothing written or changed outside the output folders.
        Assert.True(problems.Count == 0, $"{name}:\n" + string.Join('\n', problems));
        var after = tree.Snapshot(outsideOutputs);
        Assert.Equal(before, after);
    }

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<col>\d+)\): (?<severity>error|warning) (?<code>CW\d{4}):|^(?<file>[^\s:()]+): (?<severity>error|warning) (?<code>CW\d{4}):", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();
}
