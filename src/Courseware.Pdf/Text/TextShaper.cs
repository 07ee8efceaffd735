using System.Globalization;
using System.Text;
using Courseware.Graphics;

namespace Courseware.Pdf.Text;

/// <summary>A piece of text that one face can draw.</summary>
public readonly record struct FaceSegment(string Text, FontFace Face);

/// <summary>
/// Prepares text for drawing: NFC normalisation, removal of invisible joiners and control characters, and a choice of face
/// per character (the styled face, else a fallback face, else a visible placeholder). Characters beyond U+FFFF are never
/// drawn as such: the PDF backend writes a wrong ToUnicode entry for them, so text extracted from the PDF would be garbage;
/// they become a readable substitute (a BMP symbol of the same meaning) or the placeholder.
/// </summary>
public sealed class TextShaper
{
    /// <summary>Drawn for characters no available face has; U+25CC is the customary "missing character" mark.</summary>
    public const char Placeholder = '\u25CC';

    private static readonly Dictionary<int, string> Substitutes = new()
    {
        [0x1F4C8] = "\u2197", // chart increasing → north-east arrow
        [0x1F4C9] = "\u2198", // chart decreasing → south-east arrow
        [0x1F449] = "\u261E", // pointing right
        [0x1F448] = "\u261C",
        [0x1F446] = "\u261D",
        [0x1F447] = "\u261F",
        [0x1F4A1] = "\u2600", // light bulb → sun
        [0x1F4DD] = "\u270E", // memo → pencil
        [0x1F4CC] = "\u2691", // pushpin → flag
        [0x1F4CD] = "\u2691",
        [0x1F6A9] = "\u2691",
        [0x1F4DE] = "\u260E", // telephone
        [0x1F4E7] = "\u2709", // e-mail → envelope
        [0x1F4E9] = "\u2709",
        [0x1F512] = "\u26BF",
        [0x1F50D] = "\u2315",
        [0x1F3AF] = "\u25CE", // target → bullseye
        [0x1F680] = "\u2708",
        [0x1F44D] = "\u2714",
        [0x1F44E] = "\u2718",
        [0x1F534] = "\u25CF",
        [0x1F7E2] = "\u25CF",
        [0x1F535] = "\u25CF",
        [0x1F7E0] = "\u25CF",
        [0x1F7E1] = "\u25CF",
        [0x1F4C5] = "\u2637",
        [0x1F4C6] = "\u2637",
        [0x1F553] = "\u231A",
        [0x1F4DA] = "\u2261",
        [0x1F4D6] = "\u2261",
        [0x1F517] = "\u221E",
        [0x1F50D] = "\u2315", // magnifying glass
        [0x1F50E] = "\u2315",
        [0x1F4CA] = "\u25A6", // bar chart
        [0x1F4CB] = "\u2630", // clipboard
        [0x1F4E2] = "\u266B", // loudspeaker
        [0x1F4E3] = "\u266B", // megaphone
        [0x1F399] = "\u266A", // microphone
        [0x1F3A4] = "\u266A",
        [0x1F381] = "\u2756", // gift
        [0x1F389] = "\u2736", // party popper
        [0x1F465] = "\u263A", // people
        [0x1F464] = "\u263A",
        [0x1F91D] = "\u2766",
        [0x1F4AC] = "\u2709", // speech balloon
        [0x1F5E3] = "\u266B",
        [0x1F3C1] = "\u2691", // chequered flag
        [0x1F4B0] = "\u00A4", // money bag
        [0x1F4F1] = "\u260E", // mobile phone
        [0x1F4BB] = "\u2328", // laptop → keyboard
        [0x1F5A5] = "\u2328",
        [0x1F9ED] = "\u2609", // compass
        [0x1F4A5] = "\u2737",
        [0x1F525] = "\u2668",
        [0x1F31F] = "\u2605",
        [0x1F3C6] = "\u2605",
        [0x1F947] = "\u2605",
    };

    /// <summary>BMP symbols that common fonts lack, drawn as a close symbol they have.</summary>
    private static readonly Dictionary<int, string> BmpSubstitutes = new()
    {
        [0x2705] = "\u2714", // white heavy check mark → heavy check mark
        [0x274C] = "\u2718", // cross mark → heavy ballot x
        [0x274E] = "\u2718",
        [0x2B50] = "\u2605", // star
        [0x2753] = "?",
        [0x2757] = "!",
        [0x23F0] = "\u231A",
        [0x23F3] = "\u231B",
        [0x26A1] = "\u2607",
        [0x2728] = "\u2726",
    };

    private readonly FontSet _fonts;
    private readonly SortedSet<int> _unsupported = [];

    /// <param name="fonts">The faces text is drawn with.</param>
    /// <param name="lines">Where paragraphs laid out with this shaper keep their lines for the next layout pass (optional).</param>
    public TextShaper(FontSet fonts, Layout.LineCache? lines = null)
    {
        _fonts = fonts;
        Lines = lines;
    }

    public FontSet Fonts => _fonts;

    /// <summary>Lists the line breaking of this shaper's paragraphs reuses (layout is single-threaded per shaper).</summary>
    public Layout.TextBlockElement.LineBreakBuffers Buffers { get; } = new();

    /// <summary>Lines of paragraphs broken in earlier layout passes; null when nothing is kept.</summary>
    public Layout.LineCache? Lines { get; }

    /// <summary>
    /// Set when a page number was laid out in a way its characters cannot be followed into the drawn text (changed by
    /// cleaning, split between faces or inside a word broken by character): the layout then cannot renumber in place.
    /// </summary>
    public bool PageNumbersUntracked { get; set; }

    /// <summary>Code points drawn as the placeholder so far (for a diagnostic).</summary>
    public IReadOnlyCollection<int> Unsupported => _unsupported;

    /// <summary>NFC, invisible characters removed, supplementary characters substituted; tabs and controls become spaces (except '\n').</summary>
    public string Clean(string text)
    {
        if (text.Length == 0 || IsClean(text))
        {
            return text;
        }

        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            var v = rune.Value;
            if (v is 0xFE0F or 0xFE0E or 0x200D or 0x200B or 0x2060 or 0xFEFF || (v >= 0x1F3FB && v <= 0x1F3FF) || (v >= 0xE0020 && v <= 0xE007F))
            {
                continue; // variation selectors, joiners, skin tones, tag characters: invisible on paper
            }

            if (v == '\n')
            {
                sb.Append('\n');
            }
            else if (v == '\t')
            {
                sb.Append("    ");
            }
            else if (v == 0xA0 || v == 0x202F)
            {
                sb.Append((char)v);
            }
            else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
            {
                if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control)
                {
                    sb.Append(' ');
                }
            }
            else if (v > 0xFFFF)
            {
                if (Substitutes.TryGetValue(v, out var substitute))
                {
                    sb.Append(substitute);
                }
                else
                {
                    _unsupported.Add(v);
                    sb.Append(Placeholder);
                }
            }
            else
            {
                sb.Append((char)v);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Whether <see cref="Clean"/> would give the text back unchanged: only characters below U+0300 (always NFC), none of
    /// them a tab or a control character other than '\n' or a format character (the soft hyphen); or the typographic
    /// punctuation of prose (<see cref="IsPlainPunctuation"/>).
    /// </summary>
    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x20 && c < 0x7F)
            {
                continue;
            }

            if (c == '\n' || (c >= 0xA0 && c < 0x300 && c != 0xAD) || IsPlainPunctuation(c))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// Dashes, quotation marks, the ellipsis, the per mille sign, guillemets and the euro sign (U+2010-U+2027,
    /// U+2030-U+205E, U+20AC): none is changed by NFC or combines with a neighbour, none is a control or format character,
    /// so text made of them and of Latin-1 needs no normalisation check (an ICU call per string otherwise).
    /// </summary>
    internal static bool IsPlainPunctuation(char c) => c is (>= '\u2010' and <= '\u2027') or (>= '\u2030' and <= '\u205E') or '\u20AC';

    /// <summary>The styled face when it has every character of <paramref name="cleaned"/> (the common case), else null.</summary>
    public FontFace? SingleFace(string cleaned, TextStyle style) => SingleFace(cleaned.AsSpan(), style);

    /// <summary>The styled face when it has every character of <paramref name="cleaned"/> (the common case), else null.</summary>
    public FontFace? SingleFace(ReadOnlySpan<char> cleaned, TextStyle style)
    {
        var primary = _fonts.FaceFor(style);
        return AllIn(cleaned, primary) ? primary : null;
    }

    /// <summary>Splits cleaned text into runs of one face each.</summary>
    public List<FaceSegment> Segment(string cleaned, TextStyle style)
    {
        var primary = _fonts.FaceFor(style);
        var result = new List<FaceSegment>(1);
        if (AllIn(cleaned, primary))
        {
            // The common case: the styled face has every character.
            if (cleaned.Length > 0)
            {
                result.Add(new FaceSegment(cleaned, primary));
            }

            return result;
        }

        var sb = new StringBuilder();
        FontFace? current = null;
        foreach (var rune in cleaned.EnumerateRunes())
        {
            var face = Pick(rune.Value, primary);
            string? text = null;
            if (face is null && BmpSubstitutes.TryGetValue(rune.Value, out var substitute) && Pick(substitute[0], primary) is { } substituteFace)
            {
                text = substitute;
                face = substituteFace;
            }

            if (face is null)
            {
                _unsupported.Add(rune.Value);
                text = PlaceholderText;
                face = Pick(Placeholder, primary) ?? primary;
            }

            if (current is not null && !ReferenceEquals(face, current))
            {
                result.Add(new FaceSegment(sb.ToString(), current));
                sb.Clear();
            }

            current = face;
            if (text is null)
            {
                AppendRune(sb, rune);
            }
            else
            {
                sb.Append(text);
            }
        }

        if (current is not null && sb.Length > 0)
        {
            result.Add(new FaceSegment(sb.ToString(), current));
        }

        return result;
    }

    private const string PlaceholderText = "\u25CC";

    private static bool AllIn(ReadOnlySpan<char> text, FontFace face)
    {
        foreach (var c in text)
        {
            if (c != ' ' && (char.IsSurrogate(c) || !face.HasGlyph(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendRune(StringBuilder sb, Rune rune)
    {
        if (rune.IsBmp)
        {
            sb.Append((char)rune.Value);
        }
        else
        {
            Span<char> pair = stackalloc char[2];
            sb.Append(pair[..rune.EncodeToUtf16(pair)]);
        }
    }

    private FontFace? Pick(int codePoint, FontFace primary)
    {
        if (codePoint == ' ' || primary.HasGlyph(codePoint))
        {
            return primary;
        }

        foreach (var f in _fonts.Fallbacks)
        {
            if (f.HasGlyph(codePoint))
            {
                return f;
            }
        }

        return null;
    }
}
