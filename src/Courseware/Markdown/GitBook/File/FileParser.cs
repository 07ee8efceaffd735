using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.File;

/// <summary>Parses <c>{% file src="…" caption="…" %}</c>, with a caption body when <c>{% endfile %}</c> follows.</summary>
public sealed class FileParser() : GitBookTagParser<FileBlock>("file")
{
    protected override GitBookTagBody Body => GitBookTagBody.Optional;

    protected override FileBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var src = tag.Attributes.GetValueOrDefault("src") ?? tag.Positional.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(src))
        {
            report(DiagnosticCodes.MissingTagAttribute, ["file", "src"]);
        }

        return new FileBlock(this) { Src = src?.Trim() ?? string.Empty, Caption = tag.Attributes.GetValueOrDefault("caption") };
    }
}
