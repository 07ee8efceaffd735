namespace Courseware.Graphics;

/// <summary>The faces a document draws with, plus fallback faces for characters the body font lacks.</summary>
public sealed class FontSet
{
    public FontSet(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic, FontFace mono, FontFace monoBold, IReadOnlyList<FontFace> fallbacks)
    {
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;
        Mono = mono;
        MonoBold = monoBold;
        Fallbacks = fallbacks;
    }

    public FontFace Regular { get; }

    public FontFace Bold { get; }

    public FontFace Italic { get; }

    public FontFace BoldItalic { get; }

    public FontFace Mono { get; }

    public FontFace MonoBold { get; }

    /// <summary>Faces tried in order for a character the styled face lacks.</summary>
    public IReadOnlyList<FontFace> Fallbacks { get; }

    /// <summary>Every distinct face, for registration with a PDF backend.</summary>
    public IEnumerable<FontFace> AllFaces =>
        new[] { Regular, Bold, Italic, BoldItalic, Mono, MonoBold }.Concat(Fallbacks).DistinctBy(f => f.Key);

    /// <summary>The face for text of this weight and slant (monospace text has no italic face).</summary>
    public FontFace Face(bool bold, bool italic, bool monospace) => monospace
        ? (bold ? MonoBold : Mono)
        : (bold, italic) switch
        {
            (true, true) => BoldItalic,
            (true, false) => Bold,
            (false, true) => Italic,
            _ => Regular,
        };
}
