using System.Globalization;

namespace Courseware.Diagnostics;

/// <summary>
/// A piece of a diagnostic message written by courseware itself (not quoted from the course), such as "true or false":
/// passed as a message argument, it is translated along with the message.
/// </summary>
public sealed record DiagnosticPhrase(string Key, string English) : IFormattable
{
    /// <summary>The values of the phrase's own placeholders.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];

    /// <summary>This phrase with values for its placeholders.</summary>
    public DiagnosticPhrase With(params object?[] args) => this with { Arguments = [.. args] };

    /// <summary>The template in the given language; English when not translated.</summary>
    public string GetTemplate(CultureInfo uiCulture) => DiagnosticTranslations.Find("Phrase." + Key, uiCulture) ?? English;

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider?.GetFormat(typeof(DiagnosticFormatProvider)) as DiagnosticFormatProvider ?? new DiagnosticFormatProvider(CultureInfo.InvariantCulture);
        var template = GetTemplate(provider.UICulture);
        return Arguments.Count == 0 ? template : string.Format(provider, template, [.. Arguments]);
    }

    public override string ToString() => ToString(null, null);
}

/// <summary>The phrases diagnostics use as arguments; each has a translation next to the diagnostic messages.</summary>
public static class DiagnosticPhrases
{
    // Expected values (front matter, courseware.yml)
    public static readonly DiagnosticPhrase TrueOrFalse = new(nameof(TrueOrFalse), "true or false");
    public static readonly DiagnosticPhrase Text = new(nameof(Text), "text");
    public static readonly DiagnosticPhrase SingleValue = new(nameof(SingleValue), "a single value");
    public static readonly DiagnosticPhrase KeyValueLines = new(nameof(KeyValueLines), "'key: value' lines");
    public static readonly DiagnosticPhrase AnotherStructure = new(nameof(AnotherStructure), "another structure");
    public static readonly DiagnosticPhrase OneOf = new(nameof(OneOf), "one of {0}");
    public static readonly DiagnosticPhrase NumberAtLeast = new(nameof(NumberAtLeast), "a number of at least {0}");
    public static readonly DiagnosticPhrase NumberFromTo = new(nameof(NumberFromTo), "a number from {0} to {1}");

    // Kinds of remote assets
    public static readonly DiagnosticPhrase Image = new(nameof(Image), "image");
    public static readonly DiagnosticPhrase File = new(nameof(File), "file");

    // Why a quiz option is refused
    public static readonly DiagnosticPhrase PassMarkRange = new(nameof(PassMarkRange), "a pass mark is a percentage between 0 and 100");
    public static readonly DiagnosticPhrase ShuffleValues = new(nameof(ShuffleValues), "write shuffle, shuffle=true or shuffle=false");
    public static readonly DiagnosticPhrase AttemptsValues = new(nameof(AttemptsValues), "attempts is a whole number above 0, or 'unlimited'");
    public static readonly DiagnosticPhrase IdCharacters = new(nameof(IdCharacters), "an id holds ASCII letters, digits, '-', '_' and '.', starting with a letter or digit");
    public static readonly DiagnosticPhrase SingleValueExpected = new(nameof(SingleValueExpected), "expected a single value");

    // Why a question cannot be read back exactly from a GIFT file
    public static readonly DiagnosticPhrase ShortAnswerArrow = new(nameof(ShortAnswerArrow), "a short answer or its feedback containing '->' reads back as a matching question");
    public static readonly DiagnosticPhrase MatchingArrow = new(nameof(MatchingArrow), "a matching question text containing '->' cuts the pair at the wrong place");
    public static readonly DiagnosticPhrase SingleChoiceWithoutFullAnswer = new(nameof(SingleChoiceWithoutFullAnswer), "a single-choice question without a 100% answer reads back as multiple choice");

    /// <summary>Every phrase, for the translation tests.</summary>
    public static IReadOnlyList<DiagnosticPhrase> All { get; } =
        [.. typeof(DiagnosticPhrases).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticPhrase))
            .Select(f => (DiagnosticPhrase)f.GetValue(null)!)];
}
