using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Hint;

/// <summary>The four styles of a GitBook hint.</summary>
public enum HintStyle
{
    Info,
    Success,
    Warning,
    Danger,
}

/// <summary><c>{% hint style="…" %}…{% endhint %}</c>: a callout.</summary>
public sealed class HintBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    public HintStyle Style { get; set; } = HintStyle.Info;

    public string? Icon { get; set; }
}
