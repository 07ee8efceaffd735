using Courseware.Markdown.GitBook.Api;
using Courseware.Markdown.GitBook.Code;
using Courseware.Markdown.GitBook.Columns;
using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Embed;
using Courseware.Markdown.GitBook.File;
using Courseware.Markdown.GitBook.Hint;
using Courseware.Markdown.GitBook.Html;
using Courseware.Markdown.GitBook.Include;
using Courseware.Markdown.GitBook.Stepper;
using Courseware.Markdown.GitBook.Tabs;
using Markdig;
using Markdig.Parsers;

namespace Courseware.Markdown.GitBook;

/// <summary>The <c>UseXxx()</c> methods that add GitBook's markup to a Markdig pipeline, one per feature folder.</summary>
public static class GitBookMarkdownExtensions
{
    /// <summary>Every GitBook tag and the HTML forms GitBook writes.</summary>
    public static MarkdownPipelineBuilder UseGitBook(this MarkdownPipelineBuilder pipeline) => pipeline
        .UseGitBookHints()
        .UseGitBookTabs()
        .UseGitBookEmbeds()
        .UseGitBookFiles()
        .UseGitBookContentRefs()
        .UseGitBookCodeTitles()
        .UseGitBookIncludes()
        .UseGitBookSteppers()
        .UseGitBookColumns()
        .UseGitBookApiBlocks()
        .UseGitBookHtml();

    /// <summary><c>{% hint %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookHints(this MarkdownPipelineBuilder pipeline) => pipeline.Use<HintExtension>();

    /// <summary><c>{% tabs %}</c> and <c>{% tab %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookTabs(this MarkdownPipelineBuilder pipeline) => pipeline.Use<TabsExtension>();

    /// <summary><c>{% embed %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookEmbeds(this MarkdownPipelineBuilder pipeline) => pipeline.Use<EmbedExtension>();

    /// <summary><c>{% file %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookFiles(this MarkdownPipelineBuilder pipeline) => pipeline.Use<FileExtension>();

    /// <summary><c>{% content-ref %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookContentRefs(this MarkdownPipelineBuilder pipeline) => pipeline.Use<ContentRefExtension>();

    /// <summary><c>{% code %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookCodeTitles(this MarkdownPipelineBuilder pipeline) => pipeline.Use<CodeTitleExtension>();

    /// <summary><c>{% include %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookIncludes(this MarkdownPipelineBuilder pipeline) => pipeline.Use<IncludeExtension>();

    /// <summary><c>{% stepper %}</c> and <c>{% step %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookSteppers(this MarkdownPipelineBuilder pipeline) => pipeline.Use<StepperExtension>();

    /// <summary><c>{% columns %}</c> and <c>{% column %}</c>.</summary>
    public static MarkdownPipelineBuilder UseGitBookColumns(this MarkdownPipelineBuilder pipeline) => pipeline.Use<ColumnsExtension>();

    /// <summary><c>{% openapi %}</c>, <c>{% openapi-operation %}</c>, <c>{% openapi-schemas %}</c> and <c>{% swagger %}</c> with its parts.</summary>
    public static MarkdownPipelineBuilder UseGitBookApiBlocks(this MarkdownPipelineBuilder pipeline) => pipeline.Use<ApiOperationExtension>();

    /// <summary><c>&lt;details&gt;</c>, <c>&lt;figure&gt;</c>, <c>&lt;mark&gt;</c>, <c>&lt;img&gt;</c>, <c>&lt;br&gt;</c> and heading anchors.</summary>
    public static MarkdownPipelineBuilder UseGitBookHtml(this MarkdownPipelineBuilder pipeline) => pipeline.Use<GitBookHtmlExtension>();

    /// <summary>
    /// Adds a tag parser before <see cref="UnknownGitBookTagParser"/> (added first if missing), so that known tags are
    /// tried before a line is reported as an unknown tag.
    /// </summary>
    internal static void AddGitBookTagParser<TParser>(this MarkdownPipelineBuilder pipeline, TParser parser)
        where TParser : BlockParser, IGitBookTagParser
    {
        pipeline.BlockParsers.AddIfNotAlready<UnknownGitBookTagParser>();
        pipeline.DocumentProcessed -= GitBookTagIndex.Release;
        pipeline.DocumentProcessed += GitBookTagIndex.Release;
        if (!pipeline.BlockParsers.Contains<TParser>())
        {
            pipeline.BlockParsers.InsertBefore<UnknownGitBookTagParser>(parser);
        }
    }
}
