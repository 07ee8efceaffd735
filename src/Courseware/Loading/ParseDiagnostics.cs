using Courseware.Diagnostics;
using Courseware.Markdown.GitBook;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>Moves the diagnostics the Markdown extensions recorded while parsing into the course's bag, with the file name.</summary>
internal static class ParseDiagnostics
{
    public static void Collect(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        foreach (var problem in GitBookParseDiagnostics.Get(document))
        {
            diagnostics.Add(problem.ToDiagnostic(file));
        }
    }
}
