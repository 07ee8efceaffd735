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
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        if (!LiquidTag.TryParse(processor.Line, out var tag))
        {
            // A known tag whose closing '%}' was mistyped: say so here, where the fix is, not only at its orphaned end tag.
            if (LiquidTag.TryFindUnterminated(processor.Line, out var written, out var start)
                && IsKnown(processor, written.StartsWith("end", StringComparison.Ordinal) && IsKnown(processor, written[3..]) ? written[3..] : written))
            {
                GitBookParseDiagnostics.Report(processor, DiagnosticCodes.UnterminatedGitBookTag, start, written);
            }

            return BlockState.None;
        }

        var known = IsKnown(processor, tag.Name);

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

    private static bool IsKnown(BlockProcessor processor, string name)
    {
        foreach (var parser in processor.Parsers)
        {
            if (parser is IGitBookTagParser tagParser && tagParser.TagName == name)
            {
                return true;
            }
        }

        return false;
    }
}
