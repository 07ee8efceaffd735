using System.Globalization;
using Courseware.Diagnostics;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Columns;

/// <summary>Parses <c>{% columns %}…{% endcolumns %}</c>.</summary>
public sealed class ColumnsParser() : GitBookTagParser<ColumnsBlock>("columns")
{
    protected override ColumnsBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report) => new(this);
}

/// <summary>Parses <c>{% column width="…%" %}…{% endcolumn %}</c>, normally inside <c>{% columns %}</c>.</summary>
public sealed class ColumnParser() : GitBookTagParser<ColumnBlock>("column")
{
    protected override ColumnBlock CreateBlock(BlockProcessor processor, LiquidTag tag, Action<DiagnosticDescriptor, object?[]> report)
    {
        if (processor.CurrentContainer is not ColumnsBlock)
        {
            report(DiagnosticCodes.MisplacedGitBookTag, ["column", "columns"]);
        }

        return new ColumnBlock(this) { WidthPercent = Percent(tag.Attributes.GetValueOrDefault("width")) };
    }

    private static double? Percent(string? width)
    {
        var text = width?.Trim();
        if (text is null || !text.EndsWith('%'))
        {
            return null;
        }

        return double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= 100 ? value : null;
    }
}
