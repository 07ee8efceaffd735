namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW06xx: PDF handouts
    public static readonly DiagnosticDescriptor PdfNoFont = Error("CW0601", "no font to draw the PDF handout with: {0}", "Install a TrueType font family (e.g. 'apt-get install fonts-dejavu-core' or 'fonts-noto-core'), or pass a folder of TTF files with --fonts.");
    public static readonly DiagnosticDescriptor PdfCharactersReplaced = Warning("CW0602", "{0} character(s) have no glyph in the available fonts and are printed as '\u25CC': {1}", "Install a font that covers them (e.g. fonts-noto-core), or replace them in the text.");
    public static readonly DiagnosticDescriptor PdfImageFormatUnsupported = Warning("CW0603", "image '{0}' ({1}) cannot be embedded in the PDF; its alt text is printed instead", "Convert the image to PNG or JPEG.");
    public static readonly DiagnosticDescriptor PdfImageUnreadable = Warning("CW0604", "image '{0}' could not be read: {1}; its alt text is printed instead", "The file is damaged or is not the PNG, JPEG, GIF or SVG image it looks like: open it in an image editor and save it again as PNG or JPEG.");
    public static readonly DiagnosticDescriptor PdfRemoteImage = Info("CW0605", "remote image '{0}' is not embedded in the PDF; its alt text and address are printed", "Copy the image into .gitbook/assets/ and link it with a relative path.");
    public static readonly DiagnosticDescriptor PdfLayoutFailed = Error("CW0606", "the PDF handout could not be laid out: {0}", "Report the page that triggers it; split very large tables or code blocks.");
    public static readonly DiagnosticDescriptor PdfRawHtml = Info("CW0607", "raw HTML block printed as plain text in the PDF", "Use Markdown or a GitBook block instead of raw HTML.");
}
