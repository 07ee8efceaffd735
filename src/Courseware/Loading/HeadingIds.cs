using System.Globalization;
using System.Text;

namespace Courseware.Loading;

/// <summary>Heading ids as GitBook generates them: lower case, spaces to '-', punctuation and emoji dropped; accents kept, or folded in the second form.</summary>
public static class HeadingIds
{
    /// <summary>The accent-keeping id: "Un réseau de 19 incubateurs" → <c>un-réseau-de-19-incubateurs</c>.</summary>
    public static string Slug(string text) => Join(text, punctuationSeparates: false);

    /// <summary>
    /// The id GitBook's newer editor writes in links: punctuation separates words like spaces and '_' stays, "OAI/PMH" →
    /// <c>oai-pmh</c>, "Réponse (`avant_envoi`)" → <c>réponse-avant_envoi</c>.
    /// </summary>
    public static string SeparatorSlug(string text) => Join(text, punctuationSeparates: true);

    /// <summary>
    /// Letters, digits and marks in lower case, words joined by single '-'. Words are separated by white space, '-' and '_'
    /// (other punctuation dropped); or, with <paramref name="punctuationSeparates"/>, by anything else, '_' being kept.
    /// </summary>
    private static string Join(string text, bool punctuationSeparates)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        Span<char> lower = stackalloc char[2];
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || (punctuationSeparates && rune.Value == '_') || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(lower[..Rune.ToLowerInvariant(rune).EncodeToUtf16(lower)]);
            }
            else if (punctuationSeparates || Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_')
            {
                pendingDash = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// The id the older GitBook (gitbook-cli) gave a heading, which its books' links still use: lower case, everything but
    /// ASCII letters, digits, '_', '-' and spaces dropped (accented letters too), each space a '-', trailing '-' removed:
    /// "Fréquence de mise à jour" → <c>frquence-de-mise--jour</c>.
    /// </summary>
    public static string LegacySlug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c))
            {
                sb.Append('-');
            }
        }

        return sb.ToString().TrimEnd('-');
    }

    /// <summary>The accent-folded id: "Contrôle d'accès" → <c>controle-dacces</c>.</summary>
    public static string FoldedSlug(string text) => Fold(Slug(text));

    /// <summary>Removes diacritics.</summary>
    public static string Fold(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\x7F'))
        {
            // ASCII has no diacritics (most ids): nothing to decompose.
            return text;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A file-name-safe ASCII slug (for output names and ids): folded, '-' separated, at most <paramref name="maxLength"/> characters cut at a word boundary.</summary>
    public static string AsciiSlug(string text, int maxLength = 48)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        var pendingDash = false;
        foreach (var c in folded)
        {
            if (c < 0x80 && char.IsLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }
        }

        var slug = sb.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > maxLength / 2 ? slug[..cut] : slug[..maxLength];
        }

        return slug;
    }
}
