using Courseware.Diagnostics;
using Markdig.Syntax;

namespace Courseware.Accessibility;

/// <summary>
/// CW0805 a heading more than one level below the heading before it (RGAA 9.1). The page title is the H1 every output
/// starts the page with, so a page's first heading may be H1 or H2, not H3.
/// </summary>
internal sealed class HeadingLevelCheck : ContentCheck
{
    private int _previous = 1;

    public override void StartPage(AccessibilityContext context) => _previous = 1;

    public override void Visit(MarkdownObject node, AccessibilityContext context)
    {
        if (node is not HeadingBlock heading)
        {
            return;
        }

        if (heading.Level > _previous + 1)
        {
            context.Report(DiagnosticCodes.HeadingLevelSkipped, node, _previous, heading.Level);
        }

        _previous = heading.Level;
    }
}
