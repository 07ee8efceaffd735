using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Tabs;

/// <summary><c>{% tabs %}…{% endtabs %}</c>; its children are <see cref="TabBlock"/>s.</summary>
public sealed class TabsBlock(BlockParser? parser) : GitBookTagBlock(parser);

/// <summary><c>{% tab title="…" %}…{% endtab %}</c>.</summary>
public sealed class TabBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public string Title { get; set; } = string.Empty;
}
