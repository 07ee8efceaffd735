using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Hint;

/// <summary>Parses <c>{% hint style="…" icon="…" %}…{% endhint %}</c>.</summary>
public sealed class HintParser() : GitBookTagParser<HintBlock>("hint")
{
    protected override HintBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var block = new HintBlock(this) { Icon = tag.Attributes.GetValueOrDefault("icon") };
        var style = tag.Attributes.GetValueOrDefault("style")?.Trim();
        if (!string.IsNullOrEmpty(style))
        {
            if (Enum.TryParse<HintStyle>(style, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(style[0]))
            {
                block.Style = parsed;
            }
            else
            {
                report(DiagnosticCodes.UnknownHintStyle, [style]);
            }
        }

        return block;
    }
}
