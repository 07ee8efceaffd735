using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Code;

/// <summary>Parses <c>{% code title="…" lineNumbers="true" %}…{% endcode %}</c> around a fenced code block.</summary>
public sealed class CodeTitleParser() : GitBookTagParser<CodeTitleBlock>("code")
{
    protected override CodeTitleBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report) => new(this)
    {
        Title = tag.Attributes.GetValueOrDefault("title"),
        LineNumbers = string.Equals(tag.Attributes.GetValueOrDefault("lineNumbers"), "true", StringComparison.OrdinalIgnoreCase),
    };
}
