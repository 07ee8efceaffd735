using System.Globalization;
using Courseware.Markdown.GitBook.Tabs;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>
/// Tabs following the WAI-ARIA tabs pattern. Without JavaScript every panel shows with its title; the script turns the
/// hidden tab list on and shows one panel at a time (arrow keys, Home, End).
/// </summary>
public sealed class TabsBlockRenderer : ScormObjectRenderer<TabsBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, TabsBlock tabs)
    {
        var context = renderer.Context;
        var group = context.Layout.HeadingElementId(context.Page, "tabs-" + context.NextSerial().ToString(CultureInfo.InvariantCulture));
        var panels = tabs.OfType<TabBlock>().ToList();
        renderer.Write("<div class=\"cw-tabs\" data-cw-tabs").WriteAttribute("id", group).Write('>');
        renderer.Write("<div class=\"cw-tablist\" role=\"tablist\" hidden").WriteAttribute("aria-label", context.Strings["tabsLabel"]).Write('>');
        for (var i = 0; i < panels.Count; i++)
        {
            var id = Id(group, i);
            renderer.Write("<button type=\"button\" role=\"tab\" class=\"cw-tab\"")
                .WriteAttribute("id", id + "-tab")
                .WriteAttribute("aria-controls", id)
                .Write(" aria-selected=\"").Write(i == 0 ? "true" : "false").Write("\" tabindex=\"").Write(i == 0 ? "0" : "-1").Write("\">");
            renderer.WriteEscape(panels[i].Title);
            renderer.Write("</button>");
        }

        renderer.WriteLine("</div>");
        for (var i = 0; i < panels.Count; i++)
        {
            context.AssignElementId(panels[i], Id(group, i));
            renderer.Write(panels[i]);
        }

        renderer.WriteLine("</div>");
    }

    private static string Id(string group, int index) => group + "-" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
