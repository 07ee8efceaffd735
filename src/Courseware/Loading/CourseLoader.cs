using System.IO.Abstractions;
using System.Security.Cryptography;
using System.Text;
using Courseware.Diagnostics;
using Courseware.Markdown;
using Courseware.Model;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>Loads a GitBook-style course folder into a <see cref="Course"/>. Problems become diagnostics; nothing outside the course folder is read.</summary>
public static class CourseLoader
{
    private static readonly string[] RootCandidates = ["README.md", "readme.md", "Readme.md", "README.markdown"];

    /// <summary>Loads the course at <paramref name="coursePath"/>: a folder (its README.md is the root page) or the root page's file.</summary>
    public static Course Load(IFileSystem fileSystem, string coursePath, CourseSettings? settings = null) =>
        Load(fileSystem, coursePath, settings, []);

    /// <summary>Loads a course, keeping diagnostics found before loading (e.g. in the settings file) with the course's own.</summary>
    public static Course Load(IFileSystem fileSystem, string coursePath, CourseSettings? settings, IEnumerable<Diagnostic> earlier)
    {
        settings ??= new CourseSettings();
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(earlier);

        // 1. Find the course folder and its root page.
        var full = fileSystem.Path.GetFullPath(coursePath);
        string rootDirectory;
        string? rootFile = null;
        if (fileSystem.Directory.Exists(full))
        {
            rootDirectory = full;
        }
        else if (fileSystem.File.Exists(full))
        {
            rootDirectory = fileSystem.Path.GetDirectoryName(full)!;
            rootFile = fileSystem.Path.GetFileName(full);
        }
        else
        {
            diagnostics.Report(DiagnosticCodes.CourseNotFound, SourceLocation.None, coursePath);
            return Empty(fileSystem, full, settings, diagnostics);
        }

        // 2. List the files once; every lookup goes through this index.
        var index = CourseFileIndex.Build(fileSystem, rootDirectory);
        var resolver = new UrlResolver(index);
        var reader = new PageReader(index, GitBookPipeline.Create(), settings, diagnostics);
        var summaryKey = index.FindFile("SUMMARY.md") is not null ? "SUMMARY.md" : null;
        var rootKey = rootFile is not null ? CourseFileIndex.Nfc(rootFile) : FindRootPage(index, summaryKey);
        if (rootKey is null)
        {
            var outside = RootCandidates.FirstOrDefault(index.IsOutsideLink);
            if (outside is not null)
            {
                // The root page exists but links outside the course: say so rather than "no root page".
                diagnostics.Report(DiagnosticCodes.SymlinkOutsideRefused, new SourceLocation(outside), outside);
                return Empty(fileSystem, rootDirectory, settings, diagnostics);
            }

            diagnostics.Report(DiagnosticCodes.RootPageMissing, new SourceLocation(string.Empty));
            return Empty(fileSystem, rootDirectory, settings, diagnostics);
        }

        var root = reader.Read(rootKey, new SourceLocation(rootKey));
        if (root is null)
        {
            return Empty(fileSystem, rootDirectory, settings, diagnostics);
        }

        // 3. Build the tree: content-refs by default, SUMMARY.md when asked or when the root page has no content-ref. Each page
        //    is checked and resolved as far as it alone allows as soon as it is read, on the core that read it; then, in a
        //    large course, its tree is let go (see Page.Document).
        var hasContentRefs = root.Document.Descendants<Markdown.GitBook.ContentRef.ContentRefBlock>().Any();
        var treeFromSummary = summaryKey is not null && (settings.Toc == TocMode.Summary || !hasContentRefs);
        var links = new LinkResolver(reader, resolver, settings, diagnostics) { ContentRefsReported = !treeFromSummary };
        var keepTrees = settings.KeepPageTreesUpToBytes == long.MaxValue
            || (settings.KeepPageTreesUpToBytes > 0 && index.MarkdownBytes(settings.KeepPageTreesUpToBytes) <= settings.KeepPageTreesUpToBytes);
        using var processor = new PageProcessor(links, settings, keepTrees);
        processor.Process(root);
        var pageReader = reader.ProcessingWith(processor.Process);
        List<Page> pages;
        if (settings.Toc == TocMode.Summary && summaryKey is null)
        {
            diagnostics.Report(DiagnosticCodes.SummaryMissing, new SourceLocation(rootKey));
            pages = [root];
        }
        else if (treeFromSummary)
        {
            if (settings.Toc != TocMode.Summary)
            {
                diagnostics.Report(DiagnosticCodes.SummaryUsed, new SourceLocation(rootKey, 1, 1));
            }

            var summaryText = reader.ReadText(summaryKey!, new SourceLocation(summaryKey!)) ?? string.Empty;
            var entries = SummaryParser.Parse(FrontMatterReader.Read(summaryText, summaryKey!, diagnostics).Body);
            pages = new SummaryTreeBuilder(pageReader, resolver, settings, diagnostics).Build(root, entries, summaryKey!);
        }
        else
        {
            pages = new ContentRefTreeBuilder(pageReader, resolver, settings, diagnostics).Build(root);
        }

        Number(root);

        // 4. Finish the links, assets and quizzes against the finished tree.
        links.ResolveAll(pages);

        // 5. Accessibility of the content, on the resolved pages (warnings, errors when strict, nothing when off).
        Accessibility.AccessibilityChecker.Check(pages, settings.Accessibility, diagnostics);
        foreach (var page in pages)
        {
            page.Load = null;
        }

        // 6. Course metadata: settings first, then the root page.
        var title = settings.Title ?? root.Title;
        var rootFrontMatter = new FrontMatter(root.FrontMatter, string.Empty);
        var language = settings.Language ?? rootFrontMatter.GetString("lang") ?? rootFrontMatter.GetString("language") ?? LanguageGuess.Guess(pages);
        return new Course
        {
            Title = title,
            Language = language,
            Description = root.Description,
            Author = settings.Author ?? rootFrontMatter.GetString("author"),
            Organisation = settings.Organisation ?? rootFrontMatter.GetString("organisation"),
            Logo = Logo(index, settings.Logo),
            Id = settings.Id ?? rootFrontMatter.GetString("id") ?? StableId(title, rootKey),
            Slug = SafeSlug(settings.Slug ?? rootFrontMatter.GetString("slug"), title, settings.Slug is null ? rootKey : CourseConfigurationReader.FileName, diagnostics),
            RootDirectory = rootDirectory,
            FileSystem = fileSystem,
            Root = root,
            Pages = pages,
            Assets = links.Assets,
            Diagnostics = diagnostics.ToSortedList(),
            Settings = settings,
            TreeFromContentRefs = !treeFromSummary && settings.Toc != TocMode.Summary,
        };
    }

    /// <summary>The slug that names output files: the one given when it is a plain file name, else a slug made from it (or the title).</summary>
    private static string SafeSlug(string? given, string title, string file, DiagnosticBag diagnostics)
    {
        if (given is null)
        {
            return Slug(title);
        }

        if (given.Length is > 0 and <= 120 && given is not ("." or "..") && given.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            return given;
        }

        var safe = HeadingIds.AsciiSlug(given);
        safe = safe.Length == 0 ? Slug(title) : safe.Length > 120 ? safe[..120].TrimEnd('-') : safe;
        diagnostics.Report(DiagnosticCodes.SlugNotAFileName, new SourceLocation(file), given, safe);
        return safe;
    }

    /// <summary>The start of a course: its folder, whatever path (folder or root page) was given.</summary>
    public static string CourseDirectory(IFileSystem fileSystem, string coursePath)
    {
        var full = fileSystem.Path.GetFullPath(coursePath);
        return fileSystem.File.Exists(full) ? fileSystem.Path.GetDirectoryName(full)! : full;
    }

    private static Asset? Logo(CourseFileIndex index, string? path)
    {
        if (path is null)
        {
            return null;
        }

        var key = CourseFileIndex.Nfc(path);
        var disk = index.FindFile(key);
        return disk is null ? null : new Asset { Key = key, Kind = AssetKind.Image, Path = key, DiskPath = disk == key ? null : disk, Size = index.Length(disk) };
    }

    private static string? FindRootPage(CourseFileIndex index, string? summaryKey)
    {
        foreach (var candidate in RootCandidates)
        {
            if (index.FindFile(candidate) is not null)
            {
                return candidate;
            }
        }

        if (summaryKey is not null)
        {
            return null;
        }

        // A folder holding a single page (a saved GitBook page, whatever its extension) is a one-page course.
        var single = index.Files.Where(f => !f.Contains('/') && (f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))).ToList();
        return single.Count == 1 ? single[0] : null;
    }

    private static void Number(Page root)
    {
        var stack = new Stack<Page>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var page = stack.Pop();
            for (var i = 0; i < page.Children.Count; i++)
            {
                var child = page.Children[i];
                child.Depth = page.Depth + 1;
                child.Number = page.Number.Length == 0 ? $"{i + 1}" : $"{page.Number}.{i + 1}";
                stack.Push(child);
            }
        }
    }

    private static string StableId(string title, string rootKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + rootKey));
        return "cw-" + Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }

    private static string Slug(string title)
    {
        var slug = HeadingIds.AsciiSlug(title);
        return slug.Length == 0 ? "course" : slug;
    }

    private static Course Empty(IFileSystem fs, string rootDirectory, CourseSettings settings, DiagnosticBag diagnostics)
    {
        var page = new Page { Path = "README.md", DiskPath = "README.md", Title = "Course", Document = new Markdig.Syntax.MarkdownDocument() };
        return new Course
        {
            Title = settings.Title ?? "Course",
            Language = settings.Language ?? "fr-FR",
            Id = settings.Id ?? "course",
            Slug = settings.Slug ?? "course",
            RootDirectory = rootDirectory,
            FileSystem = fs,
            Root = page,
            Pages = [page],
            Assets = [],
            Diagnostics = diagnostics.ToSortedList(),
            Settings = settings,
        };
    }
}

/// <summary>Guesses French or English from the most frequent function words of the first pages.</summary>
internal static class LanguageGuess
{
    private static readonly HashSet<string> French = new(StringComparer.Ordinal) { "le", "la", "les", "des", "est", "une", "et", "du", "pour", "que", "qui", "dans", "sur", "pas", "au", "avec", "vous", "nous" };
    private static readonly HashSet<string> English = new(StringComparer.Ordinal) { "the", "and", "is", "of", "to", "in", "that", "for", "with", "on", "are", "you", "this", "it", "be" };

    public static string Guess(IEnumerable<Page> pages)
    {
        int fr = 0, en = 0;
        foreach (var page in pages.Take(20))
        {
            foreach (var paragraph in page.Document.Descendants<Markdig.Syntax.ParagraphBlock>().Take(50))
            {
                foreach (var word in PageText.Of(paragraph.Inline).ToLowerInvariant().Split([' ', '\'', '\u2019', ',', '.', ';', ':', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (French.Contains(word))
                    {
                        fr++;
                    }
                    else if (English.Contains(word))
                    {
                        en++;
                    }
                }
            }
        }

        return en > fr ? "en-US" : "fr-FR";
    }
}
