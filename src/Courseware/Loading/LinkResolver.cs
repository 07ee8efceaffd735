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

    public IReadOnlyList<Asset> Assets => [.. _assets.Values];

    /// <summary>
    /// True when the tree was built from the content-refs, whose broken targets the tree builder has reported; false when
    /// it comes from SUMMARY.md, where a content-ref is a card like any link and its broken target is reported here.
    /// </summary>
    public bool ContentRefsReported { get; init; } = true;

    /// <summary>
    /// Resolves the pages on every core, page by page, each with its own diagnostics; the diagnostics join the course's in
    /// page order, and the course-wide asset records (shared assets, size caps, first mention of a remote asset) are made
    /// afterwards in page and document order, so the result is the same as a walk on one thread.
    /// </summary>
    public void ResolveAll(IReadOnlyList<Page> pages)
    {
        _pages = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);

        // 1. One walk over the blocks of each page: includes are inlined where they stand (so the headings and links inside
        //    them count as the page's own) and headings get their ids, so that links can check anchors in any page.
        var read = PerPage.Run(pages, () => new Stack<Block>(), (page, blocks) =>
        {
            var work = new PageLinks();
            page.Headings = ReadBlocks(page, blocks, work);
            return work;
        });
        foreach (var work in read)
        {
            diagnostics.AddRange(work.Diagnostics.ToList());
        }

        // 2. Links, assets and quizzes; then the asset records, in the order a single walk makes them. A page with API
        //    operations is resolved at its turn on this thread: what a block shows depends on its spec's asset record.
        var atTheirTurn = pages.Where((_, i) => read[i].HasApiOperations).ToHashSet();
        var resolved = PerPage.Run(pages, () => new NodeWalker(), (page, walker) =>
        {
            if (atTheirTurn.Contains(page))
            {
                return null;
            }

            var work = new PageLinks();
            ResolvePage(page, walker, work);
            return work;
        });
        var here = new NodeWalker();
        for (var i = 0; i < pages.Count; i++)
        {
            if (resolved[i] is { } work)
            {
                RecordAssets(pages[i], work);
            }
            else
            {
                var now = new PageLinks(diagnostics, immediate: true);
                ResolvePage(pages[i], here, now);
                pages[i].Assets = now.PageAssets;
            }
        }
    }

    /// <summary>Walks the blocks of a page in document order, inlining include blocks as it meets them; returns the page's headings.</summary>
    private IReadOnlyList<HeadingAnchor> ReadBlocks(Page page, Stack<Block> stack, PageLinks work)
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
                    InlineInclude(page, include, work.Diagnostics);
                    break;
                case ApiOperationBlock:
                    work.HasApiOperations = true;
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
    private void InlineInclude(Page page, IncludeBlock block, DiagnosticBag bag)
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
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), block.Path, location, bag);
        if (target.Kind != UrlKind.Local || resolver.Index.FindFile(target.Path!) is null)
        {
            if (target.Kind is UrlKind.Local or UrlKind.Broken)
            {
                bag.Report(DiagnosticCodes.LinkTargetMissing, location, block.Path);
            }

            return;
        }

        if (depth > MaxIncludeDepth)
        {
            bag.Report(DiagnosticCodes.IncludeTooDeep, location, MaxIncludeDepth);
            return;
        }

        var pageReader = reader.WithDiagnostics(bag);
        var text = pageReader.ReadText(target.Path!, location);
        if (text is null)
        {
            return;
        }

        var included = pageReader.Parse(FrontMatterReader.Read(text, target.Path!, bag).Body, target.Path!);
        IncludedFrom.Set(block, target.Path!);
        var children = included.ToList();
        included.Clear();
        foreach (var child in children)
        {
            block.Add(child);
        }
    }

    private void ResolvePage(Page page, NodeWalker walker, PageLinks work)
    {
        var quizzes = new List<Quizzes.Quiz>();
        var stack = walker.Stack;
        stack.Clear();
        stack.Push((page.Document, page.Path));
        while (stack.Count > 0)
        {
            var (node, file) = stack.Pop();
            if (node is IncludeBlock include && IncludedFrom.Get(include) is { } includedFile)
            {
                file = includedFile;
            }

            Visit(page, node, file, quizzes, walker, work);
            PageWalk.PushChildren(stack, node, file);
        }

        page.Quizzes = quizzes;
    }

    private void Visit(Page page, MarkdownObject node, string file, List<Quizzes.Quiz> quizzes, NodeWalker walker, PageLinks work)
    {
        switch (node)
        {
            case LinkInline { IsImage: true } image:
                ResolveAsset(file, image.Url ?? string.Empty, AssetKind.Image, Locate(file, node), work, image);
                break;
            case LinkInline link:
                ResolveLink(page, file, link.Url ?? string.Empty, Locate(file, node), work, [link]);
                break;
            case AutolinkInline auto when !auto.IsEmail:
                // An autolink can carry any scheme (<javascript:...>): it goes through the same checks as a link.
                ResolveLink(page, file, auto.Url, Locate(file, node), work, [auto]);
                break;
            case FigureBlock figure:
                ResolveAsset(file, figure.Source, AssetKind.Image, Locate(file, node), work, figure);
                break;
            case FileBlock fileBlock:
                ResolveAsset(file, fileBlock.Src, AssetKind.File, Locate(file, node), work, fileBlock);
                break;
            case EmbedBlock embed:
                ResolveLink(page, file, embed.Url, Locate(file, node), work, [embed]);
                break;
            case ApiOperationBlock api:
                ResolveApiOperation(page, api, file, Locate(file, node), work);
                break;
            case ContentRefBlock contentRef:
                // The link inside the card is the card's own link: it shares the target and is not reported twice.
                ResolveLink(page, file, contentRef.Url, Locate(file, node), work, [contentRef, .. contentRef.Descendants<LinkInline>()], contentRef: true);
                break;
            case CardBlock cardBlock:
                ResolveCard(page, file, cardBlock, work);
                break;
            case HtmlBlock html:
                RecordRawHtmlAssets(html.Lines.ToString(), file, html.Line + 1, html.Column + 1, walker, work);
                break;
            case HtmlInline tag:
                RecordRawHtmlAssets(tag.Tag, file, tag.Line + 1, tag.Column + 1, walker, work);
                break;
            case FencedCodeBlock fenced when IsGift(fenced):
                var quiz = BuildQuiz(page, fenced, quizzes.Count, work.Diagnostics);
                quizzes.Add(quiz);
                break;
        }
    }

    private static SourceLocation Locate(string file, MarkdownObject node) => new(file, node.Line + 1, node.Column + 1);

    /// <summary>A card's target, like any link (a page of the course, a heading, a URL), and its cover, an image of the course.</summary>
    private void ResolveCard(Page page, string file, CardBlock card, PageLinks work)
    {
        if (card.Target is { } target)
        {
            ResolveLink(page, file, target.Url ?? string.Empty, Locate(file, target), work, [target]);
        }

        if (card.Cover is { } cover)
        {
            ResolveAsset(file, cover.Url ?? string.Empty, AssetKind.Image, Locate(file, cover), work, cover);
        }
    }

    /// <summary>Media sources an HTML element can name, and what kind of asset each is.</summary>
    private static readonly (string Element, string Attribute, AssetKind Kind)[] RawHtmlSources =
    [
        ("img", "src", AssetKind.Image), ("source", "src", AssetKind.File), ("source", "srcset", AssetKind.File),
        ("video", "src", AssetKind.File), ("video", "poster", AssetKind.Image), ("audio", "src", AssetKind.File), ("track", "src", AssetKind.File),
    ];

    /// <summary>Records the images and media that raw HTML names (e.g. a GitBook figure inside a &lt;div&gt;), so every output can package them.</summary>
    private void RecordRawHtmlAssets(string html, string file, int line, int column, NodeWalker walker, PageLinks work)
    {
        if (html.IndexOf("<img", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf("<source", StringComparison.OrdinalIgnoreCase) < 0
            && html.IndexOf("<video", StringComparison.OrdinalIgnoreCase) < 0 && html.IndexOf("<audio", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return;
        }

        var elements = walker.ParseHtml(html).OfType<IElement>().SelectMany(e => (IEnumerable<IElement>)[e, .. e.Descendants<IElement>()]);
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
                ResolveAsset(file, url, kind, location, work, attachTo: []);
            }
        }
    }

    private static bool IsGift(FencedCodeBlock block) => string.Equals(block.Info, "gift", StringComparison.OrdinalIgnoreCase);

    private Quizzes.Quiz BuildQuiz(Page page, FencedCodeBlock fenced, int index, DiagnosticBag bag)
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
            bag);

        // The quiz takes the fenced block's place in the page.
        var parent = fenced.Parent!;
        var position = parent.IndexOf(fenced);
        var block = new QuizBlock(null) { Quiz = quiz, Line = fenced.Line, Column = fenced.Column, Span = fenced.Span };
        parent[position] = block;
        return quiz;
    }

    /// <summary>Resolves a link and attaches the result to <paramref name="attachTo"/> (now, or when its asset is recorded).</summary>
    private ResolvedLink? ResolveLink(Page page, string file, string url, SourceLocation location, PageLinks work, MarkdownObject[] attachTo, bool contentRef = false)
    {
        var bag = work.Diagnostics;
        file = LinkBase(page, file, url, location);
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), url, location, bag);
        switch (target.Kind)
        {
            case UrlKind.External:
                return Attach(attachTo, new ResolvedLink(LinkTargetKind.External, url, ExternalUrl: target.Url));
            case UrlKind.Anchor:
                return Attach(attachTo, new ResolvedLink(LinkTargetKind.Anchor, url, Page: page, Anchor: CheckAnchor(page, target.Anchor!, location, bag)));
            case UrlKind.Broken:
                if (!contentRef || !ContentRefsReported)
                {
                    bag.Report(DiagnosticCodes.LinkMarkedBroken, location, url);
                }

                return Attach(attachTo, new ResolvedLink(LinkTargetKind.Broken, url));
            case UrlKind.Refused:
                return Attach(attachTo, new ResolvedLink(LinkTargetKind.Broken, url));
        }

        var pageKey = target.Path!.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || resolver.Index.IsFolder(target.Path) || resolver.Index.FindFile(target.Path) is null
            ? resolver.FindPage(target.Path)
            : null;
        if (pageKey is not null)
        {
            if (_pages.TryGetValue(pageKey, out var targetPage))
            {
                var anchor = target.Anchor is { Length: > 0 } a ? CheckAnchor(targetPage, a, location, bag) : null;
                return Attach(attachTo, pageKey == page.Path && anchor is not null
                    ? new ResolvedLink(LinkTargetKind.Anchor, url, Page: page, Anchor: anchor)
                    : new ResolvedLink(LinkTargetKind.Page, url, Page: targetPage, Anchor: anchor));
            }

            bag.Report(DiagnosticCodes.PageNotInTree, location, pageKey);
            return Attach(attachTo, new ResolvedLink(LinkTargetKind.Broken, url));
        }

        if (resolver.Index.FindFile(target.Path) is not null)
        {
            return ResolveAsset(file, url, AssetKind.File, location, work, attachTo);
        }

        bag.Report(contentRef ? DiagnosticCodes.ContentRefTargetMissing : DiagnosticCodes.LinkTargetMissing, location, url);
        return Attach(attachTo, new ResolvedLink(LinkTargetKind.Broken, url));
    }

    /// <summary>
    /// The file a link of <paramref name="file"/> is read from. GitBook's reusable content (<c>.gitbook/includes</c>) is edited
    /// within the page that shows it, so its links are often written from that page's folder: a link that reaches nothing
    /// from the included file, but a page of the tree or a file from the including page, is read from the page.
    /// </summary>
    private string LinkBase(Page page, string file, string url, SourceLocation location) =>
        file == page.Path || Reaches(file, url, location) || !Reaches(page.Path, url, location) ? file : page.Path;

    /// <summary>True when a URL read from <paramref name="file"/> is not a course path, or leads to a page of the tree or to a file.</summary>
    private bool Reaches(string file, string url, SourceLocation location)
    {
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), url, location, new DiagnosticBag());
        if (target.Kind != UrlKind.Local)
        {
            return true;
        }

        return resolver.FindPage(target.Path!) is { } key ? _pages.ContainsKey(key) : resolver.Index.FindFile(target.Path!) is not null;
    }

    private ResolvedLink? ResolveAsset(string file, string url, AssetKind kind, SourceLocation location, PageLinks work, MarkdownObject? attachTo) =>
        ResolveAsset(file, url, kind, location, work, attachTo is null ? [] : [attachTo]);

    /// <summary>
    /// Resolves an asset's URL; what depends on the other pages (the one record of each asset, the size caps, the first
    /// mention of a remote asset) is left to <see cref="RecordAssets"/>, which attaches the result, unless the page is
    /// resolved at its turn (<see cref="PageLinks.Immediate"/>): then the asset is recorded now and its link returned.
    /// </summary>
    private ResolvedLink? ResolveAsset(string file, string url, AssetKind kind, SourceLocation location, PageLinks work, MarkdownObject[] attachTo)
    {
        var bag = work.Diagnostics;
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), url, location, bag);
        switch (target.Kind)
        {
            case UrlKind.External when Uri.TryCreate(target.Url.Trim().Trim('<', '>'), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps):
                return Record(work, new PendingAsset(bag.Count, uri.AbsoluteUri, kind, url, location, attachTo, Remote: uri));
            case UrlKind.External:
                return Attach(attachTo, new ResolvedLink(LinkTargetKind.External, url, ExternalUrl: target.Url));
            case UrlKind.Local:
                break;
            default:
                if (target.Kind == UrlKind.Broken)
                {
                    bag.Report(DiagnosticCodes.AssetMissing, location, url);
                }

                return Attach(attachTo, new ResolvedLink(LinkTargetKind.Broken, url));
        }

        var disk = resolver.Index.FindFile(target.Path!);
        if (disk is null || resolver.Index.IsFolder(target.Path!))
        {
            bag.Report(DiagnosticCodes.AssetMissing, location, url);
            return Attach(attachTo, new ResolvedLink(LinkTargetKind.Broken, url));
        }

        return Record(work, new PendingAsset(bag.Count, target.Path!, kind, url, location, attachTo, Disk: disk, Anchor: target.Anchor));
    }

    /// <summary>Records an asset now (a page resolved at its turn) and returns its link, or leaves it to <see cref="RecordAssets"/>.</summary>
    private ResolvedLink? Record(PageLinks work, PendingAsset pending)
    {
        if (!work.Immediate)
        {
            work.Pending.Add(pending);
            return null;
        }

        return Attach(pending.AttachTo, Complete(pending, work.PageAssets));
    }

    private ResolvedLink Complete(PendingAsset pending, List<Asset> pageAssets) =>
        pending.Remote is { } uri ? RecordRemote(pending, uri, pageAssets) : RecordLocal(pending, pending.Disk!, pageAssets);

    /// <summary>
    /// Adds a resolved page's diagnostics to the course's and records its assets between them, where a walk on one thread
    /// would have recorded them, then attaches each asset link.
    /// </summary>
    private void RecordAssets(Page page, PageLinks work)
    {
        var pageAssets = new List<Asset>();
        var found = work.Diagnostics.ToList();
        var next = 0;
        for (var i = 0; i <= found.Count; i++)
        {
            for (; next < work.Pending.Count && work.Pending[next].Position == i; next++)
            {
                var pending = work.Pending[next];
                Attach(pending.AttachTo, Complete(pending, pageAssets));
            }

            if (i < found.Count)
            {
                diagnostics.Add(found[i]);
            }
        }

        page.Assets = pageAssets;
    }

    private ResolvedLink RecordRemote(PendingAsset pending, Uri uri, List<Asset> pageAssets)
    {
        var remote = Record(pending.Key, () => new Asset { Key = uri.AbsoluteUri, Kind = pending.Kind, RemoteUrl = uri }, pageAssets, out var isNew);
        if (isNew)
        {
            diagnostics.Report(DiagnosticCodes.RemoteAsset, pending.Location, pending.Kind == AssetKind.Image ? DiagnosticPhrases.Image : DiagnosticPhrases.File, uri.AbsoluteUri);
        }

        return new ResolvedLink(LinkTargetKind.Asset, pending.Url, Asset: remote, ExternalUrl: uri.AbsoluteUri);
    }

    private ResolvedLink RecordLocal(PendingAsset pending, string disk, List<Asset> pageAssets)
    {
        var key = pending.Key;
        if (!_assets.ContainsKey(key) && !WithinLimits(key, resolver.Index.Length(disk), pending.Location))
        {
            return new ResolvedLink(LinkTargetKind.Broken, pending.Url);
        }

        var asset = Record(key, () => new Asset
        {
            Key = key,
            Kind = pending.Kind,
            Path = key,
            DiskPath = disk == key ? null : disk,
            Size = resolver.Index.Length(disk),
        }, pageAssets, out _);
        return new ResolvedLink(LinkTargetKind.Asset, pending.Url, Asset: asset, Anchor: pending.Anchor);
    }

    private static ResolvedLink Attach(MarkdownObject[] nodes, ResolvedLink link)
    {
        foreach (var node in nodes)
        {
            ResolvedLink.Attach(node, link);
        }

        return link;
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
    private static string? CheckAnchor(Page page, string anchor, SourceLocation location, DiagnosticBag bag)
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

        foreach (var heading in page.Headings)
        {
            var separated = HeadingIds.SeparatorSlug(heading.Text);
            if (separated == wanted || HeadingIds.Fold(separated) == folded)
            {
                return heading.Id;
            }
        }

        bag.Report(DiagnosticCodes.AnchorMissing, location, anchor, page.Path);
        return null;
    }
}

/// <summary>What resolving one page found: its diagnostics in the order found, and the asset records left for the course-wide pass.</summary>
internal sealed class PageLinks(DiagnosticBag? diagnostics = null, bool immediate = false)
{
    /// <summary>The page's own bag, or the course's for a page resolved at its turn.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics ?? new();

    /// <summary>True when the page is resolved at its turn on the walk's thread: assets are recorded as they are met.</summary>
    public bool Immediate { get; } = immediate;

    public List<PendingAsset> Pending { get; } = [];

    /// <summary>The page's assets, when resolved at its turn.</summary>
    public List<Asset> PageAssets { get; } = [];

    /// <summary>The page holds API operation blocks (found by the block walk, includes inlined).</summary>
    public bool HasApiOperations { get; set; }
}

/// <summary>
/// An asset a page names, to record once the pages before it have recorded theirs: <see cref="Position"/> is the number of
/// the page's diagnostics found before it; a remote asset has <see cref="Remote"/>, a course file <see cref="Disk"/>.
/// </summary>
internal sealed record PendingAsset(int Position, string Key, AssetKind Kind, string Url, SourceLocation Location, MarkdownObject[] AttachTo, Uri? Remote = null, string? Disk = null, string? Anchor = null);

/// <summary>One thread's tools for walking pages: the node stack and an HTML parser for raw HTML.</summary>
internal sealed class NodeWalker
{
    private HtmlParser? _htmlParser;
    private IElement? _htmlBody;

    public Stack<(MarkdownObject Node, string File)> Stack { get; } = new();

    /// <summary>Parses an HTML fragment as the content of a document's body, keeping each element's position.</summary>
    public INodeList ParseHtml(string html)
    {
        _htmlParser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        _htmlBody ??= _htmlParser.ParseDocument(string.Empty).Body!;
        return _htmlParser.ParseFragment(html, _htmlBody);
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
