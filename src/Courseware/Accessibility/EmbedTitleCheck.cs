using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Markdown.GitBook.Embed;
using Markdig.Syntax;

namespace Courseware.Accessibility;

/// <summary>
/// CW0807 an embed without a caption (RGAA 2.1, 2.2): the caption is the title of the card in every output and of the
/// frame when embeds are framed; without it the learner is given only a host name.
/// </summary>
internal sealed class EmbedTitleCheck : ContentCheck
{
    public override void Visit(MarkdownObject node, AccessibilityContext context)
    {
        if (node is not EmbedBlock embed || string.IsNullOrWhiteSpace(embed.Url) || !string.IsNullOrWhiteSpace(embed.Caption))
        {
            return;
        }

        var body = embed.Descendants<LeafBlock>().Any(leaf => leaf.Inline is not null && PageText.Of(leaf.Inline).Length > 0);
        if (!body)
        {
            context.Report(DiagnosticCodes.EmbedWithoutTitle, node, embed.Url);
        }
    }
}
