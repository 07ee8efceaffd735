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
    /// The work on one page that needs no other page, done as soon as the page is read (on any core): included files are
    /// inlined and headings get their ids, then, unless the page holds API operations (resolved at their turn, see
    /// <see cref="ResolveAll"/>), its links, assets and quizzes are resolved as far as the page alone allows. What depends on
    /// the other pages (a link to a page of the tree, an asset record) is left pending in <see cref="PageLoadState.Links"/>.
    /// </summary>
    public void Prepare(Page page, MarkdownDocument document, NodeWalker walker, PageLoadState state)
    {
        var blocks = new PageLinks();
        page.Headings = ReadBlocks(page, document, walker.Blocks, blocks.Diagnostics, known: null, out var hasApiOperations);
        state.BlockDiagnostics = blocks.Diagnostics;
        state.HasApiOperations = hasApiOperations;
        if (!hasApiOperations)
        {
            var work = new PageLinks();
            ResolvePage(page, document, walker, work);
            state.Links = work;
        }
    }

    /// <summary>
    /// Finishes the pages once the tree is known, in page order, so the result is that of one walk on one thread: the
    /// diagnostics of the block walks, then each page's pending links and asset records (shared assets, size caps, first
    /// mention of a remote asset) between its own diagnostics, where a walk in document order meets them. A page with API
    /// operations is resolved at its turn on this thread: what a block shows depends on its spec's asset record.
    /// </summary>
    public void ResolveAll(IReadOnlyList<Page> pages)
    {
        _pages = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            diagnostics.AddRange(page.Load!.BlockDiagnostics.ToList());
        }

        var here = new NodeWalker();
        foreach (var page in pages)
        {
            var state = page.Load!;
            if (state.Links is { } work)
            {
                FinishPending(page, work);
            }
            else
            {
                var now = new PageLinks(diagnostics, immediate: true);
                ResolvePage(page, page.Document, here, now);
                page.Assets = now.PageAssets;
                state.Links = now;
            }

            if (page.HoldsDocument)
            {
                ApplyLinks(page, page.Document, state.Links.Slots, here, rebuilt: false);
            }
        }
    }

    /// <summary>The page's tree made again from its text: the same blocks, included files, heading anchors, resolved links and quizzes as the loader's.</summary>
    internal MarkdownDocument Rebuild(Page page, PageSource source)
    {
        // Problems were reported when the page was loaded: the same ones found again are dropped.
        var scratch = new DiagnosticBag();
        var walker = new NodeWalker();
        var markdown = source.Markdown;
        var document = reader.WithDiagnostics(scratch).ParsePage(markdown.Text, markdown.ClosingLineStart, markdown.ClosingLineEnd, page.Path);
        ReadBlocks(page, document, walker.Blocks, scratch, known: page.Headings, out _);
        ApplyLinks(page, document, source.Slots, walker, rebuilt: true);
        return document;
    }

    /// <summary>
    /// Walks the blocks of a page in document order, inlining include blocks as it meets them; returns the page's headings,
    /// with their ids made now, or those of <paramref name="known"/> (a page parsed again) attached in order.
    /// </summary>
    private IReadOnlyList<HeadingAnchor> ReadBlocks(Page page, MarkdownDocument document, Stack<Block> stack, DiagnosticBag bag, IReadOnlyList<HeadingAnchor>? known, out bool hasApiOperations)
    {
        var headings = new HeadingCollector();
        var next = 0;
        hasApiOperations = false;
        stack.Clear();
        stack.Push(document);
        while (stack.Count > 0)
        {
            var block = stack.Pop();
            switch (block)
            {
                case HeadingBlock heading when known is not null:
                    HeadingAnchor.Attach(heading, next < known.Count ? known[next++] : throw Mismatch(page, "headings"));
                    break;
                case HeadingBlock heading:
                    headings.Add(heading);
                    break;
                case IncludeBlock include:
                    InlineInclude(page, include, bag);
                    break;
                case ApiOperationBlock:
                    hasApiOperations = true;
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

        if (known is not null && next != known.Count)
        {
            throw Mismatch(page, "headings");
        }

        return known ?? headings.Headings;
    }

    private static InvalidOperationException Mismatch(Page page, string what) =>
        new($"The tree of '{page.Path}' made again does not have the {what} the loader found: was the file changed while it was exported?");

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

    private void ResolvePage(Page page, MarkdownDocument document, NodeWalker walker, PageLinks work)
    {
        var quizzes = new List<Quizzes.Quiz>();
        var stack = walker.Stack;
        stack.Clear();
        stack.Push((document, page.Path));
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

    /// <summary>
    /// Attaches the links resolved for a page to the nodes of its tree, met in the order <see cref="Visit"/> met them (one
    /// slot per link, card target, card cover…); in a tree <paramref name="rebuilt"/> from the text, ```gift blocks become
    /// the page's quizzes again.
    /// </summary>
    private static void ApplyLinks(Page page, MarkdownDocument document, IReadOnlyList<LinkSlot> slots, NodeWalker walker, bool rebuilt)
    {
        var next = 0;
        var quiz = 0;
        var stack = walker.Stack;
        stack.Clear();
        stack.Push((document, page.Path));
        while (stack.Count > 0)
        {
            var (node, file) = stack.Pop();
            switch (node)
            {
                case LinkInline or AutolinkInline { IsEmail: false } or FigureBlock or FileBlock or EmbedBlock or ApiOperationBlock { SpecSource: not null }:
                    Attach(node, Take());
                    break;
                case ContentRefBlock contentRef:
                    var link = Take();
                    Attach(contentRef, link);
                    foreach (var inner in contentRef.Descendants<LinkInline>())
                    {
                        Attach(inner, link);
                    }

                    break;
                case CardBlock card:
                    if (card.Target is { } target)
                    {
                        Attach(target, Take());
                    }

                    if (card.Cover is { } cover)
                    {
                        Attach(cover, Take());
                    }

                    break;
                case FencedCodeBlock fenced when rebuilt && IsGift(fenced):
                    var quizzes = page.Quizzes;
                    var parent = fenced.Parent!;
                    parent[parent.IndexOf(fenced)] = QuizBlockFor(fenced, quiz < quizzes.Count ? quizzes[quiz++] : throw Mismatch(page, "quizzes"));
                    break;
            }

            PageWalk.PushChildren(stack, node, file);
        }

        if (next != slots.Count || (rebuilt && quiz != page.Quizzes.Count))
        {
            throw Mismatch(page, "links");
        }

        ResolvedLink? Take() => next < slots.Count ? slots[next++].Link : throw Mismatch(page, "links");

        static void Attach(MarkdownObject node, ResolvedLink? link)
        {
            if (link is not null)
            {
                ResolvedLink.Attach(node, link);
            }
        }
    }

    private void Visit(Page page, MarkdownObject node, string file, List<Quizzes.Quiz> quizzes, NodeWalker walker, PageLinks work)
    {
        switch (node)
        {
            case LinkInline { IsImage: true } image:
                ResolveAsset(file, image.Url ?? string.Empty, AssetKind.Image, Locate(file, node), work, work.NewSlot());
                break;
            case LinkInline link:
                ResolveLink(page, file, link.Url ?? string.Empty, Locate(file, node), work, work.NewSlot());
                break;
            case AutolinkInline auto when !auto.IsEmail:
                // An autolink can carry any scheme (<javascript:...>): it goes through the same checks as a link.
                ResolveLink(page, file, auto.Url, Locate(file, node), work, work.NewSlot());
                break;
            case FigureBlock figure:
                ResolveAsset(file, figure.Source, AssetKind.Image, Locate(file, node), work, work.NewSlot());
                break;
            case FileBlock fileBlock:
                ResolveAsset(file, fileBlock.Src, AssetKind.File, Locate(file, node), work, work.NewSlot());
                break;
            case EmbedBlock embed:
                ResolveLink(page, file, embed.Url, Locate(file, node), work, work.NewSlot());
                break;
            case ApiOperationBlock api:
                ResolveApiOperation(page, api, file, Locate(file, node), work);
                break;
            case ContentRefBlock contentRef:
                // The link inside the card is the card's own link: it shares the target and is not reported twice.
                ResolveLink(page, file, contentRef.Url, Locate(file, node), work, work.NewSlot(), contentRef: true);
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
            ResolveLink(page, file, target.Url ?? string.Empty, Locate(file, target), work, work.NewSlot());
        }

        if (card.Cover is { } cover)
        {
            ResolveAsset(file, cover.Url ?? string.Empty, AssetKind.Image, Locate(file, cover), work, work.NewSlot());
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
                ResolveAsset(file, url, kind, location, work, slot: null);
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
        parent[parent.IndexOf(fenced)] = QuizBlockFor(fenced, quiz);
        return quiz;
    }

    private static QuizBlock QuizBlockFor(FencedCodeBlock fenced, Quizzes.Quiz quiz) =>
        new(null) { Quiz = quiz, Line = fenced.Line, Column = fenced.Column, Span = fenced.Span };

    /// <summary>
    /// Resolves a link and records the result in <paramref name="slot"/>: now, or, when it depends on the other pages (a page
    /// of the tree, an anchor there, the base of a link in an included file) or on an asset record, once the tree is known.
    /// </summary>
    private ResolvedLink? ResolveLink(Page page, string file, string url, SourceLocation location, PageLinks work, LinkSlot? slot, bool contentRef = false)
    {
        var bag = work.Diagnostics;
        if (file != page.Path && !work.Immediate)
        {
            // A link of an included file may be read from the including page: that depends on the pages of the tree.
            work.Pending.Add(new PendingLink(bag.Count, page, file, url, location, slot, contentRef));
            return null;
        }

        file = LinkBase(page, file, url, location);
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), url, location, bag);
        switch (target.Kind)
        {
            case UrlKind.External:
                return Attach(slot, new ResolvedLink(LinkTargetKind.External, url, ExternalUrl: target.Url));
            case UrlKind.Anchor:
                return Attach(slot, new ResolvedLink(LinkTargetKind.Anchor, url, Page: page, Anchor: CheckAnchor(page, target.Anchor!, location, bag)));
            case UrlKind.Broken:
                if (!contentRef || !ContentRefsReported)
                {
                    bag.Report(DiagnosticCodes.LinkMarkedBroken, location, url);
                }

                return Attach(slot, new ResolvedLink(LinkTargetKind.Broken, url));
            case UrlKind.Refused:
                return Attach(slot, new ResolvedLink(LinkTargetKind.Broken, url));
        }

        var pageKey = target.Path!.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || resolver.Index.IsFolder(target.Path) || resolver.Index.FindFile(target.Path) is null
            ? resolver.FindPage(target.Path)
            : null;
        if (pageKey is not null)
        {
            if (!work.Immediate)
            {
                work.Pending.Add(new PendingPageLink(bag.Count, page, pageKey, target.Anchor, url, location, slot));
                return null;
            }

            return ResolvePageLink(page, pageKey, target.Anchor, url, location, bag, slot);
        }

        if (resolver.Index.FindFile(target.Path) is not null)
        {
            return ResolveAsset(file, url, AssetKind.File, location, work, slot);
        }

        bag.Report(contentRef ? DiagnosticCodes.ContentRefTargetMissing : DiagnosticCodes.LinkTargetMissing, location, url);
        return Attach(slot, new ResolvedLink(LinkTargetKind.Broken, url));
    }

    /// <summary>A link to a page: one of the tree (and a heading there when an anchor is given), or reported.</summary>
    private ResolvedLink ResolvePageLink(Page page, string pageKey, string? anchorText, string url, SourceLocation location, DiagnosticBag bag, LinkSlot? slot)
    {
        if (_pages.TryGetValue(pageKey, out var targetPage))
        {
            var anchor = anchorText is { Length: > 0 } a ? CheckAnchor(targetPage, a, location, bag) : null;
            return Attach(slot, pageKey == page.Path && anchor is not null
                ? new ResolvedLink(LinkTargetKind.Anchor, url, Page: page, Anchor: anchor)
                : new ResolvedLink(LinkTargetKind.Page, url, Page: targetPage, Anchor: anchor));
        }

        bag.Report(DiagnosticCodes.PageNotInTree, location, pageKey);
        return Attach(slot, new ResolvedLink(LinkTargetKind.Broken, url));
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

    /// <summary>
    /// Resolves an asset's URL; what depends on the other pages (the one record of each asset, the size caps, the first
    /// mention of a remote asset) is left to <see cref="FinishPending"/>, which attaches the result, unless the page is
    /// resolved at its turn (<see cref="PageLinks.Immediate"/>): then the asset is recorded now and its link returned.
    /// </summary>
    private ResolvedLink? ResolveAsset(string file, string url, AssetKind kind, SourceLocation location, PageLinks work, LinkSlot? slot)
    {
        var bag = work.Diagnostics;
        var target = resolver.Resolve(ContentRefTreeBuilder.FolderOf(file), url, location, bag);
        switch (target.Kind)
        {
            case UrlKind.External when Uri.TryCreate(target.Url.Trim().Trim('<', '>'), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps):
                return Record(work, new PendingAsset(bag.Count, uri.AbsoluteUri, kind, url, location, slot, Remote: uri));
            case UrlKind.External:
                return Attach(slot, new ResolvedLink(LinkTargetKind.External, url, ExternalUrl: target.Url));
            case UrlKind.Local:
                break;
            default:
                if (target.Kind == UrlKind.Broken)
                {
                    bag.Report(DiagnosticCodes.AssetMissing, location, url);
                }

                return Attach(slot, new ResolvedLink(LinkTargetKind.Broken, url));
        }

        var disk = resolver.Index.FindFile(target.Path!);
        if (disk is null || resolver.Index.IsFolder(target.Path!))
        {
            if (disk is null && resolver.Index.FindFileDifferingInCase(target.Path!) is { } other)
            {
                bag.Report(DiagnosticCodes.AssetNameCaseDiffers, location, url, other);
            }
            else
            {
                bag.Report(DiagnosticCodes.AssetMissing, location, url);
            }

            return Attach(slot, new ResolvedLink(LinkTargetKind.Broken, url));
        }

        return Record(work, new PendingAsset(bag.Count, target.Path!, kind, url, location, slot, Disk: disk, Anchor: target.Anchor));
    }

    /// <summary>Records an asset now (a page resolved at its turn) and returns its link, or leaves it to <see cref="FinishPending"/>.</summary>
    private ResolvedLink? Record(PageLinks work, PendingAsset pending)
    {
        if (!work.Immediate)
        {
            work.Pending.Add(pending);
            return null;
        }

        return Attach(pending.Slot, Complete(pending, work.PageAssets));
    }

    private ResolvedLink Complete(PendingAsset pending, List<Asset> pageAssets) =>
        pending.Remote is { } uri ? RecordRemote(pending, uri, pageAssets) : RecordLocal(pending, pending.Disk!, pageAssets);

    /// <summary>
    /// Adds a page's diagnostics to the course's and finishes what it left pending between them, where a walk on one thread
    /// would have met it: links to pages of the tree, links of included files, asset records.
    /// </summary>
    private void FinishPending(Page page, PageLinks work)
    {
        var now = new PageLinks(diagnostics, immediate: true);
        var found = work.Diagnostics.ToList();
        var next = 0;
        for (var i = 0; i <= found.Count; i++)
        {
            for (; next < work.Pending.Count && work.Pending[next].Position == i; next++)
            {
                switch (work.Pending[next])
                {
                    case PendingAsset asset:
                        Attach(asset.Slot, Complete(asset, now.PageAssets));
                        break;
                    case PendingPageLink link:
                        ResolvePageLink(page, link.PageKey, link.Anchor, link.Url, link.Location, diagnostics, link.Slot);
                        break;
                    case PendingLink link:
                        ResolveLink(page, link.File, link.Url, link.Location, now, link.Slot, link.ContentRef);
                        break;
                }
            }

            if (i < found.Count)
            {
                diagnostics.Add(found[i]);
            }
        }

        page.Assets = now.PageAssets;
    }

    private ResolvedLink RecordRemote(PendingAsset pending, Uri uri, List<Asset> pageAssets)
    {
        var remote = Record(pending.Key, () => new Asset { Key = uri.AbsoluteUri, Kind = pending.Kind, RemoteUrl = uri, FirstUse = pending.Location }, pageAssets, out var isNew);
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
            FirstUse = pending.Location,
        }, pageAssets, out _);
        return new ResolvedLink(LinkTargetKind.Asset, pending.Url, Asset: asset, Anchor: pending.Anchor);
    }

    private static ResolvedLink Attach(LinkSlot? slot, ResolvedLink link)
    {
        if (slot is not null)
        {
            slot.Link = link;
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

    /// <summary>Returns the heading id an anchor designates (accent-kept, folded or older GitBook forms, percent-decoded), or null with a warning.</summary>
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

        if (System.Text.Ascii.IsValid(wanted))
        {
            foreach (var heading in page.Headings)
            {
                if (HeadingIds.LegacySlug(heading.Text) == wanted)
                {
                    return heading.Id;
                }
            }
        }

        bag.Report(DiagnosticCodes.AnchorMissing, location, anchor, page.Path);
        return null;
    }
}

/// <summary>What resolving one page found: its diagnostics in the order found, the links it resolved, and what it left for the course-wide pass.</summary>
internal sealed class PageLinks(DiagnosticBag? diagnostics = null, bool immediate = false)
{
    private readonly List<LinkSlot> _slots = [];

    /// <summary>The page's own bag, or the course's for a page resolved at its turn.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics ?? new();

    /// <summary>True when the page is resolved at its turn on the walk's thread: pages and assets are looked up as they are met.</summary>
    public bool Immediate { get; } = immediate;

    /// <summary>What depends on the other pages, in the order met; see <see cref="Pending"/>.</summary>
    public List<Pending> Pending { get; } = [];

    /// <summary>The page's assets, when resolved at its turn.</summary>
    public List<Asset> PageAssets { get; } = [];

    /// <summary>The page's resolved links, one per node (or card target, card cover) that carries one, in the order of the walk.</summary>
    public IReadOnlyList<LinkSlot> Slots => _slots;

    /// <summary>The slot of the next node that carries a link.</summary>
    public LinkSlot NewSlot()
    {
        var slot = new LinkSlot();
        _slots.Add(slot);
        return slot;
    }
}

/// <summary>Where the resolved target of one link of a page is kept, so that its tree can be let go and made again.</summary>
internal sealed class LinkSlot
{
    public ResolvedLink? Link { get; set; }
}

/// <summary>
/// Something a page names that can only be finished once the pages before it are done: <see cref="Position"/> is the
/// number of the page's diagnostics found before it.
/// </summary>
internal abstract record Pending(int Position);

/// <summary>An asset to record: a remote one has <see cref="Remote"/>, a course file <see cref="Disk"/>.</summary>
internal sealed record PendingAsset(int Position, string Key, AssetKind Kind, string Url, SourceLocation Location, LinkSlot? Slot, Uri? Remote = null, string? Disk = null, string? Anchor = null)
    : Pending(Position);

/// <summary>A link to the page of <see cref="PageKey"/>, which must be in the tree (and hold the heading <see cref="Anchor"/> names).</summary>
internal sealed record PendingPageLink(int Position, Page Page, string PageKey, string? Anchor, string Url, SourceLocation Location, LinkSlot? Slot)
    : Pending(Position);

/// <summary>A link written in an included file, resolved whole once the tree is known.</summary>
internal sealed record PendingLink(int Position, Page Page, string File, string Url, SourceLocation Location, LinkSlot? Slot, bool ContentRef)
    : Pending(Position);

/// <summary>One thread's tools for walking pages: the node stack and an HTML parser for raw HTML.</summary>
internal sealed class NodeWalker
{
    private HtmlParser? _htmlParser;
    private IElement? _htmlBody;

    public Stack<(MarkdownObject Node, string File)> Stack { get; } = new();

    /// <summary>The stack of the block walk (includes and headings).</summary>
    public Stack<Block> Blocks { get; } = new();

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
