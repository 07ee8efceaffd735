using System.IO.Abstractions.TestingHelpers;
using System.Reflection;
using Courseware.Diagnostics;
using Courseware.Markdown.GitBook;
using Courseware.Model;
using Courseware.Quizzes;
using Markdig;
using Markdig.Syntax;

namespace Courseware.Scorm.Tests.Support;

/// <summary>Builds course models by hand, the way the loader would: a page tree, parsed documents, resolved links, assets and quizzes.</summary>
public sealed class CourseBuilder
{
    public const string Root = "/course";

    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseTaskLists().UseEmphasisExtras().UseFootnotes().UseAutoLinks().Build();

    private readonly List<Page> _pages = [];
    private readonly List<Asset> _assets = [];

    public MockFileSystem FileSystem { get; } = new();

    public string Title { get; set; } = "Formation aux données publiques";

    public string Language { get; set; } = "fr-FR";

    public string Id { get; set; } = "formation-donnees";

    public string Slug { get; set; } = "formation-donnees";

    public Page AddPage(string path, string title, string markdown, Page? parent = null)
    {
        var page = new Page { Path = path, DiskPath = path, Title = title, Document = Parse(markdown) };
        if (parent is not null)
        {
            ChildList(parent).Add(page);
            SetInternal(page, nameof(Page.Parent), parent);
            SetInternal(page, nameof(Page.Depth), parent.Depth + 1);
        }

        _pages.Add(page);
        return page;
    }

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>Parses Markdown and moves its blocks into a GitBook container node.</summary>
    public static T Fill<T>(T container, string markdown)
        where T : ContainerBlock
    {
        var doc = Parse(markdown);
        while (doc.Count > 0)
        {
            var block = doc[0];
            doc.RemoveAt(0);
            container.Add(block);
        }

        return container;
    }

    public Asset AddLocalAsset(string path, byte[] bytes, AssetKind kind = AssetKind.Image)
    {
        FileSystem.AddFile(FileSystem.Path.Combine(Root, path), new MockFileData(bytes));
        var asset = new Asset { Key = path, Kind = kind, Path = path, Size = bytes.Length };
        _assets.Add(asset);
        return asset;
    }

    public Asset AddRemoteAsset(string url, AssetKind kind = AssetKind.Image)
    {
        var asset = new Asset { Key = url, Kind = kind, RemoteUrl = new Uri(url) };
        _assets.Add(asset);
        return asset;
    }

    public static void Resolve(MarkdownObject node, ResolvedLink link) => node.SetData(typeof(ResolvedLink), link);

    public Course Build()
    {
        var root = _pages[0];
        var ordered = new List<Page>();
        void Walk(Page p)
        {
            ordered.Add(p);
            foreach (var c in p.Children)
            {
                Walk(c);
            }
        }

        Walk(root);
        foreach (var page in ordered)
        {
            page.Quizzes = [.. page.Document.Descendants<Courseware.Markdown.QuizBlock>().Select(q => q.Quiz)];
            page.Assets = [.. _assets.Where(a => page.Document.Descendants().Any(d => ResolvedLink.Of(d)?.Asset == a))];
        }

        return new Course
        {
            Title = Title,
            Language = Language,
            Id = Id,
            Slug = Slug,
            RootDirectory = Root,
            FileSystem = FileSystem,
            Root = root,
            Pages = ordered,
            Assets = [.. _assets.OrderBy(a => a.Key, StringComparer.Ordinal)],
            Diagnostics = [],
            Settings = new CourseSettings(),
        };
    }

    private static List<Page> ChildList(Page page) =>
        (List<Page>)typeof(Page).GetProperty("ChildList", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(page)!;

    private static void SetInternal(Page page, string property, object value) =>
        typeof(Page).GetProperty(property)!.SetValue(page, value);

    public static Question Choice(string id, string stem, params (string Text, double Fraction)[] choices) => new()
    {
        Id = id,
        Type = choices.Count(c => c.Fraction > 0) > 1 || choices.Any(c => c.Fraction is > 0 and < 1) ? QuestionType.MultipleChoice : QuestionType.SingleChoice,
        Stem = new QuizText(stem),
        StemPlain = stem,
        Choices = [.. choices.Select(c => new Choice(new QuizText(c.Text), c.Fraction, new QuizText(c.Fraction > 0 ? "Oui." : "Non.")))],
    };

    public static Quiz Quiz(string id, double pass, params Question[] questions) => new()
    {
        Id = id,
        Title = "Vérifier ses connaissances",
        PassPercent = pass,
        Questions = questions,
        Location = new SourceLocation("quiz.md", 3, 1),
    };

    public static GitBookTagBlock Tag<T>(T block)
        where T : GitBookTagBlock => block;
}
