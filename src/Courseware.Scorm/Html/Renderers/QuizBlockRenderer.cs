using Courseware.Markdown;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Quizzes;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A quiz block: the form and its scoring data, written by <see cref="QuizHtmlWriter"/>.</summary>
public sealed class QuizBlockRenderer : ScormObjectRenderer<QuizBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, QuizBlock block)
    {
        var context = renderer.Context;
        var quiz = block.Quiz;
        var elementId = "quiz-" + StableIdentifier.Slug(quiz.Id, 60);
        var writer = new QuizHtmlWriter(context.Layout.Version, context.Strings, new QuizTextRenderer(context.Sanitizer, context.Diagnostics, context.Options.AllowRawHtml), context.Diagnostics);
        renderer.Write(writer.Write(quiz, elementId, StableIdentifier.ShortHash(quiz.Id)[..6]));
    }
}
