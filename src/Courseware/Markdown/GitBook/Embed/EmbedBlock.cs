using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Embed;

/// <summary><c>{% embed url="…" %}</c>, optionally with a caption body closed by <c>{% endembed %}</c> (the children).</summary>
public sealed class EmbedBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public string Url { get; set; } = string.Empty;

    /// <summary>Caption given as an attribute (older form); the body caption is in the children.</summary>
    public string? Caption { get; set; }
}
