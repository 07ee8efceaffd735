using System.Security.Cryptography;
using System.Text;

namespace Courseware.Scorm.Packaging;

/// <summary>Builds identifiers that stay the same across exports of an edited course: derived from paths and ids, never from positions.</summary>
public static class StableIdentifier
{
    /// <summary>Letters, digits, '-', '_' and '.' from <paramref name="text"/>, others turned into '-', accents folded.</summary>
    public static string Slug(string text, int maxLength = 80)
    {
        var folded = RemoveDiacritics(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '.';
            var ch = ok ? c : '-';
            if (ch == '-' && (sb.Length == 0 || sb[^1] == '-'))
            {
                continue;
            }

            sb.Append(ch);
        }

        var slug = sb.ToString().Trim('-', '.');
        if (slug.Length > maxLength)
        {
            slug = slug[..maxLength].TrimEnd('-', '.') + "-" + ShortHash(text);
        }

        return slug;
    }

    /// <summary>An XML NCName (valid for xs:ID) made of <paramref name="prefix"/> and the slug of <paramref name="text"/>.</summary>
    public static string XmlId(string prefix, string text)
    {
        var slug = Slug(text);
        return slug.Length == 0 ? prefix + ShortHash(text) : prefix + slug;
    }

    /// <summary>Eight hex digits of the SHA-256 of the text.</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    /// <summary>Gives each key a unique value: the first to claim a value keeps it, later ones get a hash suffix of their key.</summary>
    public static string Unique(string candidate, string key, ISet<string> taken)
    {
        var value = candidate;
        if (!taken.Add(value))
        {
            value = candidate + "-" + ShortHash(key);
            var n = 2;
            while (!taken.Add(value))
            {
                value = candidate + "-" + ShortHash(key) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                n++;
            }
        }

        return value;
    }

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
