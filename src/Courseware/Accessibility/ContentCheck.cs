using AngleSharp.Dom;
using Markdig.Syntax;

namespace Courseware.Accessibility;

/// <summary>One accessibility check of page content: sees every node of every page once, in document order.</summary>
internal abstract class ContentCheck
{
    /// <summary>Called before the first node of each page (checks that keep state per page reset it here).</summary>
    public virtual void StartPage(AccessibilityContext context)
    {
    }

    /// <summary>Called for every block and inline of the page, figure captions and details summaries included.</summary>
    public virtual void Visit(MarkdownObject node, AccessibilityContext context)
    {
    }

    /// <summary>Called for the elements of a raw HTML block left as HTML (tables, images inside other markup).</summary>
    public virtual void VisitHtml(HtmlBlock block, IElement element, AccessibilityContext context)
    {
    }
}
