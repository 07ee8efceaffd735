using Courseware.Pdf.Text;

namespace Courseware.Pdf.Layout;

/// <summary>
/// Paragraphs already broken into lines, by their runs, width and line options. The handout is laid out again until its
/// page numbers settle, and each pass rebuilds its elements: a paragraph whose text and width did not change takes the
/// lines of the previous pass instead of being shaped and broken again. Only what the last pass used is kept.
/// </summary>
public sealed class LineCache
{
    private Dictionary<LineKey, List<TextBlockElement.Line>> _current = [];
    private Dictionary<LineKey, List<TextBlockElement.Line>> _previous = [];

    /// <summary>Starts a new layout pass: lines the previous pass did not use are dropped.</summary>
    public void NextPass()
    {
        _previous = _current;
        _current = new Dictionary<LineKey, List<TextBlockElement.Line>>(_previous.Count);
    }

    /// <summary>Drops every line kept.</summary>
    public void Clear()
    {
        _current = [];
        _previous = [];
    }

    internal bool TryGet(in LineKey key, out List<TextBlockElement.Line> lines)
    {
        if (_current.TryGetValue(key, out lines!))
        {
            return true;
        }

        if (_previous.Remove(key, out lines!))
        {
            _current[key] = lines;
            return true;
        }

        return false;
    }

    internal void Add(in LineKey key, List<TextBlockElement.Line> lines) => _current[key] = lines;
}

/// <summary>
/// What line breaking depends on: the runs (text and style), the width and the block's line options; and where the runs
/// print page numbers, which the lines carry (two runs printing the same number for different places differ).
/// </summary>
internal readonly struct LineKey : IEquatable<LineKey>
{
    private readonly IReadOnlyList<TextRun> _runs;
    private readonly double _width;
    private readonly double _lineSpacing;
    private readonly bool _preformatted;
    private readonly int _hash;

    public LineKey(IReadOnlyList<TextRun> runs, double width, double lineSpacing, bool preformatted)
    {
        _runs = runs;
        _width = width;
        _lineSpacing = lineSpacing;
        _preformatted = preformatted;
        var hash = new HashCode();
        hash.Add(width);
        hash.Add(lineSpacing);
        hash.Add(preformatted);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            hash.Add(run.Text, StringComparer.Ordinal);
            hash.Add(run.Style);
            hash.Add(run.PageNumber);
        }

        _hash = hash.ToHashCode();
    }

    public bool Equals(LineKey other)
    {
        if (_hash != other._hash || _width != other._width || _lineSpacing != other._lineSpacing || _preformatted != other._preformatted || _runs.Count != other._runs.Count)
        {
            return false;
        }

        for (var i = 0; i < _runs.Count; i++)
        {
            if (!string.Equals(_runs[i].Text, other._runs[i].Text, StringComparison.Ordinal) || _runs[i].Style != other._runs[i].Style || _runs[i].PageNumber != other._runs[i].PageNumber)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is LineKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
