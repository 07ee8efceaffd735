using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Include;

/// <summary><c>{% include "…" %}</c>: the loader replaces its children with the included file's blocks.</summary>
public sealed class IncludeBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public string Path { get; set; } = string.Empty;
}
