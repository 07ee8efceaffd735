using System.Globalization;
using System.Text;

namespace Courseware.Quizzes;

/// <summary>Turns titles and paths into the ASCII slugs used as stable quiz and question ids.</summary>
public static class QuizSlug
{
    /// <summary>Lower-case ASCII letters and digits separated by single '-', accents folded (<c>Rôle clé</c> → <c>role-cle</c>); empty when nothing is left.</summary>
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            var ascii = lower switch
            {
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                'ø' => "o",
                'đ' => "d",
                'ł' => "l",
                (>= 'a' and <= 'z') or (>= '0' and <= '9') => null,
                _ => string.Empty,
            };
            if (ascii != string.Empty)
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                if (ascii is null)
                {
                    sb.Append(lower);
                }
                else
                {
                    sb.Append(ascii);
                }

                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Longest question id taken from a title, so that quiz and question ids together stay within SCORM 1.2's 255-character identifiers.</summary>
    public const int MaxTitleSlugLength = 60;

    /// <summary>The slug of a question title, cut at a word boundary to <see cref="MaxTitleSlugLength"/> characters.</summary>
    public static string FromTitle(string title)
    {
        var slug = From(title);
        if (slug.Length <= MaxTitleSlugLength)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxTitleSlugLength);
        return slug[..(cut > 0 ? cut : MaxTitleSlugLength)];
    }

    /// <summary>The id of the <paramref name="quizIndex"/>-th (0-based) quiz of a page: <c>chapitre-1-intro-quiz-1</c>.</summary>
    public static string QuizId(string pagePath, int quizIndex)
    {
        var path = pagePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? pagePath[..^3] : pagePath;
        var slug = From(path);
        return string.Create(CultureInfo.InvariantCulture, $"{(slug.Length == 0 ? "page" : slug)}-quiz-{quizIndex + 1}");
    }
}
