using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Code;

/// <summary><c>{% code title="…" lineNumbers="true" %}</c> around a fenced code block.</summary>
public sealed class CodeTitleBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public string? Title { get; set; }

    public bool LineNumbers { get; set; }
}
