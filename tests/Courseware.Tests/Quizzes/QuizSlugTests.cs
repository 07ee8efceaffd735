using Courseware.Quizzes;
using Xunit;

namespace Courseware.Tests.Quizzes;

public sealed class QuizSlugTests
{
    [Theory]
    [InlineData("Rôle clé", "role-cle")]
    [InlineData("  L'œil du Ça  ", "l-oeil-du-ca")]
    [InlineData("Qu'est-ce qu'un SCO ?", "qu-est-ce-qu-un-sco")]
    [InlineData("🙂 Émoji 2", "emoji-2")]
    [InlineData("🙂", "")]
    [InlineData("e\u0301te\u0301", "ete")]
    public void Folds_accents_and_keeps_letters_and_digits(string text, string expected) =>
        Assert.Equal(expected, QuizSlug.From(text));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var title = string.Join(' ', Enumerable.Repeat("mot", 40));
        var slug = QuizSlug.FromTitle(title);
        Assert.True(slug.Length <= QuizSlug.MaxTitleSlugLength);
        Assert.EndsWith("-mot", slug, StringComparison.Ordinal);
        Assert.Equal(new string('a', QuizSlug.MaxTitleSlugLength), QuizSlug.FromTitle(new string('a', 100)));
    }

    [Theory]
    [InlineData("README.md", 0, "readme-quiz-1")]
    [InlineData("chapitre-1/README.md", 1, "chapitre-1-readme-quiz-2")]
    [InlineData("Évaluation finale.md", 0, "evaluation-finale-quiz-1")]
    [InlineData("🙂.md", 2, "page-quiz-3")]
    public void Quiz_ids_come_from_the_page_path_and_index(string path, int index, string expected) =>
        Assert.Equal(expected, QuizSlug.QuizId(path, index));
}
