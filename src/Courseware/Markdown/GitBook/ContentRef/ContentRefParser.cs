using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.ContentRef;

/// <summary>Parses <c>{% content-ref url="…" %}…{% endcontent-ref %}</c>; the body is normally a link to the same URL.</summary>
public sealed class ContentRefParser() : GitBookTagParser<ContentRefBlock>("content-ref")
{
    protected override ContentRefBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var url = tag.Attributes.GetValueOrDefault("url") ?? tag.Positional.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(url))
        {
            report(DiagnosticCodes.MissingTagAttribute, ["content-ref", "url"]);
        }

        return new ContentRefBlock(this) { Url = url?.Trim() ?? string.Empty };
    }
}

/// <summary>Parses the older <c>{% page-ref page="…" %}</c>, a content-ref without a body.</summary>
public sealed class PageRefParser() : GitBookTagParser<ContentRefBlock>("page-ref")
{
    protected override GitBookTagBody Body => GitBookTagBody.None;

    protected override ContentRefBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        var url = tag.Attributes.GetValueOrDefault("page") ?? tag.Attributes.GetValueOrDefault("url") ?? tag.Positional.FirstOrDefault();
        if (string.IsNullOrWhiteSpace(url))
        {
            report(DiagnosticCodes.MissingTagAttribute, ["page-ref", "page"]);
        }

        return new ContentRefBlock(this) { Url = url?.Trim() ?? string.Empty };
    }
}
