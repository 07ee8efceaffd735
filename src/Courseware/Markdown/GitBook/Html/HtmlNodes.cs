using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Markdown.GitBook.Html;

/// <summary><c>&lt;details&gt;&lt;summary&gt;…&lt;/summary&gt;…&lt;/details&gt;</c>: the children are the Markdown body.</summary>
public sealed class DetailsBlock(BlockParser? parser) : ContainerBlock(parser)
{
    /// <summary>The summary line as inlines (may be empty).</summary>
    public ContainerInline Summary { get; set; } = new();

    public bool Open { get; set; }

    /// <summary>False when <c>&lt;/details&gt;</c> was missing (the block then ran to the end of its container).</summary>
    public bool IsClosed { get; set; } = true;
}

/// <summary><c>&lt;figure&gt;&lt;img src alt&gt;&lt;figcaption&gt;…&lt;/figcaption&gt;&lt;/figure&gt;</c>.</summary>
public sealed class FigureBlock(BlockParser? parser) : LeafBlock(parser)
{
    public string Source { get; set; } = string.Empty;

    public string Alt { get; set; } = string.Empty;

    /// <summary>Caption as inlines (may be empty).</summary>
    public ContainerInline Caption { get; set; } = new();

    public int? Width { get; set; }

    public int? Height { get; set; }
}

/// <summary><c>&lt;mark&gt;…&lt;/mark&gt;</c> (GitBook colour highlights).</summary>
public sealed class MarkInline : ContainerInline
{
    /// <summary>The raw style attribute, e.g. <c>color:$primary;background-color:$success</c>.</summary>
    public string? Style { get; set; }
}

/// <summary>Images whose HTML gave an empty <c>alt=""</c> on purpose: decorative, announced by no screen reader.</summary>
public static class DecorativeImage
{
    private static readonly object DataKey = typeof(DecorativeImage);

    /// <summary>True when <paramref name="image"/> came from an <c>&lt;img&gt;</c> with an empty alt attribute (not a missing one).</summary>
    public static bool Is(LinkInline image) => image.GetData(DataKey) is true;

    internal static void Mark(LinkInline image) => image.SetData(DataKey, true);
}

/// <summary>Tables read from an HTML <c>&lt;table role="presentation"&gt;</c> (or <c>"none"</c>): layout, not data, so they need no header row.</summary>
public static class LayoutTable
{
    private static readonly object DataKey = typeof(LayoutTable);

    /// <summary>True when <paramref name="table"/> came from an HTML table marked as a layout table.</summary>
    public static bool Is(MarkdownObject table) => table.GetData(DataKey) is true;

    internal static void Mark(MarkdownObject table) => table.SetData(DataKey, true);
}

/// <summary>
/// An empty cell standing in a row under a cell of an HTML table that spans rows (its <see cref="Markdig.Extensions.Tables.TableCell.RowSpan"/>
/// counts the rows it covers, placeholders included): every row keeps a cell per column, so that formats that cannot merge
/// cells keep the others under their headers; formats that can leave it out (HTML) or merge it with the cell above (Word).
/// A cell spanning columns and rows is not merged down: its placeholders are plain empty cells.
/// </summary>
public static class CoveredCell
{
    private static readonly object DataKey = typeof(CoveredCell);

    /// <summary>True for a placeholder under a cell that spans rows.</summary>
    public static bool Is(MarkdownObject cell) => cell.GetData(DataKey) is true;

    internal static void Mark(MarkdownObject cell) => cell.SetData(DataKey, true);
}

/// <summary>The caption an HTML <c>&lt;table&gt;</c> gave in <c>&lt;caption&gt;</c>, kept on the table (pipe tables have none).</summary>
public static class TableCaption
{
    private static readonly object DataKey = typeof(TableCaption);

    /// <summary>The caption's inlines, or null when <paramref name="table"/> has no caption.</summary>
    public static ContainerInline? Of(MarkdownObject table) => table.GetData(DataKey) as ContainerInline;

    internal static void Set(MarkdownObject table, ContainerInline caption) => table.SetData(DataKey, caption);
}
