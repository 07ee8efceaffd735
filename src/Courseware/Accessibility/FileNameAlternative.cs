using System.Text.RegularExpressions;

namespace Courseware.Accessibility;

/// <summary>
/// Recognises text alternatives that are file names rather than descriptions: what GitBook, screenshot tools and cameras
/// put there when nobody wrote one.
/// </summary>
internal static partial class FileNameAlternative
{
    /// <summary>
    /// True when <paramref name="alt"/> ends with an image or document extension (<c>image.png</c>,
    /// <c>Capture d’écran 2023-01-01 à 10.00.00.png</c>), is the image's own file name without its extension and looks like one (no space and an underscore, a hyphen or a digit; or a "(1)" copy suffix), is a default
    /// name such as <c>image (1) (2)</c> or <c>Capture d’écran 2023-01-01 …</c>, or a camera name such as <c>IMG_1234</c>.
    /// </summary>
    public static bool Matches(string alt, string src)
    {
        var text = alt.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (text.Length == 0)
        {
            return false;
        }

        if (Extension().IsMatch(text) || DefaultName().IsMatch(text) || DatedScreenshot().IsMatch(text) || CameraName().IsMatch(text))
        {
            return true;
        }

        // The image's own name counts only when it reads as a file name (schema_v2, calendrier-publication): a single word
        // such as "Organigramme" for organigramme.png is a short description that happens to name the file well.
        var stem = Stem(src);
        return stem.Length > 0 && string.Equals(stem, text, StringComparison.OrdinalIgnoreCase) && FileNameShape().IsMatch(text);
    }

    /// <summary>The file name of <paramref name="src"/> without folder, query and extension, percent-decoded.</summary>
    private static string Stem(string src)
    {
        var path = src.Trim().Trim('<', '>');
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            path = path[..cut];
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        try
        {
            name = Uri.UnescapeDataString(name);
        }
        catch (UriFormatException)
        {
        }

        var dot = name.LastIndexOf('.');
        return (dot > 0 ? name[..dot] : name).Normalize(System.Text.NormalizationForm.FormC);
    }

    [GeneratedRegex(@"^(\S*[_\-\d]\S*|.+ \(\d+\))$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNameShape();

    [GeneratedRegex(@"\.(png|jpe?g|gif|svg|webp|bmp|tiff?|heic|avif|ico|pdf|docx?|pptx?|xlsx?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Extension();

    [GeneratedRegex(@"^(image|img|picture|photo|screenshot|screen ?shot|capture|capture d['’]([ée])cran|sans titre|untitled)( ?\(\d+\))*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DefaultName();

    [GeneratedRegex(@"^(capture d['’]([ée])cran|capture|screenshot|screen ?shot)[ _-]*\d{4}-\d{2}-\d{2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatedScreenshot();

    [GeneratedRegex(@"^(img|dsc|dscn|dcim|pxl|photo|image)[ _-]?\d{3,}([ _-]\d+)*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CameraName();
}
