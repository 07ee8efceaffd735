using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Include;

/// <summary>Parses <c>{% include "path" %}</c>; the block stays empty until the loader puts the included blocks in it.</summary>
public sealed class IncludeParser() : GitBookTagParser<IncludeBlock>("include")
{
    protected override GitBookTagBody Body => GitBookTagBody.None;

    protected override IncludeBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var path = tag.Positional.FirstOrDefault() ?? tag.Attributes.GetValueOrDefault("path") ?? tag.Attributes.GetValueOrDefault("file");
        if (string.IsNullOrWhiteSpace(path))
        {
            report(DiagnosticCodes.MissingTagAttribute, ["include", "path"]);
        }

        return new IncludeBlock(this) { Path = path?.Trim() ?? string.Empty };
    }
}
