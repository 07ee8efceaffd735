namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW02xx: Markdown and GitBook tags
    public static readonly DiagnosticDescriptor UnknownGitBookTag = Warning("CW0201", "unknown GitBook tag '{{% {0} %}}'; kept as text", "Use one of hint, tabs/tab, embed, file, content-ref, code, include, stepper/step, openapi, openapi-operation, openapi-schemas, swagger, or remove the tag.");
    public static readonly DiagnosticDescriptor OrphanEndTag = Warning("CW0202", "'{{% end{0} %}}' closes no open '{{% {0} %}}'; kept as text", "Remove the end tag or add the missing opening tag.");
    public static readonly DiagnosticDescriptor UnclosedGitBookTag = Warning("CW0203", "'{{% {0} %}}' is never closed ('{{% end{0} %}}' missing); the block runs to the end of its container", "Add '{{% end{0} %}}' on its own line where the block ends.");
    public static readonly DiagnosticDescriptor UnterminatedAttributeQuote = Warning("CW0204", "attribute '{0}' of '{{% {1} %}}' has no closing quote; its value is read up to '%}}'", "Add the closing quote.");
    public static readonly DiagnosticDescriptor UnknownHintStyle = Warning("CW0205", "unknown hint style '{0}'; 'info' is used", "Use style=\"info\", \"success\", \"warning\" or \"danger\".");
    public static readonly DiagnosticDescriptor MissingTagAttribute = Warning("CW0206", "'{{% {0} %}}' has no {1}", "Give the tag its {1}.");
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("CW0208", "the page nests blocks too deeply to be parsed; it is kept as plain text", "Close the blocks (end tags, </details>, quotes) that are left open, or flatten the page.");
    public static readonly DiagnosticDescriptor MisplacedGitBookTag = Warning("CW0207", "'{{% {0} %}}' is outside '{{% {1} %}}'", "Put each '{{% {0} %}}' inside a '{{% {1} %}}' block.");

    // CW021x: HTML written by GitBook inside Markdown
    public static readonly DiagnosticDescriptor UnclosedDetails = Warning("CW0210", "<details> is never closed (</details> missing); it runs to the end of its container", "Add </details> on its own line where the block ends.");
    public static readonly DiagnosticDescriptor OrphanDetailsEnd = Warning("CW0211", "</details> closes no open <details>; kept as HTML", "Remove the stray </details>.");
    public static readonly DiagnosticDescriptor FigureWithoutImage = Warning("CW0212", "<figure> holds no <img src>; kept as HTML", "Put an <img src=\"…\"> inside the figure.");
}
