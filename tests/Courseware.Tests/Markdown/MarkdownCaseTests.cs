using System.Runtime.CompilerServices;
using Courseware.Markdown;

using Xunit;

namespace Courseware.Tests.Markdown;

/// <summary>
/// One case per file under TestData/markdown: <c>name.md</c> is parsed with <see cref="GitBookPipeline"/> and its AST dump
/// must equal <c>name.ast</c>. Set COURSEWARE_ACCEPT_GOLDEN=1 to write the current dumps as the expected ones.
/// </summary>
public sealed class MarkdownCaseTests
{
    private static readonly string CaseDirectory = Path.Combine(AppContext.BaseDirectory, "TestData", "markdown");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(CaseDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parsed_tree_matches_expected_dump(string name)
    {
        var text = File.ReadAllText(Path.Combine(CaseDirectory, name + ".md"));
        var actual = MarkdownAstDumper.Dump(Markdig.Markdown.Parse(text, GitBookPipeline.Create()));
        var expectedPath = Path.Combine(CaseDirectory, name + ".ast");

        if (Environment.GetEnvironmentVariable("COURSEWARE_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceCaseDirectory(), name + ".ast"), actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"missing {name}.ast; the dump is:\n{actual}");
        Assert.Equal(File.ReadAllText(expectedPath), actual);
    }

    private static string SourceCaseDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "TestData", "markdown");
}
