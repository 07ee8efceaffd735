using Courseware.Diagnostics;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Courseware.Markdown.GitBook;

/// <summary>Whether a GitBook tag has a body closed by its end tag.</summary>
public enum GitBookTagBody
{
    /// <summary><c>{% hint %}…{% endhint %}</c>: a missing end tag is reported.</summary>
    Required,

    /// <summary><c>{% embed %}</c>: a body only when the end tag follows before the next tag of the same name.</summary>
    Optional,

    /// <summary><c>{% include "…" %}</c>: never a body.</summary>
    None,
}

/// <summary>A parser that recognises GitBook tags, so that the unknown-tag parser can tell known tags from unknown ones.</summary>
public interface IGitBookTagParser
{
    /// <summary>The tag name handled, e.g. <c>hint</c>.</summary>
    string TagName { get; }
}

/// <summary>
/// Parses one GitBook tag <c>{% name … %}</c> standing alone on a line into a <typeparamref name="TBlock"/> container,
/// up to the matching <c>{% endname %}</c>. Same-name nesting works: an end tag belongs to the innermost open block of
/// that name. An end tag inside an open fenced code block is code, not an end tag.
/// </summary>
public abstract class GitBookTagParser<TBlock> : BlockParser, IGitBookTagParser
    where TBlock : GitBookTagBlock
{
    protected GitBookTagParser(string tagName)
    {
        TagName = tagName;
        OpeningCharacters = ['{'];
    }

    public string TagName { get; }

    /// <summary>Whether the tag has a body; <see cref="GitBookTagBody.Required"/> unless a tag says otherwise.</summary>
    protected virtual GitBookTagBody Body => GitBookTagBody.Required;

    /// <summary>Builds the block from the opening tag; <paramref name="report"/> adds a diagnostic at the tag.</summary>
    protected abstract TBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report);

    public override BlockState TryOpen(BlockProcessor processor)
    {
        // Every tag parser sees every line that starts with '{': the name is checked before the tag is read.
        if (processor.IsCodeIndent || !LiquidTag.Names(processor.Line, TagName, isEnd: false)
            || !LiquidTag.TryParse(processor.Line, out var tag) || tag.IsEnd || tag.Name != TagName)
        {
            return BlockState.None;
        }

        return Open(processor, tag);
    }

    private BlockState Open(BlockProcessor processor, LiquidTag tag)
    {
        var tagStart = tag.Start;
        void Report(DiagnosticDescriptor descriptor, object?[] args) => GitBookParseDiagnostics.Report(processor, descriptor, tagStart, args);

        foreach (var attribute in tag.UnterminatedAttributes)
        {
            Report(DiagnosticCodes.UnterminatedAttributeQuote, [attribute.Length == 0 ? "(unnamed)" : attribute, TagName]);
        }

        var block = CreateBlock(processor, tag, Report);
        block.TagName = TagName;
        block.Attributes = tag.Attributes;
        block.Column = processor.Column;
        block.Span = new SourceSpan(tag.Start, processor.Line.End);
        var (line, column) = GitBookParseDiagnostics.LineAndColumn(processor, tagStart);
        block.SetData(OpeningTagKey, (line, column));
        processor.NewBlocks.Push(block);
        if (tag.IsClosedOnSameLine)
        {
            AddSameLineBody(processor, block, tag);
            block.EndTagSeen = true;
            return BlockState.BreakDiscard;
        }

        var hasBody = Body switch
        {
            GitBookTagBody.None => false,
            GitBookTagBody.Optional => GitBookTagIndex.For(processor.Document, processor.Line.Text).IsFollowedByEndTag(TagName, tag.Start),
            _ => true,
        };
        if (!hasBody)
        {
            block.EndTagSeen = true;
            return BlockState.BreakDiscard;
        }

        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (!LiquidTag.Names(processor.Line, TagName, isEnd: true) || !LiquidTag.TryParse(processor.Line, out var tag) || !tag.IsEnd || tag.Name != TagName
            || EndTagBelongsInside(processor, (ContainerBlock)block))
        {
            // The block takes no indentation of its own: give the line back whole to the blocks inside.
            processor.GoToColumn(processor.ColumnBeforeIndent);
            return BlockState.Continue;
        }

        ((GitBookTagBlock)block).EndTagSeen = true;
        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.BreakDiscard;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        var tagBlock = (GitBookTagBlock)block;
        if (!tagBlock.EndTagSeen)
        {
            tagBlock.IsClosed = false;
            var (line, column) = block.GetData(OpeningTagKey) is ValueTuple<int, int> at ? at : (block.Line + 1, block.Column + 1);
            GitBookParseDiagnostics.Report(processor.Document, DiagnosticCodes.UnclosedGitBookTag, line, column, TagName);
        }

        block.RemoveData(OpeningTagKey);
        return true;
    }

    /// <summary>The text of <c>{% name %}text{% endname %}</c> becomes the block's one paragraph (its inlines are parsed with the page's).</summary>
    private static void AddSameLineBody(BlockProcessor processor, TBlock block, LiquidTag tag)
    {
        var (start, length) = tag.SameLineBody;
        if (length == 0)
        {
            return;
        }

        var paragraph = new ParagraphBlock(processor.Parsers.FindExact<ParagraphBlockParser>())
        {
            Line = processor.LineIndex,
            Column = start - processor.CurrentLineStartPosition,
            Span = new SourceSpan(start, start + length - 1),
            IsOpen = false,
        };
        var slice = new Markdig.Helpers.StringSlice(processor.Line.Text, start, start + length - 1);
        paragraph.AppendLine(ref slice, paragraph.Column, processor.LineIndex, processor.CurrentLineStartPosition, processor.TrackTrivia);
        block.Add(paragraph);
    }

    /// <summary>True when the end tag is for an open block of the same name nested deeper, or is text in open fenced code.</summary>
    private bool EndTagBelongsInside(BlockProcessor processor, ContainerBlock block)
    {
        var child = block.LastChild;
        while (child is not null && processor.IsOpen(child))
        {
            if (child is FencedCodeBlock
                || (child is GitBookTagBlock nested && nested.TagName == TagName && !nested.EndTagSeen))
            {
                return true;
            }

            child = (child as ContainerBlock)?.LastChild;
        }

        return false;
    }

    private static readonly object OpeningTagKey = typeof(GitBookTagParser<TBlock>);
}
