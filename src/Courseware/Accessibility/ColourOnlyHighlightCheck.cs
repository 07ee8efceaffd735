using System.Text.RegularExpressions;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Markdown.GitBook.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Accessibility;

/// <summary>
/// CW0808 a GitBook highlight whose colour is its only signal (RGAA 3.1): a <c>&lt;mark&gt;</c> whose style sets a colour
/// (<c>color</c>, <c>background-color</c> or <c>background</c>, GitBook's <c>$primary</c>… tokens included), with text, and
/// with no bold or italic inside it or around it. Every output shows highlights in one colour and screen readers do not
/// announce them, so a meaning given by the author's colour alone (red for "forbidden", green for "right") is lost.
/// A <c>&lt;mark&gt;</c> without a style is a plain highlight and is left alone, and so is one in a card's title, which
/// every output shows bold, as a link.
/// </summary>
internal sealed partial class ColourOnlyHighlightCheck : ContentCheck
{
    private const int QuotedLength = 40;

    public override void Visit(MarkdownObject node, AccessibilityContext context)
    {
        if (node is CardBlock card)
        {
            context.CardTitles.Add(card.Title);
            return;
        }

        if (node is not MarkInline mark || mark.Style is null || context.CardTitles.Contains(Root(mark)))
        {
            return;
        }

        var colours = string.Join(";", ColourDeclaration().Matches(mark.Style).Select(m => m.Value.Trim().Replace(" ", string.Empty, StringComparison.Ordinal)));
        if (colours.Length == 0)
        {
            return;
        }

        var text = PageText.Of(mark);
        if (text.Length == 0 || IsEmphasised(mark))
        {
            return;
        }

        context.Report(DiagnosticCodes.ColourOnlyHighlight, node, text.Length > QuotedLength ? text[..QuotedLength] + "…" : text, colours);
    }

    private static ContainerInline Root(Inline inline)
    {
        var root = inline as ContainerInline ?? inline.Parent!;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        return root;
    }

    private static bool IsEmphasised(MarkInline mark)
    {
        for (var parent = mark.Parent; parent is not null; parent = parent.Parent)
        {
            if (IsBoldOrItalic(parent))
            {
                return true;
            }
        }

        var stack = new Stack<Inline>();
        stack.Push(mark);
        while (stack.Count > 0)
        {
            var inline = stack.Pop();
            if (inline != mark && IsBoldOrItalic(inline))
            {
                return true;
            }

            if (inline is ContainerInline container)
            {
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    stack.Push(child);
                }
            }
        }

        return false;
    }

    private static bool IsBoldOrItalic(Inline inline) => inline is EmphasisInline { DelimiterChar: '*' or '_' };

    [GeneratedRegex(@"(?<![\w-])(color|background-color|background)\s*:\s*[^;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ColourDeclaration();
}
