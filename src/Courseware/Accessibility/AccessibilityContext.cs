using AngleSharp.Dom;
using Courseware.Diagnostics;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Accessibility;

/// <summary>Where the checks are (page, file of the node: an included file has its own) and how they report (warning or error).</summary>
internal sealed class AccessibilityContext(AccessibilityMode mode, DiagnosticBag diagnostics)
{
    public Page Page { get; set; } = null!;

    /// <summary>The course file the current node was written in.</summary>
    public string File { get; set; } = string.Empty;

    /// <summary>The titles of the page's cards met so far (a card is walked before its title): every output shows them bold, as links.</summary>
    public HashSet<Markdig.Syntax.Inlines.ContainerInline> CardTitles { get; } = new(ReferenceEqualityComparer.Instance);

    public void Report(DiagnosticDescriptor descriptor, MarkdownObject node, params object?[] args) =>
        Report(descriptor, new SourceLocation(File, node.Line + 1, node.Column + 1), args);

    /// <summary>Reports at an element of a raw HTML block: its line and column inside the block, moved to the block's place.</summary>
    public void Report(DiagnosticDescriptor descriptor, HtmlBlock block, IElement element, params object?[] args)
    {
        var position = element.SourceReference?.Position;
        if (position is not { Line: > 0 } p)
        {
            Report(descriptor, block, args);
            return;
        }

        var line = block.Line + p.Line;
        var column = p.Line == 1 ? block.Column + p.Column : p.Column;
        Report(descriptor, new SourceLocation(File, line, Math.Max(1, column)), args);
    }

    private void Report(DiagnosticDescriptor descriptor, SourceLocation location, object?[] args)
    {
        var diagnostic = descriptor.Create(location, args);
        diagnostics.Add(mode == AccessibilityMode.Strict ? diagnostic with { Severity = DiagnosticSeverity.Error } : diagnostic);
    }
}
