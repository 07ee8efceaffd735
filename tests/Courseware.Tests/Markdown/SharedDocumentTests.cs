using System.Reflection;
using Courseware.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Tests.Markdown;

/// <summary>
/// A parsed page is read by several exporters at once, so reading it must not write into it. Markdig cuts a code span's
/// text out of the page on first read and stores the cut; the pipeline does that read itself, before the page is shared.
/// </summary>
public class SharedDocumentTests
{
    private const string Page = """
        # Titre

        Du `code` dans un paragraphe, et **du `code` en gras**.

        <details>

        <summary>Le résumé a du `code`</summary>

        Et le corps aussi : `ls -la`.

        </details>

        | Colonne | `code` |
        | --- | --- |
        | `a` | b |
        """;

    [Fact]
    public void Every_code_span_text_is_already_cut_out_after_parsing()
    {
        var document = GitBookPipeline.Parse(Page, GitBookPipeline.Create());
        var spans = AllCodeInlines(document);
        Assert.True(spans.Count >= 5, $"only {spans.Count} code spans found");
        foreach (var span in spans)
        {
            Assert.True(IsCut(span), $"the text of code span at line {span.Line + 1} is still a slice of the page");
        }
    }

    [Fact]
    public void Reading_the_same_page_from_many_threads_gives_the_same_texts()
    {
        var document = GitBookPipeline.Parse(string.Concat(Enumerable.Repeat(Page + "\n\n", 200)), GitBookPipeline.Create());
        var spans = AllCodeInlines(document);
        var expected = spans.Select(s => s.Content).ToList();
        var results = new string[8][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t => results[t] = [.. spans.Select(s => s.Content)]);
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Contains("ls -la", expected);
    }

    [Fact]
    public void Markdig_keeps_lazily_cut_texts_only_in_code_spans()
    {
        // If a Markdig upgrade cuts other texts lazily, GitBookPipeline.ReadyForSharing must read those too.
        var lazy = typeof(CodeInline).Assembly.GetType("Markdig.Helpers.LazySubstring");
        Assert.NotNull(lazy);
        var holders = typeof(CodeInline).Assembly.GetTypes()
            .Where(t => t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Any(f => f.FieldType == lazy))
            .Select(t => t.FullName)
            .ToList();
        Assert.Equal(["Markdig.Syntax.Inlines.CodeInline"], holders);
    }

    private static List<CodeInline> AllCodeInlines(MarkdownDocument document)
    {
        var found = new List<CodeInline>();
        var stack = new Stack<(MarkdownObject Node, string File)>();
        stack.Push((document, string.Empty));
        while (stack.TryPop(out var item))
        {
            if (item.Node is CodeInline code)
            {
                found.Add(code);
            }

            Courseware.Loading.PageWalk.PushChildren(stack, item.Node, item.File);
        }

        return found;
    }

    /// <summary>True when the span's stored text is the whole string (offset 0, full length): nothing left to cut.</summary>
    private static bool IsCut(CodeInline span)
    {
        var field = typeof(CodeInline).GetField("_content", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var lazy = field.GetValue(span)!;
        var type = lazy.GetType();
        var text = (string)type.GetField("_text", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(lazy)!;
        var offset = (int)type.GetField("Offset")!.GetValue(lazy)!;
        var length = (int)type.GetField("Length")!.GetValue(lazy)!;
        return offset == 0 && length == text.Length;
    }
}
