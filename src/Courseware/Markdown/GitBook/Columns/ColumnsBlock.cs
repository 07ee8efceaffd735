using Markdig.Parsers;

namespace Courseware.Markdown.GitBook.Columns;

/// <summary><c>{% columns %}…{% endcolumns %}</c>: content side by side; its children are <see cref="ColumnBlock"/>s.</summary>
public sealed class ColumnsBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    /// <summary>The share of the width of each column, in order, summing to 1: the written percentages, or equal shares.</summary>
    public IReadOnlyList<double> Shares()
    {
        var columns = this.OfType<ColumnBlock>().ToArray();
        if (columns.Length == 0)
        {
            return [];
        }

        var given = columns.Where(c => c.WidthPercent is not null).Sum(c => c.WidthPercent!.Value);
        var unsized = columns.Count(c => c.WidthPercent is null);
        var left = unsized == 0 ? 0 : Math.Max(100 - given, unsized * 10.0) / unsized;
        var raw = columns.Select(c => c.WidthPercent ?? left).ToArray();
        var total = raw.Sum();
        return [.. raw.Select(r => r / total)];
    }
}

/// <summary><c>{% column width="50%" %}…{% endcolumn %}</c>.</summary>
public sealed class ColumnBlock(BlockParser? parser) : GitBookTagBlock(parser)
{
    /// <summary>The written width in percent (between 0 and 100), or null when absent or not a percentage.</summary>
    public double? WidthPercent { get; set; }
}
