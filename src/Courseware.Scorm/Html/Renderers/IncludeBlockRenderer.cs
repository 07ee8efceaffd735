using Courseware.Markdown.GitBook.Include;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>An include: the loader has put the included blocks inside it.</summary>
public sealed class IncludeBlockRenderer : ScormObjectRenderer<IncludeBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, IncludeBlock block) => renderer.WriteChildren(block);
}
