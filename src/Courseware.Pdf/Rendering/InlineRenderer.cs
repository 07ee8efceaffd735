using System.Text;
using Courseware.Markdown.GitBook.Html;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax.Inlines;

namespace Courseware.Pdf.Rendering;

/// <summary>An image met inside a paragraph; printed as a block after the paragraph's text.</summary>
internal sealed record InlineImage(LinkInline Node, string Alt);

/// <summary>Turns Markdig inlines into styled text runs: emphasis, code, links (with the URL printed for external ones), marks, footnote references.</summary>
internal sealed class InlineRenderer
{
    private readonly RenderContext _context;
    private readonly List<TextRun> _runs = [];
    private readonly List<InlineImage> _images = [];

    public InlineRenderer(RenderContext context) => _context = context;

    public IReadOnlyList<TextRun> Runs => _runs;

    public IReadOnlyList<InlineImage> Images => _images;

    /// <summary>Set when the inlines started with a task-list box: true for a checked box.</summary>
    public bool? TaskChecked { get; private set; }

    public InlineRenderer Render(ContainerInline? container, TextStyle style)
    {
        if (container is not null)
        {
            foreach (var inline in container)
            {
                Render(inline, style);
            }
        }

        return this;
    }

    public InlineRenderer Append(string text, TextStyle style)
    {
        if (text.Length > 0)
        {
            _runs.Add(new TextRun(text, style));
        }

        return this;
    }

    /// <summary>The plain text of inlines (headings in the outline, link texts).</summary>
    public static string PlainText(ContainerInline? container)
    {
        var sb = new StringBuilder();
        if (container is not null)
        {
            // The container's own kind does not matter (an image's alt text is its children).
            foreach (var child in container)
            {
                AppendPlain(child, sb);
            }
        }

        return sb.ToString().Trim();
    }

    private static void AppendPlain(Inline? inline, StringBuilder sb)
    {
        switch (inline)
        {
            case null: return;
            case LiteralInline l: sb.Append(l.Content.AsSpan()); break;
            case CodeInline c: sb.Append(c.Content); break;
            case HtmlEntityInline e: sb.Append(e.Transcoded.AsSpan()); break;
            case LineBreakInline: sb.Append(' '); break;
            case AutolinkInline a: sb.Append(a.Url); break;
            case LinkInline { IsImage: true }: break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendPlain(child, sb);
                }

                break;
        }
    }

    private void Render(Inline inline, TextStyle style)
    {
        switch (inline)
        {
            case TaskList task:
                TaskChecked = task.Checked;
                break;
            case LiteralInline literal:
                Append(literal.Content.ToString(), style);
                break;
            case HtmlEntityInline entity:
                Append(entity.Transcoded.ToString(), style);
                break;
            case CodeInline code:
                Append(code.Content, style with { Role = FontRole.Monospace, Size = style.Size * 0.92, Background = HandoutTheme.CodeBackground });
                break;
            case LineBreakInline lineBreak:
                Append(lineBreak.IsHard ? "\n" : " ", style);
                break;
            case AutolinkInline autolink when ResolvedLink.Of(autolink) is { Kind: LinkTargetKind.Broken }:
                // The loader refused its scheme (<javascript:...>): text only.
                Append(autolink.Url, style);
                break;
            case AutolinkInline autolink:
                var url = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + autolink.Url : autolink.Url;
                Append(autolink.Url, style with { Color = HandoutTheme.Link, Link = new LinkTarget.External(url) });
                break;
            case LinkInline { IsImage: true } image:
                _images.Add(new InlineImage(image, PlainText(image)));
                break;
            case LinkInline link:
                RenderLink(link, style);
                break;
            case FootnoteLink { IsBackLink: false } footnote:
                var label = footnote.Footnote.Label ?? footnote.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!_context.Footnotes.TryGetValue(label, out var number))
                {
                    number = _context.Footnotes.Count + 1;
                    _context.Footnotes[label] = number;
                }

                Append($"[{number}]", style with { Size = style.Size * 0.8, Color = HandoutTheme.Link });
                break;
            case FootnoteLink:
                break;
            case MarkInline mark:
                Render(mark, style with { Background = HandoutTheme.Mark });
                break;
            case EmphasisInline emphasis:
                Render(emphasis, Emphasis(emphasis, style));
                break;
            case HtmlInline html:
                if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
                {
                    Append("\n", style);
                }

                break;
            case ContainerInline container:
                Render(container, style);
                break;
        }
    }

    private static TextStyle Emphasis(EmphasisInline emphasis, TextStyle style) => emphasis.DelimiterChar switch
    {
        '~' when emphasis.DelimiterCount >= 2 => style with { Strike = true },
        '=' => style with { Background = HandoutTheme.Mark },
        '*' or '_' when emphasis.DelimiterCount >= 2 => style with { Bold = true },
        '*' or '_' => style with { Italic = true },
        _ => style,
    };

    private void RenderLink(LinkInline link, TextStyle style)
    {
        var resolved = ResolvedLink.Of(link);
        var text = PlainText(link);
        switch (resolved?.Kind)
        {
            case LinkTargetKind.Page when resolved.Page is not null:
            case LinkTargetKind.Anchor when _context.Page is not null:
                var page = resolved.Page ?? _context.Page!;
                var destination = resolved.Anchor is { Length: > 0 } anchor ? RenderContext.AnchorDestination(page, anchor) : RenderContext.PageDestination(page);
                var linkStyle = style with { Color = HandoutTheme.Link, Link = new LinkTarget.Internal(destination) };
                Render(link, linkStyle);
                if (string.IsNullOrWhiteSpace(text))
                {
                    Append(page.Title, linkStyle);
                }

                var numbered = _context.PageOf(destination) is null && _context.PageOf(RenderContext.PageDestination(page)) is not null ? RenderContext.PageDestination(page) : destination;
                _runs.Add(_context.PageNumberRun($" ({_context.Labels.SeePage} ", numbered, ")", HandoutTheme.Small with { Link = linkStyle.Link, Color = HandoutTheme.Muted }));
                break;
            case LinkTargetKind.External:
                RenderExternal(link, resolved.ExternalUrl ?? resolved.OriginalUrl, text, style);
                break;
            case LinkTargetKind.Asset when resolved.Asset is not null:
                Render(link, style);

                // A printed handout names the file a link points to, unless the link's text already is that name.
                if (!string.Equals(text.Trim(), resolved.Asset.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    Append($" ({_context.Labels.FileLabel.ToLowerInvariant()}{_context.Labels.Colon}{resolved.Asset.FileName})", HandoutTheme.Small);
                }

                break;
            case LinkTargetKind.Broken:
                Render(link, style);
                break;
            default:
                var url = link.Url ?? string.Empty;
                if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                {
                    RenderExternal(link, url, text, style);
                }
                else
                {
                    Render(link, style);
                }

                break;
        }
    }

    private void RenderExternal(LinkInline link, string url, string text, TextStyle style)
    {
        var target = new LinkTarget.External(url);
        var linkStyle = style with { Color = HandoutTheme.Link, Underline = true, Link = target };
        Render(link, linkStyle);
        var printed = url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? url[7..] : url;
        if (string.IsNullOrWhiteSpace(text))
        {
            Append(printed, linkStyle);
        }
        else if (!string.Equals(text.Trim(), printed, StringComparison.Ordinal))
        {
            // A printed handout cannot be clicked: the address follows the link text.
            Append($" <{printed}>", HandoutTheme.Small with { Link = target });
        }
    }
}
