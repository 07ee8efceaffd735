using Markdig.Extensions.Tables;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>Pipe tables inside a container that scrolls sideways on narrow screens and can be scrolled with the keyboard.</summary>
public sealed class ScrollableTableRenderer : ScormObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _table = new();

    protected override void Write(ScormHtmlRenderer renderer, Table table)
    {
        renderer.Write("<div class=\"cw-table-scroll\" tabindex=\"0\">");
        _table.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}
