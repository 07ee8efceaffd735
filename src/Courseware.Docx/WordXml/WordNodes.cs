using System.Text;

namespace Courseware.Docx.WordXml;

/// <summary>A piece of WordprocessingML held while a page is rendered, light enough to build for every run of a long document.</summary>
internal abstract class WordNode
{
    public abstract void WriteTo(WordXmlWriter writer);

    /// <summary>Appends the text this node shows (the text of its <c>w:t</c> elements).</summary>
    public virtual void AppendText(StringBuilder text)
    {
    }
}

/// <summary>Markup that never changes once built: an empty element, a field character, a drawing.</summary>
internal sealed class WordMarkup(string markup) : WordNode
{
    public static readonly WordMarkup Break = new("<w:br />");

    public static readonly WordMarkup Tab = new("<w:tab />");

    public string Markup { get; } = markup;

    public override void WriteTo(WordXmlWriter writer) => writer.Raw(Markup);
}

/// <summary>A <c>w:t</c> element, spaces kept.</summary>
internal sealed class WordText(string text) : WordNode
{
    public string Text { get; } = text;

    public override void WriteTo(WordXmlWriter writer)
    {
        writer.Raw("<w:t xml:space=\"preserve\">");
        writer.Text(Text);
        writer.Raw("</w:t>");
    }

    public override void AppendText(StringBuilder text) => text.Append(Text);
}

/// <summary>An element with attributes and children; written as an empty element when it has no content.</summary>
internal class WordElement(string name) : WordNode
{
    private List<(string Name, string Value)>? _attributes;
    private List<WordNode>? _children;

    public string Name { get; } = name;

    public int Count => _children?.Count ?? 0;

    public WordNode this[int index] => _children![index];

    public WordNode? LastChild => _children is { Count: > 0 } children ? children[^1] : null;

    public IEnumerable<WordNode> Children => _children ?? Enumerable.Empty<WordNode>();

    /// <summary>Content written before the children (the element's properties, such as <c>w:tcPr</c>).</summary>
    public WordNode? Properties { get; set; }

    protected virtual bool HasProperties => Properties is not null;

    public WordElement Attribute(string attributeName, string value)
    {
        (_attributes ??= []).Add((attributeName, value));
        return this;
    }

    public WordElement Append(WordNode child)
    {
        (_children ??= []).Add(child);
        return this;
    }

    public void Insert(int index, WordNode child) => (_children ??= []).Insert(index, child);

    public void Clear() => _children?.Clear();

    public override void WriteTo(WordXmlWriter writer)
    {
        writer.Open(Name);
        if (_attributes is not null)
        {
            foreach (var (attributeName, value) in _attributes)
            {
                writer.Attribute(attributeName, value);
            }
        }

        if (!HasProperties && Count == 0)
        {
            writer.EndEmpty();
            return;
        }

        writer.EndStart();
        WritePropertiesTo(writer);
        WriteChildrenTo(writer);
        writer.Close(Name);
    }

    public void WriteChildrenTo(WordXmlWriter writer)
    {
        if (_children is not null)
        {
            foreach (var child in _children)
            {
                child.WriteTo(writer);
            }
        }
    }

    public override void AppendText(StringBuilder text)
    {
        if (_children is not null)
        {
            foreach (var child in _children)
            {
                child.AppendText(text);
            }
        }
    }

    /// <summary>The text this element shows.</summary>
    public string InnerText()
    {
        var text = new StringBuilder();
        AppendText(text);
        return text.ToString();
    }

    protected virtual void WritePropertiesTo(WordXmlWriter writer) => Properties?.WriteTo(writer);
}

/// <summary>A <c>w:p</c>: its properties (style, keep with next, numbering, alignment, in schema order), then its runs.</summary>
internal sealed class WordParagraph(string? styleId) : WordElement("w:p")
{
    public string? StyleId { get; set; } = styleId;

    public bool KeepNext { get; set; }

    public (int NumId, int Level)? Numbering { get; set; }

    /// <summary>The <c>w:jc</c> value (<c>center</c>, <c>right</c>), or null.</summary>
    public string? Justification { get; set; }

    protected override bool HasProperties => StyleId is not null || KeepNext || Numbering is not null || Justification is not null;

    protected override void WritePropertiesTo(WordXmlWriter writer)
    {
        if (!HasProperties)
        {
            return;
        }

        writer.Raw("<w:pPr>");
        if (StyleId is not null)
        {
            writer.Empty("w:pStyle", "w:val", StyleId);
        }

        if (KeepNext)
        {
            writer.Raw("<w:keepNext />");
        }

        if (Numbering is { } numbering)
        {
            writer.Raw("<w:numPr>");
            writer.Empty("w:ilvl", "w:val", numbering.Level);
            writer.Empty("w:numId", "w:val", numbering.NumId);
            writer.Raw("</w:numPr>");
        }

        if (Justification is not null)
        {
            writer.Empty("w:jc", "w:val", Justification);
        }

        writer.Raw("</w:pPr>");
    }
}

/// <summary>A <c>w:r</c> whose run properties are shared markup (one string per distinct formatting).</summary>
internal sealed class WordRun(string? propertiesMarkup) : WordElement("w:r")
{
    public string? PropertiesMarkup { get; } = propertiesMarkup;

    protected override bool HasProperties => PropertiesMarkup is not null;

    protected override void WritePropertiesTo(WordXmlWriter writer)
    {
        if (PropertiesMarkup is not null)
        {
            writer.Raw(PropertiesMarkup);
        }
    }
}

/// <summary>A run holding one piece of text (most runs): no child list.</summary>
internal sealed class WordTextRun(string? propertiesMarkup, string text) : WordNode
{
    public override void WriteTo(WordXmlWriter writer)
    {
        writer.Raw("<w:r>");
        if (propertiesMarkup is not null)
        {
            writer.Raw(propertiesMarkup);
        }

        writer.Raw("<w:t xml:space=\"preserve\">");
        writer.Text(text);
        writer.Raw("</w:t></w:r>");
    }

    public override void AppendText(StringBuilder builder) => builder.Append(text);
}
