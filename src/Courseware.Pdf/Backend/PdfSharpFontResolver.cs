using System.Collections.Concurrent;
using Courseware.Graphics;
using Courseware.Pdf.Text;
using PdfSharp.Fonts;

namespace Courseware.Pdf.Backend;

/// <summary>
/// Gives PDFsharp the bytes of our font faces. PDFsharp accepts one resolver per process, so this one serves every
/// export: each face is registered under its content-derived key (<see cref="FontFace.Key"/>), so a key always means the
/// same bytes and exports running at the same time cannot disturb each other.
/// </summary>
internal sealed class PdfSharpFontResolver : IFontResolver
{
    private static readonly Lock InstallLock = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private PdfSharpFontResolver()
    {
    }

    /// <summary>Installs the resolver once and registers the faces of a font set.</summary>
    public static void Register(FontSet fonts)
    {
        PdfSharpFontResolver resolver;
        lock (InstallLock)
        {
            if (GlobalFontSettings.FontResolver is PdfSharpFontResolver installed)
            {
                resolver = installed;
            }
            else
            {
                resolver = new PdfSharpFontResolver();
                GlobalFontSettings.FontResolver = resolver;
            }
        }

        foreach (var face in fonts.AllFaces)
        {
            resolver._faces.TryAdd(face.Key, face.Bytes);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var bytes) ? bytes : null;
}
