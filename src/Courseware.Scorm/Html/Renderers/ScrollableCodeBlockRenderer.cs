using Markdig.Syntax;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>Code blocks; a long line scrolls sideways, so the block takes keyboard focus to be scrolled without a mouse.</summary>
public sealed class ScrollableCodeBlockRenderer : ScormObjectRenderer<CodeBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, CodeBlock block)
    {
        renderer.Write("<pre tabindex=\"0\"><code");
        if (block is FencedCodeBlock { Info: { Length: > 0 } info })
        {
            var language = info.Split(' ', 2)[0];
            renderer.WriteAttribute("class", "language-" + language);
        }

        renderer.Write('>');
        renderer.WriteLeafRawLines(block, true, true);
        renderer.WriteLine("</code></pre>");
    }
}
