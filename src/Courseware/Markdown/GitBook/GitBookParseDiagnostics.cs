using Courseware.Diagnostics;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Courseware.Markdown.GitBook;

/// <summary>A problem found while parsing one page: line and column are 1-based in the parsed text; the loader adds the page path.</summary>
public sealed record ParseDiagnostic(DiagnosticDescriptor Descriptor, int Line, int Column, IReadOnlyList<object?> Arguments)
{
    /// <summary>The diagnostic at <paramref name="file"/>(Line,Column).</summary>
    public Diagnostic ToDiagnostic(string file) => Descriptor.Create(new SourceLocation(file, Line, Column), [.. Arguments]);
}

/// <summary>Where the GitBook parsers leave the diagnostics of a page: in the parsed <see cref="MarkdownDocument"/> itself.</summary>
public static class GitBookParseDiagnostics
{
    private static readonly object DataKey = typeof(GitBookParseDiagnostics);

    /// <summary>The diagnostics of a parsed page, in the order they were found (empty when none).</summary>
    public static IReadOnlyList<ParseDiagnostic> Get(MarkdownDocument document) =>
        document.GetData(DataKey) is Collector collector ? collector.Items : [];

    internal static void Report(BlockProcessor processor, DiagnosticDescriptor descriptor, int position, params object?[] args)
    {
        var (line, column) = LineAndColumn(processor, position);
        Report(processor.Document, descriptor, line, column, args);
    }

    internal static void Report(MarkdownDocument document, DiagnosticDescriptor descriptor, int line, int column, params object?[] args)
    {
        if (document.GetData(DataKey) is not Collector collector)
        {
            collector = new Collector();
            document.SetData(DataKey, collector);
        }

        var item = new ParseDiagnostic(descriptor, line, column, args);
        // A parser may look at the same line twice (e.g. when a container retries the rest of the line): report once.
        if (collector.Seen.Add((descriptor.Code, line, column)))
        {
            collector.Items.Add(item);
        }
    }

    /// <summary>1-based line and column of an offset on the line the processor is reading.</summary>
    internal static (int Line, int Column) LineAndColumn(BlockProcessor processor, int position) =>
        (processor.LineIndex + 1, Math.Max(1, position - processor.CurrentLineStartPosition + 1));

    private sealed class Collector
    {
        public List<ParseDiagnostic> Items { get; } = [];

        public HashSet<(string Code, int Line, int Column)> Seen { get; } = [];
    }
}
