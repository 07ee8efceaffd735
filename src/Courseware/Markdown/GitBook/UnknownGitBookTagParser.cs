using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook;

/// <summary>
/// Tried after every GitBook tag parser: a <c>{% … %}</c> line no parser took is an unknown tag or an end tag
/// without its opening tag. It is reported and left to the paragraph parser, so it stays as text.
/// </summary>
public sealed class UnknownGitBookTagParser : BlockParser
{
    public UnknownGitBookTagParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || !LiquidTag.TryParse(processor.Line, out var tag))
        {
            return BlockState.None;
        }

        var known = false;
        foreach (var parser in processor.Parsers)
        {
            if (parser is IGitBookTagParser tagParser && tagParser.TagName == tag.Name)
            {
                known = true;
                break;
            }
        }

        if (known && tag.IsEnd)
        {
            GitBookParseDiagnostics.Report(processor, DiagnosticCodes.OrphanEndTag, tag.Start, tag.Name);
        }
        else if (!known)
        {
            GitBookParseDiagnostics.Report(processor, DiagnosticCodes.UnknownGitBookTag, tag.Start, (tag.IsEnd ? "end" : string.Empty) + tag.Name);
        }

        return BlockState.None;
    }
}
