using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.File;

/// <summary><c>{% file src="…" caption="…" %}</c> or with a caption body closed by <c>{% endfile %}</c> (the children).</summary>
public sealed class FileBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public string Src { get; set; } = string.Empty;

    public string? Caption { get; set; }
}
