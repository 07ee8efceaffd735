using System.Text;
using Markdig;
using Markdig.Syntax;

namespace Courseware.Quizzes;

/// <summary>
/// Turns a quiz text of any format into a Markdig document, so that every output renders questions, answers and feedback
/// with the renderers it already has for pages: <c>[markdown]</c> is parsed as Markdown, <c>[plain]</c> is literal text,
/// <c>[html]</c> and <c>[moodle]</c> (HTML allowed, line breaks kept) become one raw HTML block that renderers sanitise.
/// </summary>
public static class QuizTextMarkdown
{
    /// <summary>The Markdown source equivalent to <paramref name="text"/>.</summary>
    public static string ToMarkdown(QuizText text) => text.Format switch
    {
        TextFormat.Markdown => text.Text,
        TextFormat.Plain => EscapePlain(text.Text),
        TextFormat.Html => HtmlBlock(text.Text),
        _ => HtmlBlock(string.Join("<br>\n", text.Text.Split('\n'))),
    };

    /// <summary>The parsed document of <paramref name="text"/> (use the course pipeline, <c>GitBookPipeline.Create()</c>).</summary>
    public static MarkdownDocument ToDocument(QuizText text, MarkdownPipeline pipeline) => Markdig.Markdown.Parse(ToMarkdown(text), pipeline);

    /// <summary>Every ASCII punctuation character backslash-escaped, line breaks kept as hard breaks, blank lines kept as paragraphs.</summary>
    private static string EscapePlain(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            foreach (var c in line)
            {
                if (char.IsAsciiLetterOrDigit(c) || c > 127 || char.IsWhiteSpace(c) || !char.IsPunctuation(c) && !char.IsSymbol(c))
                {
                    sb.Append(c);
                }
                else
                {
                    sb.Append('\\').Append(c);
                }
            }

            if (i < lines.Length - 1)
            {
                var blankNext = lines[i + 1].Trim().Length == 0;
                sb.Append(line.Length == 0 || blankNext ? "\n" : "\\\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>One HTML block: a <c>div</c> holding the text with its blank lines removed (a blank line would end the block).</summary>
    private static string HtmlBlock(string html)
    {
        var lines = html.Split('\n').Where(l => l.Trim().Length > 0);
        return "<div class=\"quiz-text\">\n" + string.Join('\n', lines) + "\n</div>";
    }
}
