using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>Base of our node renderers: gives them the <see cref="ScormHtmlRenderer"/> and its page context.</summary>
public abstract class ScormObjectRenderer<T> : HtmlObjectRenderer<T>
    where T : MarkdownObject
{
    protected sealed override void Write(HtmlRenderer renderer, T obj) => Write((ScormHtmlRenderer)renderer, obj);

    protected abstract void Write(ScormHtmlRenderer renderer, T obj);
}
