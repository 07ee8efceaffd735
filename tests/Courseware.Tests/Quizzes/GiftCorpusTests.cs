using System.Runtime.CompilerServices;
using Courseware.Diagnostics;
using Courseware.Quizzes;
using Courseware.Quizzes.Gift;
using Xunit;

namespace Courseware.Tests.Quizzes;

/// <summary>
/// Runs every <c>TestData/gift/*.gift</c> file through the parser and compares the model with the <c>.json</c> beside it.
/// With <c>COURSEWARE_ACCEPT=1</c> a missing expectation is written into the source tree (read it before committing).
/// </summary>
public sealed class GiftCorpusTests
{
    public static TheoryData<string> Cases() => [.. Names()];

    internal static IEnumerable<string> Names() =>
        Directory.GetFiles(CorpusDirectory(), "*.gift").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parses_to_the_expected_model(string name)
    {
        var (questions, diagnostics) = Parse(name, File.ReadAllText(Path.Combine(CorpusDirectory(), name + ".gift")));
        var actual = QuizModelJson.Write(questions, diagnostics);

        var expectedPath = Path.Combine(CorpusDirectory(), name + ".json");
        if (!File.Exists(expectedPath) && Environment.GetEnvironmentVariable("COURSEWARE_ACCEPT") == "1")
        {
            File.WriteAllText(expectedPath, actual);
        }

        Assert.True(File.Exists(expectedPath), $"no expectation {name}.json; run with COURSEWARE_ACCEPT=1 and read the file written");
        Assert.Equal(File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal), actual);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Round_trips_through_the_writer(string name)
    {
        var (questions, original) = Parse(name, File.ReadAllText(Path.Combine(CorpusDirectory(), name + ".gift")));
        var written = GiftWriter.Write(questions);
        var (again, diagnostics) = Parse(name, written);

        // Only the problems of questions that were kept may come back (e.g. a question without right answer); nothing new.
        Assert.Empty(diagnostics.Select(d => d.Code).Except(original.Select(d => d.Code)));
        Assert.Equal(QuizModelJson.Write(questions, [], withIdentity: false), QuizModelJson.Write(again, [], withIdentity: false));

        // Writing the model read back gives the same text: the writer is a fixed point.
        Assert.Equal(written, GiftWriter.Write(again));
    }

    [Fact]
    public void Corpus_covers_every_question_type_and_error_code()
    {
        var types = new HashSet<QuestionType>();
        var codes = new HashSet<string>();
        foreach (var name in Names())
        {
            var (questions, diagnostics) = Parse(name, File.ReadAllText(Path.Combine(CorpusDirectory(), name + ".gift")));
            types.UnionWith(questions.Select(q => q.Type));
            codes.UnionWith(diagnostics.Select(d => d.Code));
        }

        Assert.Equal(Enum.GetValues<QuestionType>().ToHashSet(), types);
        var parserCodes = DiagnosticCodes.All.Where(d => d.Code.StartsWith("CW04", StringComparison.Ordinal) && string.CompareOrdinal(d.Code, "CW0430") < 0).Select(d => d.Code);
        Assert.Empty(parserCodes.Except(codes));
    }

    [Fact]
    public void Every_expectation_has_its_gift_file()
    {
        var orphans = Directory.GetFiles(CorpusDirectory(), "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Except(Names())
            .ToList();
        Assert.Empty(orphans);
    }

    internal static (IReadOnlyList<Question> Questions, IReadOnlyList<Diagnostic> Diagnostics) Parse(string name, string text)
    {
        var bag = new DiagnosticBag();
        var questions = GiftParser.Parse(text, new GiftSource(name + ".gift", 1, 1, name), bag);
        return (questions, bag.ToList());
    }

    /// <summary>The corpus in the source tree (so that accepted expectations land there), else the copy beside the test assembly.</summary>
    internal static string CorpusDirectory([CallerFilePath] string thisFile = "")
    {
        var source = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "TestData", "gift"));
        return Directory.Exists(source) ? source : Path.Combine(AppContext.BaseDirectory, "TestData", "gift");
    }
}
