using System.IO.Abstractions;

namespace Courseware.Graphics;

/// <summary>Finds the font set of a document: in a font folder given by the course or the command line, else among well-known system fonts.</summary>
public sealed class FontLocator
{
    /// <summary>Folders searched for system fonts (Linux, macOS, Windows).</summary>
    public static IReadOnlyList<string> SystemFontFolders { get; } =
    [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        "/Library/Fonts",
        "/System/Library/Fonts",
        "C:\\Windows\\Fonts",
    ];

    /// <summary>Body families in order of preference: file names of regular, bold, italic, bold italic.</summary>
    private static readonly string[][] BodyFamilies =
    [
        ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"],
        ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"],
        ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"],
        ["arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"],
        ["segoeui.ttf", "segoeuib.ttf", "segoeuii.ttf", "segoeuiz.ttf"],
        ["Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"],
    ];

    private static readonly string[][] MonoFamilies =
    [
        ["DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"],
        ["NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf"],
        ["LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"],
        ["consola.ttf", "consolab.ttf"],
        ["cour.ttf", "courbd.ttf"],
        ["Courier New.ttf", "Courier New Bold.ttf"],
    ];

    /// <summary>Faces with symbols, arrows and math, tried after the body face.</summary>
    private static readonly string[] FallbackFiles =
    [
        "DejaVuSans.ttf", "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf", "NotoSansMath-Regular.ttf",
        "DejaVuSansMono.ttf", "LiberationSans-Regular.ttf", "seguisym.ttf",
    ];

    /// <summary>What to tell a user when no font is found.</summary>
    public const string InstallHint = "install a TrueType font family, e.g. 'apt-get install fonts-dejavu-core' or 'fonts-noto-core' (Debian/Ubuntu), 'dnf install dejavu-sans-fonts' (Fedora), or pass a folder of TTF files with --fonts";

    private readonly IFileSystem _fs;

    public FontLocator(IFileSystem fileSystem) => _fs = fileSystem;

    /// <summary>The font set, or null when no usable regular face is found; <paramref name="problem"/> then says what was looked for.</summary>
    public FontSet? Locate(string? fontDirectory, out string problem)
    {
        problem = string.Empty;
        var files = fontDirectory is not null ? ListFonts([fontDirectory]) : ListFonts(SystemFontFolders);
        var loaded = new Dictionary<string, FontFace?>(StringComparer.Ordinal);

        FontFace? Load(string? path)
        {
            if (path is null)
            {
                return null;
            }

            if (!loaded.TryGetValue(path, out var face))
            {
                try
                {
                    face = FontFace.TryLoad(_fs.Path.GetFileName(path), _fs.File.ReadAllBytes(path));
                }
                catch (IOException)
                {
                    face = null;
                }
                catch (UnauthorizedAccessException)
                {
                    face = null;
                }

                loaded[path] = face;
            }

            return face;
        }

        string? Find(string fileName) => files.TryGetValue(fileName, out var p) ? p : null;

        FontFace? regular = null, bold = null, italic = null, boldItalic = null;
        if (fontDirectory is not null && !BodyFamilies.Any(f => Find(f[0]) is not null))
        {
            // A theme folder with its own family: classify its files by name.
            var names = files.Keys.Where(n => !n.Contains("Mono", StringComparison.OrdinalIgnoreCase)).ToList();
            string? Pick(Func<string, bool> test) => names.Where(test).Order(StringComparer.Ordinal).Select(Find).FirstOrDefault();
            static bool IsBold(string n) => n.Contains("Bold", StringComparison.OrdinalIgnoreCase);
            static bool IsItalic(string n) => n.Contains("Italic", StringComparison.OrdinalIgnoreCase) || n.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
            static bool IsOtherWeight(string n) => n.Contains("Light", StringComparison.OrdinalIgnoreCase) || n.Contains("Thin", StringComparison.OrdinalIgnoreCase) || n.Contains("Medium", StringComparison.OrdinalIgnoreCase) || n.Contains("Black", StringComparison.OrdinalIgnoreCase) || n.Contains("Semi", StringComparison.OrdinalIgnoreCase) || n.Contains("Extra", StringComparison.OrdinalIgnoreCase) || n.Contains("Condensed", StringComparison.OrdinalIgnoreCase);
            regular = Load(Pick(n => !IsBold(n) && !IsItalic(n) && !IsOtherWeight(n)));
            bold = Load(Pick(n => IsBold(n) && !IsItalic(n) && !IsOtherWeight(n)));
            italic = Load(Pick(n => !IsBold(n) && IsItalic(n) && !IsOtherWeight(n)));
            boldItalic = Load(Pick(n => IsBold(n) && IsItalic(n) && !IsOtherWeight(n)));
        }
        else
        {
            foreach (var family in BodyFamilies)
            {
                regular = Load(Find(family[0]));
                if (regular is not null)
                {
                    bold = Load(Find(family[1]));
                    italic = Load(Find(family[2]));
                    boldItalic = Load(Find(family[3]));
                    break;
                }
            }
        }

        if (regular is null)
        {
            var where = fontDirectory ?? string.Join(", ", SystemFontFolders);
            problem = $"no usable body font found in {where}; looked for {string.Join(", ", BodyFamilies.Select(f => f[0]))}";
            return null;
        }

        FontFace? mono = null, monoBold = null;
        foreach (var family in MonoFamilies)
        {
            mono = Load(Find(family[0]));
            if (mono is not null)
            {
                monoBold = Load(Find(family[1]));
                break;
            }
        }

        if (mono is null && fontDirectory is not null)
        {
            var monoFile = files.Keys.Where(n => n.Contains("Mono", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault();
            mono = Load(monoFile is null ? null : Find(monoFile));
        }

        var fallbacks = FallbackFiles.Select(f => Load(Find(f))).OfType<FontFace>().Where(f => f.Key != regular.Key).DistinctBy(f => f.Key).ToList();
        mono ??= regular;
        return new FontSet(regular, bold ?? regular, italic ?? regular, boldItalic ?? bold ?? italic ?? regular, mono, monoBold ?? mono, fallbacks);
    }

    /// <summary>File name → full path of every TTF/OTF under the folders; the first path in sorted order wins for a name.</summary>
    private SortedDictionary<string, string> ListFonts(IEnumerable<string> folders)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (!_fs.Directory.Exists(folder))
            {
                continue;
            }

            IEnumerable<string> paths;
            try
            {
                paths = _fs.Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var path in paths.Order(StringComparer.Ordinal))
            {
                var ext = _fs.Path.GetExtension(path).ToLowerInvariant();
                if (ext is ".ttf" or ".otf")
                {
                    map.TryAdd(_fs.Path.GetFileName(path), path);
                }
            }
        }

        return map;
    }
}
