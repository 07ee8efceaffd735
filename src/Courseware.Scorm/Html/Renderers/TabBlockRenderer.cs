using Courseware.Markdown.GitBook.Tabs;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>One tab's panel, with a visible title that stands in for the tab when scripts do not run.</summary>
public sealed class TabBlockRenderer : ScormObjectRenderer<TabBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, TabBlock tab)
    {
        var id = renderer.Context.AssignedElementId(tab) ?? renderer.Context.Layout.HeadingElementId(renderer.Context.Page, "tab-" + renderer.Context.NextSerial().ToString(System.Globalization.CultureInfo.InvariantCulture));
        renderer.Write("<div class=\"cw-tabpanel\"").WriteAttribute("id", id).WriteAttribute("aria-labelledby", id + "-tab").Write('>');
        renderer.Write("<p class=\"cw-tabpanel-title\"><strong>").WriteEscape(tab.Title).Write("</strong></p>");
        renderer.WriteChildren(tab);
        renderer.WriteLine("</div>");
    }
}
