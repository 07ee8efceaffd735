using Markdig.Renderers;
using Markdig.Syntax;

namespace Courseware.Docx.Rendering;

/// <summary>Base of the renderer of one node type.</summary>
internal abstract class DocxObjectRenderer<TObject> : MarkdownObjectRenderer<DocxRenderer, TObject>
    where TObject : MarkdownObject;
