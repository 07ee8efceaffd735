using Courseware.Diagnostics;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Courseware.Markdown.GitBook.Embed;

/// <summary>
/// Parses <c>{% youtube %}URL{% endyoutube %}</c>, the video tag of the older GitBook's plugin, as an embed of that URL
/// (the body is the address, not a caption).
/// </summary>
public sealed class YouTubeParser() : GitBookTagParser<EmbedBlock>("youtube")
{
    protected override EmbedBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report) =>
        new(this) { Url = (tag.Attributes.GetValueOrDefault("url") ?? tag.Positional.FirstOrDefault() ?? string.Empty).Trim() };

    public override bool Close(BlockProcessor processor, Block block)
    {
        var closed = base.Close(processor, block);
        var embed = (EmbedBlock)block;
        if (embed.Count == 1 && embed[0] is ParagraphBlock body)
        {
            var text = body.Lines.ToString().Trim();
            if (text.Length > 2 && text[0] == '<' && text[^1] == '>')
            {
                text = text[1..^1].Trim();
            }

            if (embed.Url.Length == 0 && text.Length > 0 && !text.Any(char.IsWhiteSpace))
            {
                embed.Url = text;
                embed.Clear();
            }
        }

        if (embed.Url.Length == 0)
        {
            var (line, column) = (block.Line + 1, block.Column + 1);
            GitBookParseDiagnostics.Report(processor.Document, DiagnosticCodes.MissingTagAttribute, line, column, "youtube", "url");
        }

        return closed;
    }
}
