using Courseware.Diagnostics;
using Courseware.Model;
using Markdig;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>Reads one Markdown file of the course into a <see cref="Page"/>: bytes, text repair, front matter, Markdown AST, title.</summary>
internal sealed class PageReader(CourseFileIndex index, MarkdownPipeline pipeline, CourseSettings settings, DiagnosticBag diagnostics)
{
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

    /// <summary>Reads a page; null when its file cannot be read.</summary>
    public Page? Read(string key, SourceLocation referencedFrom)
    {
        var text = ReadText(key, referencedFrom);
        if (text is null)
        {
            return null;
        }

        var frontMatter = FrontMatterReader.Read(text, key, diagnostics);
        ReportWrongTypes(frontMatter, key);
        var document = Parse(frontMatter.Body, key);
        var page = new Page
        {
            Path = key,
            DiskPath = index.FindFile(key) ?? key,
            Title = frontMatter.GetString("title") ?? PageText.FirstHeading(document) ?? TitleFromFileName(key),
            Description = frontMatter.GetString("description"),
            FrontMatter = frontMatter.Values,
            Hidden = frontMatter.GetBool("hidden"),
            Document = document,
        };
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
