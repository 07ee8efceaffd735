using Courseware.Markdown.GitBook.File;
using Courseware.Model;

namespace Courseware.Scorm.Html.Renderers;

/// <summary>A <c>file</c> block as a download link to the copy of the file in the package.</summary>
public sealed class FileBlockRenderer : ScormObjectRenderer<FileBlock>
{
    protected override void Write(ScormHtmlRenderer renderer, FileBlock file)
    {
        var context = renderer.Context;
        var resolved = ResolvedLink.Of(file);
        var href = resolved is not null ? context.Href(resolved) : null;
        var name = resolved?.Asset?.FileName ?? System.IO.Path.GetFileName(file.Src);
        var extension = System.IO.Path.GetExtension(name).TrimStart('.').ToUpperInvariant();

        renderer.Write("<p class=\"cw-file\">");
        renderer.Write(href is null ? "<span class=\"cw-file-link cw-broken-link\">" : "<a class=\"cw-file-link\" download");
        if (href is not null)
        {
            renderer.WriteAttribute("href", href).Write('>');
        }

        renderer.Write("<span class=\"cw-icon\" aria-hidden=\"true\"></span><span class=\"cw-file-caption\">");
        if (file.Count > 0 && file.LastChild is Markdig.Syntax.ParagraphBlock { Inline: not null } paragraph && file.Count == 1)
        {
            renderer.WriteChildren(paragraph.Inline);
        }
        else
        {
            renderer.WriteEscape(!string.IsNullOrWhiteSpace(file.Caption) ? file.Caption! : name);
        }

        renderer.Write("</span>");
        if (extension.Length > 0)
        {
            renderer.Write(" <span class=\"cw-file-meta\">(").WriteEscape(context.Strings["download"]).Write(", ").WriteEscape(extension).Write(")</span>");
        }

        renderer.Write(href is null ? "</span>" : "</a>");
        renderer.WriteLine("</p>");
    }
}
