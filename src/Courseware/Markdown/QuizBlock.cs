using Courseware.Quizzes;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Courseware.Markdown;

/// <summary>A ```gift fenced block, replaced by the loader with the parsed quiz at the same place in the page.</summary>
public sealed class QuizBlock(BlockParser? parser) : LeafBlock(parser)
{
    public required Quiz Quiz { get; init; }
}
