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
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                sb.Append(lower);
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The id of the <paramref name="quizIndex"/>-th (0-based) quiz of a page: <c>chapitre-1-intro-quiz-1</c>.</summary>
    public static string QuizId(string pagePath, int quizIndex)
    {
        var path = pagePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? pagePath[..^3] : pagePath;
        var slug = From(path);
        return string.Create(CultureInfo.InvariantCulture, $"{(slug.Length == 0 ? "page" : slug)}-quiz-{quizIndex + 1}");
    }
}
