using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Courseware.Diagnostics;
using Courseware.Markdown;
using Courseware.Markdown.GitBook;
using Courseware.Markdown.GitBook.Api;
using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Embed;
using Courseware.Markdown.GitBook.File;
using Courseware.Markdown.GitBook.Html;
using Courseware.Markdown.GitBook.Include;
using Courseware.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Loading;

/// <summary>
/// Resolves every link, image, file, embed and content-ref of the pages in the tree, attaches a <see cref="ResolvedLink"/> to
/// each node, records assets once for the course, inlines <c>include</c> blocks and turns ```gift blocks into quizzes.
/// </summary>
internal sealed partial class LinkResolver(PageReader reader, UrlResolver resolver, CourseSettings settings, DiagnosticBag diagnostics)
{
    private const int MaxIncludeDepth = 8;

    private readonly SortedDictionary<string, Asset> _assets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _refused = new(StringComparer.Ordinal);
    private long _totalAssetBytes;
    private Dictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private HtmlParser? _htmlParser;
    private IElement? _htmlBody;

    public IReadOnlyList<Asset> Assets => [.. _assets.Values];

    public void ResolveAll(IReadOnlyList<Page> pages)
    {
        _pages = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);

        // 1. One walk over the blocks of each page: includes are inlined where they stand (so the headings and links inside
        //    them count as the page's own) and headings get their ids, so that links can check anchors in any page.
        var blocks = new Stack<Block>();
        foreach (var page in pages)
        {
            page.Headings = ReadBlocks(page, blocks);
        }

        // 2. Links, assets and quizzes.
        var nodes = new Stack<(MarkdownObject Node, string File)>();
        foreach (var page in pages)
        {
            ResolvePage(page, nodes);
        }
    }

    /// <summary>Walks the blocks of a page in document order, inlining include blocks as it meets them; returns the page's headings.</summary>
    private IReadOnlyList<HeadingAnchor> ReadBlocks(Page page, Stack<Block> stack)
    {
        var headings = new HeadingCollector();
        stack.Clear();
        stack.Push(page.Document);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            switch (block)
            {
                case HeadingBlock heading:
                    headings.Add(heading);
                    break;
                case IncludeBlock include:
                    InlineInclude(page, include);
                    break;
            }

            if (block is ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--)
                {
                    stack.Push(container[i]);
                }
            }
        }

        return headings.Headings;
    }

    /// <summary>Replaces an include block's children with the blocks of the file it names (nested includes are met later by the walk).</summary>
    private void InlineInclude(Page page, IncludeBlock block)
    {
        // The file the block was written in is the one of the nearest include around it; the depth counts those includes.
        var file = page.Path;
        var depth = 1;
        for (var outer = block.Parent; outer is not null; outer = outer.Parent)
        {
            if (outer is IncludeBlock enclosing && IncludedFrom.Get(enclosing) is { } from)
            {
                file = depth == 1 ? from : file;
                depth++;
            }
        }

        var location = new SourceLocation(file, block.Line + 1, block.Column + 1);
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), block.Path, location, diagnostics);
        if (target.Kind != UrlKind.Local || resolver.Index.FindFile(target.Path!) is null)
        {
            if (target.Kind is UrlKind.Local or UrlKind.Broken)
            {
                diagnostics.Report(DiagnosticCodes.LinkTargetMissing, location, block.Path);
            }

            return;
        }

        if (depth > MaxIncludeDepth)
        {
            diagnostics.Report(DiagnosticCodes.IncludeTooDeep, location, MaxIncludeDepth);
            return;
        }

        var text = reader.ReadText(target.Path!, location);
        if (text is null)
        {
            return;
        }

        var included = reader.Parse(FrontMatterReader.Read(text, target.Path!, diagnostics).Body, target.Path!);
        IncludedFrom.Set(block, target.Path!);
        var children = included.ToList();
        included.Clear();
        foreach (var child in children)
        {
            block.Add(child);
        }
    }

    private void ResolvePage(Page page, Stack<(MarkdownObject Node, string File)> stack)
    {
        var pageAssets = new List<Asset>();
        var quizzes = new List<Quizzes.Quiz>();
        stack.Clear();
        stack.Push((page.Document, page.Path));
        while (stack.Count > 0)
        {
            var (node, file) = stack.Pop();
            if (node is IncludeBlock include && IncludedFrom.Get(include) is { } includedFile)
            {
                file = includedFile;
            }

            Visit(page, node, file, pageAssets, quizzes);
            PageWalk.PushChildren(stack, node, file);
        }

        page.Assets = pageAssets;
        page.Quizzes = quizzes;
    }

    private void Visit(Page page, MarkdownObject node, string file, List<Asset> pageAssets, List<Quizzes.Quiz> quizzes)
    {
        var location = new SourceLocation(file, node.Line + 1, node.Column + 1);
        switch (node)
        {
            case LinkInline { IsImage: true } image:
                Attach(image, ResolveAsset(file, image.Url ?? string.Empty, AssetKind.Image, location, pageAssets));
                break;
            case LinkInline link:
                Attach(link, ResolveLink(page, file, link.Url ?? string.Empty, location, pageAssets));
                break;
            case AutolinkInline auto when !auto.IsEmail:
                // An autolink can carry any scheme (<javascript:...>): it goes through the same checks as a link.
                Attach(auto, ResolveLink(page, file, auto.Url, location, pageAssets));
                break;
            case FigureBlock figure:
                Attach(figure, ResolveAsset(file, figure.Source, AssetKind.Image, location, pageAssets));
                break;
            case FileBlock fileBlock:
                Attach(fileBlock, ResolveAsset(file, fileBlock.Src, AssetKind.File, location, pageAssets));
                break;
            case EmbedBlock embed:
                Attach(embed, ResolveLink(page, file, embed.Url, location, pageAssets));
                break;
            case ApiOperationBlock api:
                ResolveApiOperation(page, api, file, location, pageAssets);
                break;
            case ContentRefBlock contentRef:
                // The link inside the card is the card's own link: it shares the target and is not reported twice.
                var card = ResolveLink(page, file, contentRef.Url, location, pageAssets, contentRef: true);
                Attach(contentRef, card);
                foreach (var inner in contentRef.Descendants<LinkInline>())
                {
                    Attach(inner, card);
                }

                break;
            case CardBlock cardBlock:
                ResolveCard(page, file, cardBlock, pageAssets);
                break;
            case HtmlBlock html:
                RecordRawHtmlAssets(html.Lines.ToString(), file, html.Line + 1, html.Column + 1, pageAssets);
                break;
            case HtmlInline tag:
                RecordRawHtmlAssets(tag.Tag, file, tag.Line + 1, tag.Column + 1, pageAssets);
                break;
            case FencedCodeBlock fenced when IsGift(fenced):
                var quiz = BuildQuiz(page, fenced, quizzes.Count);
                quizzes.Add(quiz);
                break;
        }
    }

    /// <summary>A card's target, like any link (a page of the course, a heading, a URL), and its cover, an image of the course.</summary>
    private void ResolveCard(Page page, string file, CardBlock card, List<Asset> pageAssets)
    {
        if (card.Target is { } target)
        {
            Attach(target, ResolveLink(page, file, target.Url ?? string.Empty, new SourceLocation(file, target.Line + 1, target.Column + 1), pageAssets));
        }

        if (card.Cover is { } cover)
        {
            Attach(cover, ResolveAsset(file, cover.Url ?? string.Empty, AssetKind.Image, new SourceLocation(file, cover.Line + 1, cover.Column + 1), pageAssets));
        }
    }

    /// <summary>Media sources an HTML element can name, and what kind of asset each is.</summary>
    private static readonly (string Element, string Attribute, AssetKind Kind)[] RawHtmlSources =
    [
        ("img", "src", AssetKind.Image), ("source", "src", AssetKind.File), ("source", "srcset", AssetKind.File),
        ("video", "src", AssetKind.File), ("video", "poster", AssetKind.Image), ("audio", "src", AssetKind.File), ("track", "src", AssetKind.File),
    ];

    /// <summary>Records the images and media that raw HTML names (e.g. a GitBook figure inside a &lt;div&gt;), so every output can package them.</summary>
    private void RecordRawHtmlAssets(string html, string file, int line, int column, List<Asset> pageAssets)
    {
        if (html.IndexOf("<img", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf("<source", StringComparison.OrdinalIgnoreCase) < 0
            && html.IndexOf("<video", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf("<audio", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        _htmlParser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        _htmlBody ??= _htmlParser.ParseDocument(string.Empty).Body!;
        var elements = _htmlParser.ParseFragment(html, _htmlBody).OfType<IElement>().SelectMany(e => (IEnumerable<IElement>)[e, .. e.Descendants<IElement>()]);
        foreach (var element in elements)
        {
            foreach (var (name, attribute, kind) in RawHtmlSources)
            {
                if (element.LocalName != name || element.GetAttribute(attribute) is not { Length: > 0 } value)
                {
                    continue;
                }

                // srcset lists "url width" pairs; data: URLs carry their bytes and need no file.
                var url = attribute == "srcset" ? value.Split(',')[0].Trim().Split(' ')[0] : value.Trim();
                if (url.Length == 0 || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#'))
                {
                    continue;
                }

                var position = element.SourceReference?.Position;
                var location = position is { } p
                    ? new SourceLocation(file, line + p.Line - 1, p.Line == 1 ? column + p.Column - 1 : p.Column)
                    : new SourceLocation(file, line, column);
                ResolveAsset(file, url, kind, location, pageAssets);
            }
        }
    }

    private static void Attach(MarkdownObject node, ResolvedLink link) => ResolvedLink.Attach(node, link);

    private static bool IsGift(FencedCodeBlock block) => string.Equals(block.Info, "gift", StringComparison.OrdinalIgnoreCase);

    private Quizzes.Quiz BuildQuiz(Page page, FencedCodeBlock fenced, int index)
    {
        // The factory reads the 'quiz' key itself, and reports it when it is not a mapping.
        var defaults = page.FrontMatter.ContainsKey("quiz") ? page.FrontMatter : null;
        var info = string.IsNullOrEmpty(fenced.Arguments) ? fenced.Info ?? "gift" : $"{fenced.Info} {fenced.Arguments}";
        var quiz = Quizzes.QuizFactory.FromFencedBlock(
            page.Path,
            index,
            info,
            fenced.Lines.ToString(),
            fenced.Line + 2,
            fenced.Column + 1,
            defaults,
            settings.PassPercent,
            diagnostics);

        // The quiz takes the fenced block's place in the page.
        var parent = fenced.Parent!;
        var position = parent.IndexOf(fenced);
        var block = new QuizBlock(null) { Quiz = quiz, Line = fenced.Line, Column = fenced.Column, Span = fenced.Span };
        parent[position] = block;
        return quiz;
    }

    private ResolvedLink ResolveLink(Page page, string file, string url, SourceLocation location, List<Asset> pageAssets, bool contentRef = false)
    {
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), url, location, diagnostics);
        switch (target.Kind)
        {
            case UrlKind.External:
                return new ResolvedLink(LinkTargetKind.External, url, ExternalUrl: target.Url);
            case UrlKind.Anchor:
                return new ResolvedLink(LinkTargetKind.Anchor, url, Page: page, Anchor: CheckAnchor(page, target.Anchor!, location));
            case UrlKind.Broken:
                if (!contentRef)
                {
                    diagnostics.Report(DiagnosticCodes.LinkMarkedBroken, location, url);
                }

                return new ResolvedLink(LinkTargetKind.Broken, url);
            case UrlKind.Refused:
                return new ResolvedLink(LinkTargetKind.Broken, url);
        }

        var pageKey = target.Path!.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || resolver.Index.IsFolder(target.Path) || resolver.Index.FindFile(target.Path) is null
            ? resolver.FindPage(target.Path)
            : null;
        if (pageKey is not null)
        {
            if (_pages.TryGetValue(pageKey, out var targetPage))
            {
                var anchor = target.Anchor is { Length: > 0 } a ? CheckAnchor(targetPage, a, location) : null;
                return pageKey == page.Path && anchor is not null
                    ? new ResolvedLink(LinkTargetKind.Anchor, url, Page: page, Anchor: anchor)
                    : new ResolvedLink(LinkTargetKind.Page, url, Page: targetPage, Anchor: anchor);
            }

            diagnostics.Report(DiagnosticCodes.PageNotInTree, location, pageKey);
            return new ResolvedLink(LinkTargetKind.Broken, url);
        }

        if (resolver.Index.FindFile(target.Path) is not null)
        {
            return ResolveAsset(file, url, AssetKind.File, location, pageAssets);
        }

        diagnostics.Report(contentRef ? DiagnosticCodes.ContentRefTargetMissing : DiagnosticCodes.LinkTargetMissing, location, url);
        return new ResolvedLink(LinkTargetKind.Broken, url);
    }

    private ResolvedLink ResolveAsset(string file, string url, AssetKind kind, SourceLocation location, List<Asset> pageAssets)
    {
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), url, location, diagnostics);
        switch (target.Kind)
        {
            case UrlKind.External when Uri.TryCreate(target.Url.Trim().Trim('<', '>'), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps):
                var remote = Record(uri.AbsoluteUri, () => new Asset { Key = uri.AbsoluteUri, Kind = kind, RemoteUrl = uri }, pageAssets, out var isNew);
                if (isNew)
                {
                    diagnostics.Report(DiagnosticCodes.RemoteAsset, location, kind == AssetKind.Image ? DiagnosticPhrases.Image : DiagnosticPhrases.File, uri.AbsoluteUri);
                }

                return new ResolvedLink(LinkTargetKind.Asset, url, Asset: remote, ExternalUrl: uri.AbsoluteUri);
            case UrlKind.External:
                return new ResolvedLink(LinkTargetKind.External, url, ExternalUrl: target.Url);
            case UrlKind.Local:
                break;
            default:
                if (target.Kind == UrlKind.Broken)
                {
                    diagnostics.Report(DiagnosticCodes.AssetMissing, location, url);
                }

                return new ResolvedLink(LinkTargetKind.Broken, url);
        }

        var disk = resolver.Index.FindFile(target.Path!);
        if (disk is null || resolver.Index.IsFolder(target.Path!))
        {
            diagnostics.Report(DiagnosticCodes.AssetMissing, location, url);
            return new ResolvedLink(LinkTargetKind.Broken, url);
        }

        if (!_assets.ContainsKey(target.Path!) && !WithinLimits(target.Path!, resolver.Index.Length(disk), location))
        {
            return new ResolvedLink(LinkTargetKind.Broken, url);
        }

        var asset = Record(target.Path!, () => new Asset
        {
            Key = target.Path!,
            Kind = kind,
            Path = target.Path,
            DiskPath = disk == target.Path ? null : disk,
            Size = resolver.Index.Length(disk),
        }, pageAssets, out _);
        return new ResolvedLink(LinkTargetKind.Asset, url, Asset: asset, Anchor: target.Anchor);
    }

    /// <summary>Checks a new local asset against the size caps; files over a cap are reported (once each) and left out.</summary>
    private bool WithinLimits(string key, long size, SourceLocation location)
    {
        if (_refused.Contains(key))
        {
            return false;
        }

        if (size > settings.MaxAssetBytes)
        {
            diagnostics.Report(DiagnosticCodes.AssetTooLarge, location, key, size, settings.MaxAssetBytes);
            _refused.Add(key);
            return false;
        }

        if (_totalAssetBytes + size > settings.MaxTotalAssetBytes)
        {
            diagnostics.Report(DiagnosticCodes.AssetsTooLarge, location, key, settings.MaxTotalAssetBytes);
            _refused.Add(key);
            return false;
        }

        _totalAssetBytes += size;
        return true;
    }

    private Asset Record(string key, Func<Asset> create, List<Asset> pageAssets, out bool isNew)
    {
        isNew = !_assets.TryGetValue(key, out var asset);
        if (asset is null)
        {
            asset = create();
            _assets[key] = asset;
        }

        if (!pageAssets.Contains(asset))
        {
            pageAssets.Add(asset);
        }

        return asset;
    }

    /// <summary>Returns the heading id an anchor designates (accent-kept or folded forms, percent-decoded), or null with a warning.</summary>
    private string? CheckAnchor(Page page, string anchor, SourceLocation location)
    {
        if (anchor.Length == 0)
        {
            return null;
        }

        var wanted = CourseFileIndex.Nfc(anchor).ToLowerInvariant();
        var folded = HeadingIds.Fold(wanted);
        foreach (var heading in page.Headings)
        {
            if (heading.Id == wanted || heading.FoldedId == wanted || heading.FoldedId == folded || string.Equals(heading.ExplicitId, anchor, StringComparison.Ordinal))
            {
                return heading.Id;
            }
        }

        diagnostics.Report(DiagnosticCodes.AnchorMissing, location, anchor, page.Path);
        return null;
    }
}

/// <summary>Records which file an include block's children came from.</summary>
internal static class IncludedFrom
{
    private static readonly object Key = typeof(IncludedFrom);

    public static void Set(GitBookTagBlock block, string file) => block.SetData(Key, file);

    public static string? Get(GitBookTagBlock block) => block.GetData(Key) as string;
}

/// <summary>Collects the headings of a page in document order with their GitBook ids (duplicates get -1, -2… suffixes).</summary>
internal sealed class HeadingCollector
{
    private readonly List<HeadingAnchor> _headings = [];
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    public IReadOnlyList<HeadingAnchor> Headings => _headings;

    /// <summary>Gives the next heading of the page its id and attaches the anchor to it.</summary>
    public void Add(HeadingBlock heading)
    {
        var text = PageText.Of(heading.Inline);
        var id = HeadingIds.Slug(text);
        if (id.Length == 0)
        {
            id = "section";
        }

        if (_used.TryGetValue(id, out var n))
        {
            _used[id] = n + 1;
            id = $"{id}-{n}";
        }
        else
        {
            _used[id] = 1;
        }

        // GitBook also writes <a id="…"> anchors in headings: links may use them.
        var anchor = new HeadingAnchor(heading.Level, text, id, HeadingIds.Fold(id), heading.Line + 1, GitBookHeadingAnchors.GetExplicitId(heading));
        HeadingAnchor.Attach(heading, anchor);
        _headings.Add(anchor);
    }
}
