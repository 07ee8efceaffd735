using Courseware.Scorm.Html.Renderers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Courseware.Scorm.Html;

/// <summary>Renders a page of the course model to HTML for a SCORM package: Markdig's renderers plus one renderer per GitBook node and quiz, links taken from their resolved targets.</summary>
public sealed class ScormHtmlRenderer : HtmlRenderer
{
    public ScormHtmlRenderer(TextWriter writer, PageRenderContext context)
        : base(writer)
    {
        Context = context;

        // Markdig nodes whose output depends on the package: links, headings, raw HTML.
        ObjectRenderers.Replace<LinkInlineRenderer>(new ResolvedLinkInlineRenderer());
        ObjectRenderers.Replace<AutolinkInlineRenderer>(new SafeAutolinkInlineRenderer());
        ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
        ObjectRenderers.Replace<CodeBlockRenderer>(new ScrollableCodeBlockRenderer());
        ObjectRenderers.Replace<HtmlBlockRenderer>(new SanitizedHtmlBlockRenderer());
        ObjectRenderers.Replace<HtmlInlineRenderer>(new SanitizedHtmlInlineRenderer());
        ObjectRenderers.Find<EmphasisInlineRenderer>()!.GetTag = ExtraEmphasisTag;

        // Markdig extensions the course pipeline enables.
        ObjectRenderers.Add(new ScrollableTableRenderer());
        ObjectRenderers.Add(new TaskListRenderer());
        ObjectRenderers.Add(new HtmlFootnoteGroupRenderer());
        ObjectRenderers.Add(new HtmlFootnoteLinkRenderer());

        // GitBook blocks and our own nodes.
        ObjectRenderers.Add(new HintBlockRenderer());
        ObjectRenderers.Add(new TabsBlockRenderer());
        ObjectRenderers.Add(new TabBlockRenderer());
        ObjectRenderers.Add(new EmbedBlockRenderer());
        ObjectRenderers.Add(new FileBlockRenderer());
        ObjectRenderers.Add(new ContentRefBlockRenderer());
        ObjectRenderers.Add(new CodeTitleBlockRenderer());
        ObjectRenderers.Add(new IncludeBlockRenderer());
        ObjectRenderers.Add(new StepperBlockRenderer());
        ObjectRenderers.Add(new StepBlockRenderer());
        ObjectRenderers.Add(new ColumnsBlockRenderer());
        ObjectRenderers.Add(new ColumnBlockRenderer());
        ObjectRenderers.Add(new DetailsBlockRenderer());
        ObjectRenderers.Add(new FigureBlockRenderer());
        ObjectRenderers.Add(new CardsBlockRenderer());
        ObjectRenderers.Add(new MarkInlineRenderer());
        ObjectRenderers.Add(new ApiOperationBlockRenderer());
        ObjectRenderers.Add(new ApiSchemasBlockRenderer());
        ObjectRenderers.Add(new QuizBlockRenderer());
    }

    public PageRenderContext Context { get; }

    private static string? ExtraEmphasisTag(EmphasisInline emphasis) => (emphasis.DelimiterChar, emphasis.DelimiterCount) switch
    {
        ('~', 2) => "del",
        ('~', 1) => "sub",
        ('^', 1) => "sup",
        ('+', 2) => "ins",
        ('=', 2) => "mark",
        _ => EmphasisInlineRenderer.GetDefaultTag(emphasis),
    };
}

/// <summary>Helpers our node renderers share.</summary>
public static class HtmlRendererExtensions
{
    /// <summary>Writes <c> name="value"</c>, the value escaped.</summary>
    public static HtmlRenderer WriteAttribute(this HtmlRenderer renderer, string name, string value)
    {
        renderer.Write(' ').Write(name).Write("=\"");
        renderer.WriteEscape(value);
        renderer.Write('"');
        return renderer;
    }
}
