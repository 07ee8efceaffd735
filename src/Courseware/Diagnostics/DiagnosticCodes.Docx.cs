namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW07xx: Word documents
    public static readonly DiagnosticDescriptor DocxReferenceUnreadable = Warning("CW0701", "reference document '{0}' cannot be used ({1}); the default styles are used", "Give a .docx file saved by Word or LibreOffice.");
    public static readonly DiagnosticDescriptor DocxImageUnreadable = Warning("CW0702", "image '{0}' is not a PNG, JPEG or GIF file Word can show; a placeholder is written", "Convert the image to PNG or JPEG.");
    public static readonly DiagnosticDescriptor DocxImageMissing = Warning("CW0703", "image '{0}' is missing; a placeholder is written", "Add the file to the course or fix the path.");
    public static readonly DiagnosticDescriptor DocxRemoteImageLinked = Info("CW0704", "remote image '{0}' is written as a link, not embedded", "Copy the image into the course, or export with --remote-assets download.");
    public static readonly DiagnosticDescriptor DocxDownloadFailed = Warning("CW0705", "remote image '{0}' could not be downloaded ({1}); written as a link", "Check the URL, or copy the image into the course.");
    public static readonly DiagnosticDescriptor DocxInvalidUrl = Warning("CW0706", "link '{0}' is not a valid absolute URL; written as text", "Fix the URL.");
    public static readonly DiagnosticDescriptor DocxRawHtmlDropped = Info("CW0707", "raw HTML <{0}> has no Word equivalent; its text is kept", "Write the content in Markdown.");
    public static readonly DiagnosticDescriptor DocxSvgUnreadable = Warning("CW0708", "SVG image '{0}' could not be read: {1}; a placeholder is written", "Check the file is a valid SVG image (open it in a browser), or convert it to PNG.");
}
