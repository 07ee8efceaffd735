using Courseware.Pdf.Layout;
using Markdig.Syntax;

namespace Courseware.Pdf.Rendering;

/// <summary>Renders one kind of Markdig block into layout elements.</summary>
internal abstract class PdfBlockRenderer
{
    public abstract Type NodeType { get; }

    public abstract void Render(Block block, BlockRendererSet renderers, ColumnElement target);
}

/// <summary>Base for a renderer of blocks of type <typeparamref name="T"/>.</summary>
internal abstract class PdfBlockRenderer<T> : PdfBlockRenderer
    where T : Block
{
    public sealed override Type NodeType => typeof(T);

    public sealed override void Render(Block block, BlockRendererSet renderers, ColumnElement target) => Render((T)block, renderers, target);

    protected abstract void Render(T block, BlockRendererSet renderers, ColumnElement target);
}

/// <summary>The block renderers of a handout, one per node type, looked up by the node's type (then its base types).</summary>
internal sealed class BlockRendererSet
{
    private readonly Dictionary<Type, PdfBlockRenderer> _renderers = [];

    public BlockRendererSet(RenderContext context)
    {
        Context = context;
        foreach (var renderer in new PdfBlockRenderer[]
        {
            new HeadingRenderer(), new ParagraphRenderer(), new ListRenderer(), new QuoteRenderer(), new CodeRenderer(),
            new TableRenderer(), new ThematicBreakRenderer(), new HtmlBlockRenderer(), new HintRenderer(), new TabsRenderer(),
            new TabRenderer(), new EmbedRenderer(), new FileRenderer(), new ContentRefRenderer(), new CodeTitleRenderer(),
            new IncludeRenderer(), new StepperRenderer(), new StepRenderer(), new ColumnsRenderer(), new ColumnRenderer(),
            new DetailsRenderer(), new FigureRenderer(),
            new FootnoteGroupRenderer(), new QuizRenderer(), new LinkReferenceDefinitionGroupRenderer(), new CardsRenderer(),
            new ApiOperationRenderer(), new ApiSchemasRenderer(),
        })
        {
            _renderers.Add(renderer.NodeType, renderer);
        }
    }

    public RenderContext Context { get; }

    public void Render(Block block, ColumnElement target)
    {
        for (var type = block.GetType(); type is not null; type = type.BaseType)
        {
            if (_renderers.TryGetValue(type, out var renderer))
            {
                renderer.Render(block, this, target);
                return;
            }
        }

        if (block is ContainerBlock container)
        {
            RenderChildren(container, target);
        }
    }

    public void RenderChildren(ContainerBlock container, ColumnElement target)
    {
        foreach (var child in container)
        {
            Render(child, target);
        }
    }

    /// <summary>The children of a container as a column of their own (for boxes, cells, list items).</summary>
    public ColumnElement Column(ContainerBlock container)
    {
        var column = new ColumnElement();
        RenderChildren(container, column);
        return column;
    }
}
