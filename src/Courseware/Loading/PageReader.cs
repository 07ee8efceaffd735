using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Courseware.Diagnostics;
using Courseware.Model;
using Markdig;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>
/// Reads one Markdown file of the course into a <see cref="Page"/>: bytes, text repair, front matter, Markdown AST, title;
/// then, when given a <paramref name="process"/>, does the page's own work at once, on the thread that read it.
/// </summary>
internal sealed class PageReader(CourseFileIndex index, MarkdownPipeline pipeline, CourseSettings settings, DiagnosticBag diagnostics, Action<Page>? process = null)
{
    /// <summary>
    /// Pages read ahead on the thread pool, each with its own diagnostics; taken (or dropped) by <see cref="Read"/>. Made on the
    /// first read ahead: the readers that work for other threads (one per page read ahead, one per include) never need it.
    /// </summary>
    private ConcurrentDictionary<string, PageReadAhead>? _ahead;

    /// <summary>A reader of the same course that reports to <paramref name="bag"/>: for work on other threads, whose diagnostics join the course's later.</summary>
    public PageReader WithDiagnostics(DiagnosticBag bag) => new(index, pipeline, settings, bag, process);

    /// <summary>A reader of the same course that gives each page it reads to <paramref name="work"/> (see <see cref="PageProcessor"/>).</summary>
    public PageReader ProcessingWith(Action<Page> work) => new(index, pipeline, settings, diagnostics, work);

    /// <summary>Reads the text of a course file, or null (with a diagnostic) when it cannot be read.</summary>
    public string? ReadText(string key, SourceLocation referencedFrom)
    {
        var disk = index.FindFile(key);
        if (disk is null)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, referencedFrom, key);
            return null;
        }

        try
        {
            var length = index.Length(disk);
            if (length > settings.MaxFileBytes)
            {
                diagnostics.Report(DiagnosticCodes.FileTooLarge, new SourceLocation(key), length, settings.MaxFileBytes);
                return null;
            }

            var bytes = index.FileSystem.File.ReadAllBytes(index.FullPath(disk));
            return SourceTextReader.Decode(bytes, key, diagnostics);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.FileUnreadable, new SourceLocation(key), $"{key}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Parses Markdown text with the course pipeline, adding the parser's diagnostics for <paramref name="key"/>.</summary>
    public MarkdownDocument Parse(string body, string key)
    {
        var document = Markdown.GitBookPipeline.Parse(body, pipeline);
        ParseDiagnostics.Collect(document, key, diagnostics);
        return document;
    }

    /// <summary>
    /// Parses a page's whole text, front matter included (see <see cref="FrontMatterReader.Scan"/>): the parser reads the
    /// front matter as its own block, which is dropped, so no copy of the text with the front matter blanked is made. When the
    /// parser does not end the front matter where the reader does, the blanked copy is parsed instead.
    /// </summary>
    public MarkdownDocument ParsePage(string text, int closingLineStart, int closingLineEnd, string key)
    {
        if (closingLineStart < 0)
        {
            return Parse(text, key);
        }

        var document = Markdown.GitBookPipeline.Parse(text, pipeline);
        if (OpensWithFrontMatter(document, closingLineStart, closingLineEnd))
        {
            document.RemoveAt(0);
            ParseDiagnostics.Collect(document, key, diagnostics);
            return document;
        }

        return Parse(FrontMatterReader.Blank(text, closingLineEnd), key);
    }

    /// <summary>True when the parser read the front matter as the first block, ending on the closing line the reader found.</summary>
    internal static bool OpensWithFrontMatter(MarkdownDocument document, int closingLineStart, int closingLineEnd) =>
        document.Count > 0 && document[0] is Markdig.Extensions.Yaml.YamlFrontMatterBlock yaml
        && yaml.Span.Start == 0 && yaml.Span.End >= closingLineStart && yaml.Span.End < closingLineEnd;

    /// <summary>
    /// Starts reading and parsing the page of <paramref name="key"/> on the thread pool, so that the pages of a tree are
    /// parsed on every core while the tree is walked. <see cref="Read"/> takes the result, with its diagnostics added at
    /// that moment, so the model and the diagnostics are the same as without reading ahead.
    /// </summary>
    public void ReadAhead(string key)
    {
        _ahead ??= new(StringComparer.Ordinal);
        if (index.FindFile(key) is null || _ahead.ContainsKey(key))
        {
            return;
        }

        var ahead = new PageReadAhead(() =>
        {
            var bag = new DiagnosticBag();
            return (new PageReader(index, pipeline, settings, bag, process).ReadNow(key, new SourceLocation(key)), bag);
        });
        if (_ahead.TryAdd(key, ahead))
        {
            ThreadPool.UnsafeQueueUserWorkItem(static a => a.RunUnlessTaken(), ahead, preferLocal: false);
        }
    }

    /// <summary>Drops the pages read ahead that the walk did not take, waiting for those being read (none is started any more).</summary>
    public void DropReadAhead()
    {
        if (_ahead is null)
        {
            return;
        }

        foreach (var key in _ahead.Keys)
        {
            if (_ahead.TryRemove(key, out var ahead))
            {
                ahead.Drop();
            }
        }
    }

    /// <summary>Reads a page; null when its file cannot be read.</summary>
    public Page? Read(string key, SourceLocation referencedFrom)
    {
        // A page read ahead is taken as it is (the caller's thread reads it if no worker has started it yet); one that
        // failed is read again here so that its diagnostics point at this reference.
        if (_ahead is not null && _ahead.TryRemove(key, out var ahead) && ahead.Take() is ({ } page, var bag))
        {
            diagnostics.AddRange(bag.ToList());
            return page;
        }

        return ReadNow(key, referencedFrom);
    }

    private Page? ReadNow(string key, SourceLocation referencedFrom)
    {
        var text = ReadText(key, referencedFrom);
        if (text is null)
        {
            return null;
        }

        var (values, closingLineStart, closingLineEnd) = FrontMatterReader.Scan(text, key, diagnostics);
        var frontMatter = new FrontMatter(values, string.Empty);
        ReportWrongTypes(frontMatter, key);
        var document = ParsePage(text, closingLineStart, closingLineEnd, key);
        var page = new Page
        {
            Path = key,
            DiskPath = index.FindFile(key) ?? key,
            Title = frontMatter.GetString("title") ?? PageText.FirstHeading(document) ?? TitleFromFileName(key),
            TitleIsFileName = frontMatter.GetString("title") is null && PageText.FirstHeading(document) is null,
            Description = frontMatter.GetString("description"),
            FrontMatter = frontMatter.Values,
            Hidden = frontMatter.GetBool("hidden"),
            Document = document,
            Load = new PageLoadState(new PageMarkdown(text, closingLineStart, closingLineEnd)),
        };
        process?.Invoke(page);
        return page;
    }

    /// <summary>Keys the loader reads must hold text (or a yes/no); a list or a mapping there would otherwise be dropped silently.</summary>
    private void ReportWrongTypes(FrontMatter frontMatter, string key)
    {
        foreach (var name in (string[])["title", "description", "hidden", "lang", "language", "author", "id", "slug"])
        {
            if (!frontMatter.Values.TryGetValue(name, out var value) || value is null)
            {
                continue;
            }

            if (name == "hidden")
            {
                if (value is not string flag || !(flag.Trim().ToLowerInvariant() is "true" or "false" or "yes" or "no" or ""))
                {
                    diagnostics.Report(DiagnosticCodes.FrontMatterWrongType, new SourceLocation(key, 1, 1), name, DiagnosticPhrases.TrueOrFalse);
                }
            }
            else if (value is not string)
            {
                diagnostics.Report(DiagnosticCodes.FrontMatterWrongType, new SourceLocation(key, 1, 1), name, DiagnosticPhrases.Text);
            }
        }
    }

    private static string TitleFromFileName(string key)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(key);
        if (name.Equals("README", StringComparison.OrdinalIgnoreCase))
        {
            var slash = key.LastIndexOf('/');
            name = slash > 0 ? System.IO.Path.GetFileName(key[..slash]) : name;
        }

        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? key : char.ToUpperInvariant(words[0]) + words[1..];
    }
}

/// <summary>
/// One page read ahead: whichever thread comes first reads it, the walk's thread (which then waits for nobody) or a worker
/// of the pool (the walk's thread then waits for it). A worker that comes second does nothing and takes the next page, so
/// workers never queue behind the walk.
/// </summary>
internal sealed class PageReadAhead(Func<(Page? Page, DiagnosticBag Diagnostics)> reader)
{
    private readonly ManualResetEventSlim _done = new();
    private int _started;
    private (Page? Page, DiagnosticBag Diagnostics) _result;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Reads the page on this thread unless another thread has started it (a worker's call).</summary>
    public void RunUnlessTaken()
    {
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return;
        }

        try
        {
            _result = reader();
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _done.Set();
        }
    }

    /// <summary>The page and its diagnostics: read here if nobody started it, else when the thread reading it is done.</summary>
    public (Page? Page, DiagnosticBag Diagnostics) Take()
    {
        RunUnlessTaken();
        _done.Wait();
        _done.Dispose();
        _failure?.Throw();
        return _result;
    }

    /// <summary>Makes sure no thread starts the page any more, and waits for one that has.</summary>
    public void Drop()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            return;
        }

        _done.Wait();
        _done.Dispose();
    }
}
