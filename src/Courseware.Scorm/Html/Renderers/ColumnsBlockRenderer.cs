using System.Globalization;
using Courseware.Markdown.GitBook.Columns;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>Columns side by side, each as wide as its share; one under the other on small screens (see courseware.css).</summary>
public sealed class ColumnsBlockRenderer : ScormObjectRenderer<ColumnsBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, ColumnsBlock block)
    {
        var shares = block.Shares();
        var index = 0;
        renderer.WriteLine("<div class=\"cw-columns\">");
        foreach (var child in block)
        {
            if (child is ColumnBlock column)
            {
                var grow = (shares[index++] * 100).ToString("0.##", CultureInfo.InvariantCulture);
                renderer.Write("<div class=\"cw-column\" style=\"flex-grow: ").Write(grow).WriteLine("\">");
                renderer.WriteChildren(column);
                renderer.WriteLine("</div>");
            }
            else
            {
                renderer.Write(child);
            }
        }

        renderer.WriteLine("</div>");
    }
}

/// <summary>A column met outside <c>{% columns %}</c>: its content in place.</summary>
public sealed class ColumnBlockRenderer : ScormObjectRenderer<ColumnBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, ColumnBlock block)
    {
        renderer.WriteLine("<div class=\"cw-column\">");
        renderer.WriteChildren(block);
        renderer.WriteLine("</div>");
    }
}
