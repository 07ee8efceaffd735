namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW02xx: Markdown and GitBook tags
    public static readonly DiagnosticDescriptor UnknownGitBookTag = Warning("CW0201", "unknown GitBook tag '{{% {0} %}}'; kept as text", "Use one of hint, tabs/tab, embed, file, content-ref, page-ref, code, include, stepper/step, columns/column, openapi, openapi-operation, openapi-schemas, swagger, or remove the tag.");
    public static readonly DiagnosticDescriptor OrphanEndTag = Warning("CW0202", "'{{% end{0} %}}' closes no open '{{% {0} %}}'; kept as text", "Remove the end tag or add the missing opening tag.");
    public static readonly DiagnosticDescriptor UnclosedGitBookTag = Warning("CW0203", "'{{% {0} %}}' is never closed ('{{% end{0} %}}' missing); the block runs to the end of its container", "Add '{{% end{0} %}}' on its own line where the block ends.");
    public static readonly DiagnosticDescriptor UnterminatedAttributeQuote = Warning("CW0204", "attribute '{0}' of '{{% {1} %}}' has no closing quote; its value is read up to '%}}'", "Add the closing quote.");
    public static readonly DiagnosticDescriptor UnknownHintStyle = Warning("CW0205", "unknown hint style '{0}'; 'info' is used", "Use style=\"info\", \"success\", \"warning\" or \"danger\".");
    public static readonly DiagnosticDescriptor MissingTagAttribute = Warning("CW0206", "'{{% {0} %}}' has no {1}", "Give the tag its {1}.");
    public static readonly DiagnosticDescriptor UnterminatedGitBookTag = Warning("CW0209", "'{{% {0}' does not end with '%}}'; the line is kept as text", "End the tag with '%}}', e.g. {{% hint style=\"info\" %}}.");
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("CW0208", "the page nests blocks too deeply to be parsed; it is kept as plain text", "Close the blocks (end tags, </details>, quotes) that are left open, or flatten the page.");
    public static readonly DiagnosticDescriptor MisplacedGitBookTag = Warning("CW0207", "'{{% {0} %}}' is outside '{{% {1} %}}'", "Put each '{{% {0} %}}' inside a '{{% {1} %}}' block.");

    // CW021x: HTML written by GitBook inside Markdown
    public static readonly DiagnosticDescriptor UnclosedDetails = Warning("CW0210", "<details> is never closed (</details> missing); it runs to the end of its container", "Add </details> on its own line where the block ends.");
    public static readonly DiagnosticDescriptor OrphanDetailsEnd = Warning("CW0211", "</details> closes no open <details>; kept as HTML", "Remove the stray </details>.");
    public static readonly DiagnosticDescriptor FigureWithoutImage = Warning("CW0212", "<figure> holds no <img src>; kept as HTML", "Put an <img src=\"…\"> inside the figure.");

    // CW022x: API reference blocks (openapi, swagger)
    public static readonly DiagnosticDescriptor ApiSpecMissing = Warning("CW0220", "API specification '{0}' not found; the block shows only its method, path and link", "Fix the src path of the openapi block, or add the spec file to the course.");
    public static readonly DiagnosticDescriptor ApiSpecUnreadable = Warning("CW0221", "API specification '{0}' cannot be read ({1}); the block shows only its method, path and link", "Save the spec as valid OpenAPI or Swagger JSON or YAML.");
    public static readonly DiagnosticDescriptor ApiOperationNotInSpec = Warning("CW0222", "operation {0} {1} is not in the API specification '{2}'; the block shows only its method, path and link", "Check the path and method of the block against the paths of the spec.");
}
