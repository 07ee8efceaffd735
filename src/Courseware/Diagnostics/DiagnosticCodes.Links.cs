namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW03xx: links, anchors, assets and confinement
    public static readonly DiagnosticDescriptor PathClimbsAboveRoot = Warning("CW0301", "path '{0}' climbs above the course root; clamped at the root as GitBook does", "Remove the extra '../' from the path.");
    public static readonly DiagnosticDescriptor AbsolutePathRefused = Error("CW0302", "absolute path '{0}' refused: nothing outside the course folder is read", "Use a path relative to the page.");
    public static readonly DiagnosticDescriptor FileUrlRefused = Error("CW0303", "file: URL '{0}' refused: nothing outside the course folder is read", "Copy the file into the course and link it with a relative path.");
    public static readonly DiagnosticDescriptor SymlinkOutsideRefused = Error("CW0304", "'{0}' is a link to a file outside the course folder; refused", "Copy the file into the course folder.");
    public static readonly DiagnosticDescriptor LinkTargetMissing = Warning("CW0310", "link target not found: '{0}'", "Fix the link or create the target file.");
    public static readonly DiagnosticDescriptor AnchorMissing = Warning("CW0311", "anchor '#{0}' not found in '{1}'", "Link to an existing heading (see 'courseware inspect' for the heading ids).");
    public static readonly DiagnosticDescriptor AssetMissing = Warning("CW0312", "file not found: '{0}'", "Add the file to the course (usually under .gitbook/assets/) or fix the path.");
    public static readonly DiagnosticDescriptor AssetNameCaseDiffers = Warning("CW0318", "file not found: '{0}'; the course has '{1}', whose name differs only in case", "Write the name exactly as the file is named: GitBook and most web servers tell upper and lower case apart.");
    public static readonly DiagnosticDescriptor PageNotInTree = Warning("CW0313", "link to page '{0}', which is not in the exported tree; kept as text", "Reference the page from a content-ref or SUMMARY.md, or remove the link.");
    public static readonly DiagnosticDescriptor RemoteAsset = Info("CW0314", "remote {0} '{1}' is kept as a link; the package is not self-contained", "Copy the file into .gitbook/assets/, or export with --remote-assets download.");
    public static readonly DiagnosticDescriptor IncludeTooDeep = Error("CW0316", "includes nested more than {0} deep; not inlined", "Check that included files do not include each other.");
    public static readonly DiagnosticDescriptor LinkMarkedBroken = Warning("CW0317", "link that GitBook marked as broken ('{0}'): the page it pointed to was deleted or moved; kept as text", "Point the link at an existing page, or remove it.");
    public static readonly DiagnosticDescriptor UnsupportedUrlScheme = Warning("CW0315", "URL scheme of '{0}' is not allowed; link removed", "Use http(s), mailto or a relative path.");
}
