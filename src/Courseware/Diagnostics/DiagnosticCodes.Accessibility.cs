namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW08xx: accessibility of the content (warnings by default; errors with --a11y strict; none with --a11y off)
    public static readonly DiagnosticDescriptor ImageWithoutAlt = Warning("CW0801", "image '{0}' has no text alternative", "Describe what the image shows in its alt text, ![description](image.png); for a purely decorative image use HTML with an empty alt (alt=\"\").");
    public static readonly DiagnosticDescriptor ImageAltIsFileName = Warning("CW0802", "the text alternative of image '{0}' is a file name: '{1}'", "Replace the file name by a short description of what the image shows.");
    public static readonly DiagnosticDescriptor LinkWithoutText = Warning("CW0803", "link to '{0}' has no text", "Write the link's text: the name of what the learner finds at the target.");
    public static readonly DiagnosticDescriptor LinkTextNotDescriptive = Warning("CW0804", "link text '{0}' does not say where the link goes", "Name the target in the link itself, e.g. [the 2024 activity report](…) rather than [here](…).");
    public static readonly DiagnosticDescriptor HeadingLevelSkipped = Warning("CW0805", "heading level jumps from H{0} to H{1}", "Use the next level down (one more # than the section above); heading levels give the structure, not the size.");
    public static readonly DiagnosticDescriptor TableWithoutHeader = Warning("CW0806", "table has no header row", "Give the table a first row naming its columns (th cells in HTML), or mark a layout table role=\"presentation\".");
    public static readonly DiagnosticDescriptor EmbedWithoutTitle = Warning("CW0807", "embedded content '{0}' has no title", "Add a caption that names the video or document: {% embed url=\"…\" %}Title{% endembed %}.");
    public static readonly DiagnosticDescriptor ColourOnlyHighlight = Warning("CW0808", "highlight '{0}' gives its meaning by colour alone ({1})", "Say it in words as well (e.g. \"Attention :\" before it) or make it bold; exports show every highlight in one colour.");
}
