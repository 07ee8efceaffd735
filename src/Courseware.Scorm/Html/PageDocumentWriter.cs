using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Courseware.Export;
using Courseware.Model;
using Courseware.Scorm.Packaging;
using Markdig.Syntax;

namespace Courseware.Scorm.Html;

/// <summary>Writes the HTML documents of a package: one per page (per-page layout) or one for the whole course (single layout), around the rendered page bodies.</summary>
public sealed class PageDocumentWriter(PackageLayout layout, UiStrings strings, Func<Page, PageRenderContext> contextFor, PageCompletion completion = PageCompletion.Viewed)
{
    /// <summary>Scripts every document loads, in order.</summary>
    public static readonly string[] Scripts = ["scorm-api.js", "quiz.js", "course.js"];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly Lock _pageIndexLock = new();
    private Dictionary<Page, int>? _pageIndex;
    private byte[]? _stringsJson;

    private Course Course => layout.Course;

    /// <summary>The position of each page in the course (pages are rendered on two threads: made once, under a lock).</summary>
    private Dictionary<Page, int> PageIndex
    {
        get
        {
            lock (_pageIndexLock)
            {
                return _pageIndex ??= Course.Pages.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
            }
        }
    }

    /// <summary>The document of one page (per-page layout).</summary>
    public string WritePage(Page page, double? passPercent) => HtmlText.DropControlCharacters(BuildPage(page, passPercent).ToString());

    /// <summary>Writes the document of one page (per-page layout) to <paramref name="destination"/> as UTF-8: the bytes of <see cref="WritePage(Page, double?)"/>.</summary>
    public void WritePage(Page page, double? passPercent, Stream destination) => HtmlText.WriteUtf8(BuildPage(page, passPercent), destination);

    /// <summary>Writes the one document of the single-SCO layout to <paramref name="destination"/> as UTF-8: the bytes of <see cref="WriteCourse(double?)"/>.</summary>
    public void WriteCourse(double? passPercent, Stream destination) => HtmlText.WriteUtf8(BuildCourse(passPercent), destination);

    /// <summary>The one document of the single-SCO layout: table of contents, every page as a section, previous/next and progress.</summary>
    public string WriteCourse(double? passPercent) => HtmlText.DropControlCharacters(BuildCourse(passPercent).ToString());

    private StringBuilder BuildPage(Page page, double? passPercent)
    {
        var html = new StringBuilder(16 * 1024);
        var index = PageIndex.GetValueOrDefault(page, -1);
        WriteHead(html, page.Title + " – " + Course.Title, page);
        html.Append("<header class=\"cw-header\"><div class=\"cw-header-inner\"><p class=\"cw-course-title\">").Append(HtmlText.Escape(Course.Title)).Append("</p>");
        WriteLmsNotice(html);
        html.Append("</div></header>\n");
        html.Append("<main id=\"main\" class=\"cw-main\" tabindex=\"-1\">\n");
        WritePageSection(html, page, "article");
        html.Append("</main>\n");
        html.Append("<nav class=\"cw-pager\"").Append(Attr("aria-label", strings["courseNavigation"])).Append("><div class=\"cw-pager-inner\">");
        var previous = index > 0 ? Course.Pages[index - 1] : null;
        var next = index + 1 < Course.Pages.Count ? Course.Pages[index + 1] : null;
        WritePagerLink(html, page, previous, "previous");
        html.Append("<p class=\"cw-progress-text\">").Append(HtmlText.Escape(strings.Format("progress", index + 1, Course.Pages.Count))).Append("</p>");
        WritePagerLink(html, page, next, "next");
        html.Append("</div></nav>\n");
        WriteConfig(html, layout[page].ItemId, passPercent, [page]);
        html.Append("</body>\n</html>\n");
        return html;
    }

    private StringBuilder BuildCourse(double? passPercent)
    {
        var html = new StringBuilder();
        WriteHead(html, Course.Title, null);
        html.Append("<header class=\"cw-header\"><div class=\"cw-header-inner\"><p class=\"cw-course-title\">").Append(HtmlText.Escape(Course.Title)).Append("</p>");
        WriteLmsNotice(html);
        html.Append("</div></header>\n<div class=\"cw-layout\">\n");
        html.Append("<nav class=\"cw-toc\" id=\"toc\"").Append(Attr("aria-labelledby", "toc-title")).Append("><h2 id=\"toc-title\" class=\"cw-toc-title\">").Append(HtmlText.Escape(strings["tableOfContents"])).Append("</h2>");
        WriteToc(html, [Course.Root, .. Course.Root.Children]);
        html.Append("</nav>\n");
        html.Append("<main id=\"main\" class=\"cw-main\" tabindex=\"-1\">\n");
        foreach (var page in Course.Pages.Where(layout.Contains))
        {
            WritePageSection(html, page, "section");
        }

        html.Append("<nav class=\"cw-pager\"").Append(Attr("aria-label", strings["courseNavigation"])).Append(" hidden><div class=\"cw-pager-inner\">")
            .Append("<button type=\"button\" class=\"cw-button cw-button-secondary\" data-cw-go=\"previous\"><span aria-hidden=\"true\">← </span>").Append(HtmlText.Escape(strings["previous"])).Append("</button>")
            .Append("<p class=\"cw-progress-text\" aria-live=\"polite\"></p>")
            .Append("<button type=\"button\" class=\"cw-button\" data-cw-go=\"next\">").Append(HtmlText.Escape(strings["next"])).Append("<span aria-hidden=\"true\"> →</span></button>")
            .Append("</div></nav>\n");
        html.Append("</main>\n</div>\n");
        WriteConfig(html, layout.SingleItemId, passPercent, [.. Course.Pages.Where(layout.Contains)]);
        html.Append("</body>\n</html>\n");
        return html;
    }

    private void WriteHead(StringBuilder html, string title, Page? page)
    {
        var shared = layout.RelativeFromPage(PackageLayout.SharedFolder + "/");
        html.Append("<!DOCTYPE html>\n<html").Append(Attr("lang", Course.Language)).Append(Attr("data-scorm", layout.Version == ScormVersion.Scorm12 ? "1.2" : "2004")).Append(">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Escape(title)).Append("</title>\n")
            .Append("<link rel=\"icon\" href=\"data:,\">\n");
        if ((page?.Description ?? Course.Description) is { Length: > 0 } description)
        {
            html.Append("<meta name=\"description\"").Append(Attr("content", description)).Append(">\n");
        }

        html.Append("<link rel=\"stylesheet\"").Append(Attr("href", shared + "courseware.css")).Append(">\n");
        foreach (var script in Scripts)
        {
            html.Append("<script defer").Append(Attr("src", shared + script)).Append("></script>\n");
        }

        html.Append("</head>\n<body>\n<a class=\"cw-skip-link\" href=\"#main\">").Append(HtmlText.Escape(strings["skipToContent"])).Append("</a>\n");
    }

    private void WriteLmsNotice(StringBuilder html)
    {
        html.Append("<p class=\"cw-lms-notice\" hidden><span class=\"cw-icon\" aria-hidden=\"true\"></span>").Append(HtmlText.Escape(strings["notConnected"])).Append("</p>");
        html.Append("<p class=\"cw-storage-notice\" role=\"status\" hidden>").Append(HtmlText.Escape(strings["storageFull"])).Append("</p>");
    }

    private void WritePageSection(StringBuilder html, Page page, string element)
    {
        var slot = layout[page];
        var context = contextFor(page);
        // The body is rendered straight into the document, after the section's opening and title.
        var body = new StringWriter(html, CultureInfo.InvariantCulture);
        var renderer = new ScormHtmlRenderer(body, context);
        var document = page.Document;
        var startsWithTitle = document.FirstOrDefault() is HeadingBlock { Level: 1 };
        html.Append('<').Append(element).Append(" class=\"cw-page\"").Append(Attr("id", slot.ElementId)).Append(Attr("data-cw-item", slot.ItemId));
        if (layout.Sco == ScoLayout.Single)
        {
            html.Append(Attr("aria-labelledby", slot.ElementId + "-title"));
        }

        html.Append(">\n");
        if (!startsWithTitle)
        {
            html.Append("<h1").Append(Attr("id", slot.ElementId + "-title")).Append('>').Append(HtmlText.Escape(page.Title)).Append("</h1>\n");
        }
        else
        {
            // The page's own H1 is its title; give it the id the section is labelled by.
            var first = (HeadingBlock)document[0];
            var title = new StringWriter(CultureInfo.InvariantCulture);
            var titleRenderer = new ScormHtmlRenderer(title, context);
            titleRenderer.WriteLeafInline(first);
            html.Append("<h1").Append(Attr("id", slot.ElementId + "-title")).Append('>').Append(title.GetStringBuilder()).Append("</h1>\n");
            context.HeadingId(first);
        }

        foreach (var block in document.Skip(startsWithTitle ? 1 : 0))
        {
            renderer.Render(block);
        }

        body.Flush();
        html.Append("</").Append(element).Append(">\n");
    }

    private void WriteToc(StringBuilder html, IEnumerable<Page> pages)
    {
        html.Append("<ol>");
        foreach (var page in pages.Where(layout.Contains))
        {
            html.Append("<li><a").Append(Attr("href", "#" + layout[page].ElementId)).Append(Attr("data-cw-target", layout[page].ElementId)).Append('>').Append(HtmlText.Escape(page.Title)).Append("</a>");
            if (page != Course.Root && page.Children.Any(layout.Contains))
            {
                WriteToc(html, page.Children);
            }

            html.Append("</li>");
            if (page == Course.Root && page.Children.Any(layout.Contains))
            {
                html.Append("</ol>");
                WriteToc(html, page.Children);
                html.Append("<ol hidden>");
            }
        }

        html.Append("</ol>");
    }

    private void WritePagerLink(StringBuilder html, Page from, Page? to, string direction)
    {
        if (to is null)
        {
            html.Append("<span class=\"cw-pager-spacer\"></span>");
            return;
        }

        var label = strings[direction];
        html.Append("<a class=\"cw-button").Append(direction == "previous" ? " cw-button-secondary" : string.Empty).Append('"')
            .Append(Attr("href", layout.PageHref(from, to, null))).Append(Attr("data-cw-page", layout[to].ItemId)).Append(Attr("data-cw-go", direction)).Append('>');
        if (direction == "previous")
        {
            html.Append("<span aria-hidden=\"true\">← </span>");
        }

        html.Append(HtmlText.Escape(label)).Append("<span class=\"cw-visually-hidden\"> : ").Append(HtmlText.Escape(to.Title)).Append("</span>");
        if (direction == "next")
        {
            html.Append("<span aria-hidden=\"true\"> →</span>");
        }

        html.Append("</a>");
    }

    private void WriteConfig(StringBuilder html, string itemId, double? passPercent, IReadOnlyList<Page> pages)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("version", layout.Version == ScormVersion.Scorm12 ? "1.2" : "2004");
            json.WriteString("layout", layout.Sco == ScoLayout.Single ? "single" : "page");
            json.WriteString("completion", completion == PageCompletion.Scrolled ? "scrolled" : "viewed");
            json.WriteString("course", layout.ManifestId);
            json.WriteString("item", itemId);
            if (passPercent is { } pass)
            {
                json.WriteNumber("pass", pass);
            }
            else
            {
                json.WriteNull("pass");
            }

            json.WriteStartArray("pages");
            foreach (var page in pages)
            {
                json.WriteStartObject();
                json.WriteString("id", layout[page].ElementId);
                json.WriteString("item", layout[page].ItemId);
                json.WriteString("title", page.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("strings");
            json.WriteRawValue(LazyInitializer.EnsureInitialized(ref _stringsJson, StringsJson), skipInputValidation: true);
            json.WriteEndObject();
        }

        html.Append("<script type=\"application/json\" id=\"cw-config\">").Append(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)).Append("</script>\n");
    }

    /// <summary>The interface strings as a JSON object: the same in every document, so written once.</summary>
    private byte[] StringsJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            foreach (var (key, value) in strings.All)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static string Attr(string name, string value) => $" {name}=\"{HtmlText.Escape(value)}\"";
}
