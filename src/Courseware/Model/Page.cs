using Courseware.Diagnostics;
using Markdig.Syntax;

namespace Courseware.Model;

/// <summary>One page of the course tree.</summary>
public sealed class Page
{
    /// <summary>Path relative to the course root, '/' separators, Unicode NFC.</summary>
    public required string Path { get; init; }

    /// <summary>The real on-disk relative path (may be NFD on macOS-written trees).</summary>
    public required string DiskPath { get; init; }

    /// <summary>The page's own title: front matter <c>title</c>, else its first <c># heading</c>, else the file name.</summary>
    public required string Title { get; set; }

    /// <summary>The title the table of contents shows: the SUMMARY.md entry's title when the tree comes from SUMMARY.md, else <see cref="Title"/>.</summary>
    public string TocTitle => NavigationTitle ?? Title;

    /// <summary>True when the page has neither a front matter title nor a <c># heading</c>, so <see cref="Title"/> was made from its file name.</summary>
    internal bool TitleIsFileName { get; init; }

    /// <summary>The SUMMARY.md entry's title, when the tree comes from SUMMARY.md.</summary>
    public string? NavigationTitle { get; set; }

    /// <summary>The SUMMARY.md part (<c>## Part</c> heading) this page opens, if any.</summary>
    public string? Part { get; set; }

    public string? Description { get; set; }

    /// <summary>0 for the root page.</summary>
    public int Depth { get; internal set; }

    public Page? Parent { get; internal set; }

    public IReadOnlyList<Page> Children => ChildList;

    internal List<Page> ChildList { get; } = [];

    /// <summary>Front matter as parsed YAML (string keys; values are strings, lists, dictionaries).</summary>
    public IReadOnlyDictionary<string, object?> FrontMatter { get; set; } = new Dictionary<string, object?>();

    public bool Hidden { get; set; }

    private MarkdownDocument? _document;

    /// <summary>
    /// The parsed page: Markdig AST with the GitBook nodes (see <c>Courseware.Markdown.GitBook</c>) and quiz blocks; links carry
    /// their resolved targets. A loaded course does not keep its pages' trees (a large course would not fit in memory): each
    /// read parses the page again and gives a new tree, the same as the one the loader checked, with the same resolved links,
    /// heading anchors, included files and quizzes. Read it once per use. A page made by hand keeps the tree it was given.
    /// </summary>
    public MarkdownDocument Document
    {
        get => _document ?? Source?.Build(this) ?? throw new InvalidOperationException($"Page '{Path}' has no document.");
        init => _document = value;
    }

    /// <summary>How the page's tree is made again once the loader has let it go; null while the tree is kept.</summary>
    internal Loading.PageSource? Source { get; private set; }

    /// <summary>
    /// True when the page holds its tree in memory: reading <see cref="Document"/> is then free. False in a large loaded course,
    /// where each read parses the page again; <see cref="Headings"/> and <see cref="OpensWithTitle"/> answer without a tree.
    /// </summary>
    public bool HoldsDocument => _document is not null;

    private bool? _opensWithTitle;

    /// <summary>True when the page's first block is a level-1 heading: its title, which exports replace by the page's heading.</summary>
    public bool OpensWithTitle
    {
        get => _opensWithTitle ??= Document.FirstOrDefault() is HeadingBlock { Level: 1 };
        internal set => _opensWithTitle = value;
    }

    /// <summary>Lets the tree go; <see cref="Document"/> is made again from <paramref name="source"/> on each read.</summary>
    internal void ReleaseDocument(Loading.PageSource source)
    {
        Source = source;
        _document = null;
    }

    /// <summary>What the loader knows of the page while the course is being loaded; null once it is loaded.</summary>
    internal Loading.PageLoadState? Load { get; set; }

    /// <summary>Heading ids of the page, in order (GitBook style, accent-kept form).</summary>
    public IReadOnlyList<HeadingAnchor> Headings { get; set; } = [];

    /// <summary>Assets referenced by the page, in order of first reference.</summary>
    public IReadOnlyList<Asset> Assets { get; set; } = [];

    public IReadOnlyList<Quizzes.Quiz> Quizzes { get; set; } = [];

    public SourceLocation Location => new(Path, 1, 1);

    /// <summary>Number of the page in the tree, like "1.2" (empty for the root).</summary>
    public string Number { get; internal set; } = string.Empty;

    public override string ToString() => Path;
}

/// <summary>A heading of a page, with the id links use to reach it (attached to its <see cref="HeadingBlock"/>, see <see cref="Of"/>).</summary>
public sealed record HeadingAnchor(int Level, string Text, string Id, string FoldedId, int Line, string? ExplicitId = null)
{
    private static readonly object DataKey = typeof(HeadingAnchor);

    /// <summary>The anchor of a heading block, or null.</summary>
    public static HeadingAnchor? Of(HeadingBlock heading) => heading.GetData(DataKey) as HeadingAnchor;

    internal static void Attach(HeadingBlock heading, HeadingAnchor anchor) => heading.SetData(DataKey, anchor);
}
