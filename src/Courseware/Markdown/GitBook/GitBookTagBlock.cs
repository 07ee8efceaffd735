using Markdig.Parsers;
using Markdig.Syntax;

namespace Courseware.Markdown.GitBook;

/// <summary>Base of every <c>{% tag … %}…{% endtag %}</c> block: the tag name and its attributes.</summary>
public abstract class GitBookTagBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The tag name, e.g. <c>hint</c>.</summary>
    public string TagName { get; set; } = string.Empty;

    /// <summary>Attributes of the opening tag (<c>style="info"</c> → style = info), in source order.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; set; } = new Dictionary<string, string>();

    /// <summary>False when the end tag was missing (the block then ran to the end of its container).</summary>
    public bool IsClosed { get; set; } = true;

    public string? GetAttribute(string name) => Attributes.TryGetValue(name, out var v) ? v : null;

    /// <summary>Set by the parser once the end tag is read (or at once for a tag without a body).</summary>
    internal bool EndTagSeen { get; set; }
}
