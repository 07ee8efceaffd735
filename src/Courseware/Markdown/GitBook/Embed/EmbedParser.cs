using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Embed;

/// <summary>Parses <c>{% embed url="…" %}</c>, with a caption body when <c>{% endembed %}</c> follows.</summary>
public sealed class EmbedParser() : GitBookTagParser<EmbedBlock>("embed")
{
    protected override GitBookTagBody Body => GitBookTagBody.Optional;

    protected override EmbedBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var url = tag.Attributes.GetValueOrDefault("url") ?? tag.Positional.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(url))
        {
            report(DiagnosticCodes.MissingTagAttribute, ["embed", "url"]);
        }

        return new EmbedBlock(this) { Url = url?.Trim() ?? string.Empty, Caption = tag.Attributes.GetValueOrDefault("caption") };
    }
}
