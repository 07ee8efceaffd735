using Courseware.Graphics;

namespace Courseware.Pdf.Text;

/// <summary>The face of a font set that draws a text style.</summary>
internal static class FontSetStyles
{
    public static FontFace FaceFor(this FontSet fonts, TextStyle style) => fonts.Face(style.Bold, style.Italic, style.Role == FontRole.Monospace);
}
