namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW05xx: SCORM packages and their HTML pages
    public static readonly DiagnosticDescriptor RawHtmlSanitized = Warning("CW0501", "raw HTML was sanitised: {0} removed", "Remove the script, event handler or javascript: URL, or export with --allow-raw-html if the HTML is trusted.");
    public static readonly DiagnosticDescriptor RemoteAssetKeptAsLink = Warning("CW0502", "remote {0} '{1}' is kept as a link: the SCORM package is not self-contained", "Copy the file into .gitbook/assets/, or export with --remote-assets download.");
    public static readonly DiagnosticDescriptor RemoteAssetDownloadFailed = Warning("CW0503", "could not download '{0}' ({1}); kept as a link", "Check the URL, or copy the file into the course.");
    public static readonly DiagnosticDescriptor RemoteAssetTooLarge = Warning("CW0504", "'{0}' is larger than {1} bytes; kept as a link", "Copy a smaller file into the course, or raise the download limit.");
    public static readonly DiagnosticDescriptor AssetNotPackaged = Warning("CW0505", "file '{0}' is missing and is left out of the package", "Add the file to the course or fix the path.");
    public static readonly DiagnosticDescriptor TooManyChoicesForScorm12 = Warning("CW0506", "question '{0}' has {1} choices; SCORM 1.2 interactions can record 36 at most, the others are recorded without an identifier", "Split the question, or export as SCORM 2004.");
    public static readonly DiagnosticDescriptor EmbedNotFramed = Info("CW0507", "embed '{0}' is shown as a link card; export with --embeds iframe to frame it", "Nothing to fix.");
    public static readonly DiagnosticDescriptor EssayNotScored = Info("CW0508", "essay question '{0}' is recorded but not scored: it counts neither for nor against the score", "Nothing to fix; grade essays in the LMS.");
}
