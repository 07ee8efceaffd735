using System.Globalization;
using System.Text.RegularExpressions;
using Courseware.Diagnostics;

namespace Courseware.Tests.Translations;

public partial class TranslationTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Every_descriptor_has_a_french_message_and_fix_with_the_english_placeholders()
    {
        var problems = new List<string>();
        foreach (var d in DiagnosticCodes.All)
        {
            Compare(problems, d.Code + ".Message", d.MessageFormat, DiagnosticTranslations.Find(d.Code + ".Message", French));
            Compare(problems, d.Code + ".Fix", d.Fix, DiagnosticTranslations.Find(d.Code + ".Fix", French));
        }

        Assert.True(problems.Count == 0, "Missing or wrong translations in src/Courseware/Diagnostics/DiagnosticMessages.fr.resx:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_phrase_has_a_french_translation_with_the_english_placeholders()
    {
        var problems = new List<string>();
        foreach (var phrase in DiagnosticPhrases.All)
        {
            Compare(problems, "Phrase." + phrase.Key, phrase.English, DiagnosticTranslations.Find("Phrase." + phrase.Key, French));
        }

        Assert.NotEmpty(DiagnosticPhrases.All);
        Assert.True(problems.Count == 0, "Missing or wrong translations in src/Courseware/Diagnostics/DiagnosticMessages.fr.resx:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void French_texts_follow_one_typography()
    {
        // Typographic apostrophes, and a space inside « » and before ':' ';' (plain spaces, as terminals show them).
        var texts = DiagnosticCodes.All.SelectMany(d => new[] { d.GetMessageFormat(French), d.GetFix(French) })
            .Concat(DiagnosticPhrases.All.Select(p => p.GetTemplate(French)));
        Assert.All(texts, t =>
        {
            Assert.DoesNotMatch(@"\p{L}'\p{L}", t);
            Assert.DoesNotMatch("«[^ ]|[^ ]»", t);
            Assert.DoesNotMatch("[^ ];", t);

            // Outside quoted code, a colon after a word is French punctuation and takes a space, except in the
            // few code words written as such (a URL scheme, a GIFT keyword).
            var prose = Quoted().Replace(t, "«»");
            foreach (Match colon in WordColon().Matches(prose))
            {
                Assert.Contains(colon.Value, new[] { "file:", "javascript:", "$CATEGORY:" });
            }
        });
    }

    [Fact]
    public void A_diagnostic_keeps_its_arguments_and_renders_in_either_language()
    {
        var d = DiagnosticCodes.ContentRefTargetMissing.Create(new SourceLocation("README.md", 5, 3), "absent.md");
        Assert.Equal("content-ref target not found: 'absent.md'", d.Message);
        Assert.Equal(d.Message, d.GetMessage(English));
        Assert.Equal("cible du content-ref introuvable : « absent.md »", d.GetMessage(French));
        Assert.Equal("README.md(5,3): error CW0101: cible du content-ref introuvable : « absent.md »", d.ToMsBuildString(French));
        Assert.Equal(d.ToMsBuildString(), d.ToMsBuildString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Phrases_follow_the_language_and_numbers_stay_invariant()
    {
        var d = DiagnosticCodes.SettingsWrongType.Create(new SourceLocation("courseware.yml", 3, 7), "passPercent", DiagnosticPhrases.NumberFromTo.With(0.5, 100), "cent");
        Assert.Equal("setting 'passPercent' must be a number from 0.5 to 100, not 'cent'", d.Message);
        Assert.Equal("le réglage « passPercent » doit être un nombre de 0.5 à 100, pas « cent »", d.GetMessage(French));

        var weight = DiagnosticCodes.GiftWeightsBelowFull.Create(SourceLocation.None, "q1", 87.5);
        Assert.Contains("87.5 %", weight.GetMessage(French), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_problem_reported_twice_is_kept_once()
    {
        var bag = new DiagnosticBag();
        bag.Report(DiagnosticCodes.AssetMissing, new SourceLocation("a.md", 1, 1), "img.png");
        bag.Report(DiagnosticCodes.AssetMissing, new SourceLocation("a.md", 1, 1), "img.png");
        Assert.Equal(1, bag.Count);
    }

    private static void Compare(List<string> problems, string key, string english, string? french)
    {
        if (string.IsNullOrWhiteSpace(french))
        {
            problems.Add($"{key}: no French text (English: {english})");
            return;
        }

        var expected = Placeholders(english);
        var actual = Placeholders(french);
        if (!expected.SequenceEqual(actual))
        {
            problems.Add($"{key}: placeholders {string.Join(" ", actual)} differ from the English {string.Join(" ", expected)}");
        }
    }

    private static List<string> Placeholders(string template) =>
        [.. Placeholder().Matches(template).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex("«[^»]*»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[$\p{L}]+:")]
    private static partial Regex WordColon();

    [GeneratedRegex(@"(?<!\{)\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
