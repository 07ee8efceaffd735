using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Tabs;

/// <summary>Parses <c>{% tabs %}…{% endtabs %}</c>.</summary>
public sealed class TabsParser() : GitBookTagParser<TabsBlock>("tabs")
{
    protected override TabsBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report) => new(this);
}

/// <summary>Parses <c>{% tab title="…" %}…{% endtab %}</c>, normally inside <c>{% tabs %}</c>.</summary>
public sealed class TabParser() : GitBookTagParser<TabBlock>("tab")
{
    protected override TabBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        if (processor.CurrentContainer is not TabsBlock)
        {
            report(DiagnosticCodes.MisplacedGitBookTag, ["tab", "tabs"]);
        }

        var title = tag.Attributes.GetValueOrDefault("title") ?? tag.Positional.FirstOrDefault();
        if (title is null)
        {
            report(DiagnosticCodes.MissingTagAttribute, ["tab", "title"]);
        }

        return new TabBlock(this) { Title = title ?? string.Empty };
    }
}
