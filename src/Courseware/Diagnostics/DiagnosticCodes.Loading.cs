namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW00xx: files and text
    public static readonly DiagnosticDescriptor CourseNotFound = Error("CW0001", "course not found: {0}", "Give the path of a course folder or of its root Markdown page.");
    public static readonly DiagnosticDescriptor RootPageMissing = Error("CW0002", "the course folder has no README.md (and no SUMMARY.md to start from)", "Add a README.md root page, or pass the root page's file path.");
    public static readonly DiagnosticDescriptor FileUnreadable = Error("CW0003", "cannot read file: {0}", "Check the file exists and is readable.");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("CW0004", "file is {0} bytes, above the limit of {1} bytes", "Split the page, or raise the limit in courseware.yml (maxFileBytes).");
    public static readonly DiagnosticDescriptor InvalidUtf8 = Error("CW0010", "invalid UTF-8 byte sequence (0x{0}); replaced by U+FFFD", "Re-save the file as UTF-8.");
    public static readonly DiagnosticDescriptor MojibakeRepaired = Warning("CW0011", "text was UTF-8 decoded as {0} and saved again (mojibake, e.g. '{1}'); repaired in memory", "Re-save the file as UTF-8 with the repaired text (courseware shows it in 'inspect').");
    public static readonly DiagnosticDescriptor Utf16WithoutBom = Warning("CW0013", "the file looks like UTF-16 {0} without a byte order mark; read as UTF-16", "Re-save the file as UTF-8.");
    public static readonly DiagnosticDescriptor ControlCharacter = Warning("CW0012", "control character U+{0:X4} removed", "Delete the invisible character from the file.");
    public static readonly DiagnosticDescriptor FrontMatterInvalid = Error("CW0020", "front matter is not valid YAML: {0}", "Fix the YAML between the '---' lines at the top of the page.");
    public static readonly DiagnosticDescriptor FrontMatterUnclosed = Warning("CW0021", "front matter starts with '---' but is never closed; read as Markdown", "Close the front matter with a '---' line.");
    public static readonly DiagnosticDescriptor FrontMatterWrongType = Warning("CW0022", "front matter key '{0}' should be {1}", "Give the key a value of the expected type.");
    public static readonly DiagnosticDescriptor SlugNotAFileName = Warning("CW0023", "slug '{0}' is not a plain file name; '{1}' names the files", "Use only unaccented letters, digits, '-', '.' and '_' in the slug.");
    public static readonly DiagnosticDescriptor TooManyPages = Error("CW0030", "the course has more than {0} pages; the rest is left out", "Raise maxPages in courseware.yml or split the course.");
    public static readonly DiagnosticDescriptor AssetTooLarge = Error("CW0031", "'{0}' is {1} bytes, above the limit of {2} bytes for one file; left out", "Compress or split the file, or raise maxAssetBytes in courseware.yml.");
    public static readonly DiagnosticDescriptor AssetsTooLarge = Error("CW0032", "'{0}' brings the course's files to more than {1} bytes in all; left out", "Remove unused or oversized files, or raise maxTotalAssetBytes in courseware.yml.");

    // CW01xx: the page tree
    public static readonly DiagnosticDescriptor ContentRefTargetMissing = Error("CW0101", "content-ref target not found: '{0}'", "Fix the url of the content-ref, or create the page.");
    public static readonly DiagnosticDescriptor PageReferencedTwice = Warning("CW0102", "page '{0}' is already in the tree (under '{1}'); this reference is left out of the tree", "Reference each page from one parent only.");
    public static readonly DiagnosticDescriptor ContentRefCycle = Error("CW0103", "content-ref cycle: {0}; the loop is broken here", "Remove the content-ref that points back to an ancestor page.");
    public static readonly DiagnosticDescriptor ContentRefBroken = Error("CW0104", "content-ref points to a page GitBook could not resolve ('{0}')", "Point the content-ref at an existing page.");
    public static readonly DiagnosticDescriptor ContentRefRemote = Warning("CW0105", "content-ref to an external URL '{0}' is kept as a link, not as a chapter", "Point the content-ref at a page of this course.");
    public static readonly DiagnosticDescriptor ContentRefNotMarkdown = Error("CW0106", "content-ref target '{0}' is not a Markdown page", "Content-refs that build the tree must point to .md pages.");
    public static readonly DiagnosticDescriptor HiddenPageSkipped = Info("CW0110", "page '{0}' is hidden (front matter 'hidden: true') and left out; use --include-hidden to keep it", "Remove 'hidden: true' or pass --include-hidden.");
    public static readonly DiagnosticDescriptor SummaryEntryMissing = Error("CW0120", "SUMMARY.md entry not found: '{0}'", "Fix the link in SUMMARY.md or create the page.");
    public static readonly DiagnosticDescriptor SummaryUsed = Info("CW0121", "the root page has no content-ref; the chapter order comes from SUMMARY.md", "Nothing to fix.");
    public static readonly DiagnosticDescriptor SummaryMissing = Error("CW0122", "--toc summary was asked but the course has no SUMMARY.md", "Add a SUMMARY.md or use --toc content-ref.");
    public static readonly DiagnosticDescriptor SummaryExternalEntry = Info("CW0123", "SUMMARY.md entry '{0}' links to an external URL and is not a page", "Nothing to fix.");
    public static readonly DiagnosticDescriptor TreeTooDeep = Error("CW0130", "the page tree is deeper than {0} levels; deeper pages are left out", "Flatten the course structure.");
}
