using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.ContentRef;

/// <summary><c>{% content-ref url="…" %}…{% endcontent-ref %}</c>: a link card to another page, and what builds the tree.</summary>
public sealed class ContentRefBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public string Url { get; set; } = string.Empty;
}
