using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>
/// The work done on each page as soon as it is read, on whichever core reads it: the page's own checks and resolution
/// (<see cref="LinkResolver.Prepare"/>), its accessibility checks, then its tree is let go unless the course is small enough
/// to keep every tree (<see cref="CourseSettings.KeepPageTreesUpToBytes"/>) or the page holds API operations.
/// </summary>
internal sealed class PageProcessor(LinkResolver links, CourseSettings settings, bool keepTrees) : IDisposable
{
    private readonly ThreadLocal<(NodeWalker Walker, Accessibility.AccessibilityChecker.PageChecker Checker)> _tools =
        new(() => (new NodeWalker(), new Accessibility.AccessibilityChecker.PageChecker()));

    public void Process(Page page)
    {
        var state = page.Load!;
        var document = page.Document;
        state.ContentRefs = [.. document.Descendants<ContentRefBlock>().Select(ContentRefLink.Of)];
        page.OpensWithTitle = document.FirstOrDefault() is HeadingBlock { Level: 1 };
        var (walker, checker) = _tools.Value;
        links.Prepare(page, document, walker, state);
        if (state.HasApiOperations)
        {
            return;
        }

        if (settings.Accessibility != AccessibilityMode.Off)
        {
            state.Accessibility = checker.Check(page, document, settings.Accessibility);
        }

        if (!keepTrees)
        {
            page.ReleaseDocument(new PageSource(state.Markdown, state.Links!.Slots, links));
        }
    }

    public void Dispose() => _tools.Dispose();
}
