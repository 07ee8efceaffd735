using System.Text;
using Courseware.Diagnostics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Courseware.Markdown.GitBook.Html;

/// <summary>
/// Parses GitBook's expandable block: a <c>&lt;details&gt;</c> line, a <c>&lt;summary&gt;…&lt;/summary&gt;</c> (on the same
/// line or the next non-blank ones), a Markdown body that may hold blank lines and GitBook blocks, and a
/// <c>&lt;/details&gt;</c> line. Nested details work; a missing end runs to the end of the container with a warning.
/// </summary>
public sealed class DetailsParser : BlockParser
{
    private static readonly object StateKey = typeof(DetailsParser);

    public DetailsParser()
    {
        OpeningCharacters = ['<'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = Trimmed(processor.Line);
        if (IsEndLine(line))
        {
            GitBookParseDiagnostics.Report(processor, DiagnosticCodes.OrphanDetailsEnd, processor.Start);
            return BlockState.None;
        }

        if (!StartsWithTag(line, "details") || line.Contains("</details", StringComparison.OrdinalIgnoreCase))
        {
            return BlockState.None;
        }

        var openTagEnd = line.IndexOf('>', StringComparison.Ordinal);
        if (openTagEnd < 0)
        {
            return BlockState.None;
        }

        var state = new State(GitBookParseDiagnostics.LineAndColumn(processor, processor.Start));
        var block = new DetailsBlock(this)
        {
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
            // A bare <details> (most of them) has no attribute to read.
            Open = openTagEnd > "<details".Length && HtmlFragmentReader.StartTagAttributes(line[..(openTagEnd + 1)])?.ContainsKey("open") == true,
        };
        block.SetData(StateKey, state);

        var rest = line[(openTagEnd + 1)..].Trim();
        if (StartsWithTag(rest, "summary"))
        {
            ReadSummaryLine(processor, block, state, rest);
        }

        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var details = (DetailsBlock)block;
        var state = (State)details.GetData(StateKey)!;
        var inSummary = state.Summary is not null && !state.SummaryDone;
        if (!inSummary && FirstNonBlank(processor.Line) != '<')
        {
            return ContinueWithWholeLine(processor);
        }

        var line = Trimmed(processor.Line);

        if (inSummary)
        {
            ReadSummaryLine(processor, details, state, line);
            return BlockState.ContinueDiscard;
        }

        if (!state.SummaryDone && details.Count == 0 && StartsWithTag(line, "summary"))
        {
            ReadSummaryLine(processor, details, state, line);
            return BlockState.ContinueDiscard;
        }

        if (!IsEndLine(line) || EndBelongsInside(processor, details))
        {
            return ContinueWithWholeLine(processor);
        }

        state.EndSeen = true;
        details.UpdateSpanEnd(processor.Line.End);
        return BlockState.BreakDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var details = (DetailsBlock)block;
        if (details.GetData(StateKey) is State state)
        {
            if (state.Summary is not null && !state.SummaryDone)
            {
                // An unclosed <summary>: what was read is the summary.
                details.Summary = HtmlInlineConverter.PlaceAt(HtmlFragmentReader.For(processor.Document).Summary(state.Summary.ToString()), state.SummaryAt.Line, state.SummaryAt.Column);
            }

            if (!state.EndSeen)
            {
                details.IsClosed = false;
                GitBookParseDiagnostics.Report(processor.Document, DiagnosticCodes.UnclosedDetails, state.OpenedAt.Line, state.OpenedAt.Column);
            }

            details.RemoveData(StateKey);
        }

        return true;
    }

    /// <summary>The block takes no indentation of its own: the blocks inside get the line whole.</summary>
    private static BlockState ContinueWithWholeLine(BlockProcessor processor)
    {
        processor.GoToColumn(processor.ColumnBeforeIndent);
        return BlockState.Continue;
    }

    private static void ReadSummaryLine(BlockProcessor processor, DetailsBlock details, State state, string line)
    {
        if (state.Summary is null)
        {
            state.Summary = new StringBuilder();
            state.SummaryAt = (processor.LineIndex, processor.Column);
        }

        if (state.Summary.Length > 0)
        {
            state.Summary.Append('\n');
        }

        state.Summary.Append(line);
        if (state.Summary.ToString().Contains("</summary", StringComparison.OrdinalIgnoreCase))
        {
            state.SummaryDone = true;
            details.Summary = HtmlInlineConverter.PlaceAt(HtmlFragmentReader.For(processor.Document).Summary(state.Summary.ToString()), state.SummaryAt.Line, state.SummaryAt.Column);
        }
    }

    private static bool EndBelongsInside(BlockProcessor processor, ContainerBlock block)
    {
        var child = block.LastChild;
        while (child is not null && processor.IsOpen(child))
        {
            if (child is FencedCodeBlock or DetailsBlock)
            {
                return true;
            }

            child = (child as ContainerBlock)?.LastChild;
        }

        return false;
    }

    private static char FirstNonBlank(StringSlice line)
    {
        for (var i = line.Start; i <= line.End; i++)
        {
            if (!char.IsWhiteSpace(line.Text[i]))
            {
                return line.Text[i];
            }
        }

        return '\0';
    }

    private static string Trimmed(StringSlice line) => line.ToString().Trim();

    private static bool IsEndLine(string line) =>
        line.StartsWith("</details", StringComparison.OrdinalIgnoreCase)
        && line.EndsWith('>')
        && line.AsSpan(9, line.Length - 10).Trim().IsEmpty;

    private static bool StartsWithTag(string line, string name) =>
        line.Length > name.Length + 1
        && line[0] == '<'
        && line.AsSpan(1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
        && (line[name.Length + 1] == '>' || char.IsWhiteSpace(line[name.Length + 1]));

    private sealed class State((int Line, int Column) openedAt)
    {
        public (int Line, int Column) OpenedAt { get; } = openedAt;

        public StringBuilder? Summary { get; set; }

        public bool SummaryDone { get; set; }

        /// <summary>0-based line and column where the summary starts, as Markdig counts.</summary>
        public (int Line, int Column) SummaryAt { get; set; }

        public bool EndSeen { get; set; }
    }
}
