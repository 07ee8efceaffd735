using System.Text;
using Courseware.Graphics;
using Courseware.Pdf.Text;

namespace Courseware.Pdf.Layout;

/// <summary>Horizontal placement of the lines of a text block.</summary>
public enum TextAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>
/// A paragraph of styled runs broken into lines: at spaces, after '/' '-' '?' '&amp;' in long words and URLs, and
/// between characters of a word wider than the line. Splits across pages line by line with no single orphan line at a
/// page bottom and no single widow line at the top of the next one.
/// </summary>
public sealed class TextBlockElement : Element
{
    private readonly IReadOnlyList<TextRun> _runs;
    private readonly TextShaper _shaper;
    private List<Line>? _lines;
    private double _linesWidth = -1;
    private int _next;

    public TextBlockElement(IReadOnlyList<TextRun> runs, TextShaper shaper)
    {
        _runs = runs;
        _shaper = shaper;
    }

    /// <summary>Line height as a multiple of the largest font size on the line.</summary>
    public double LineSpacing { get; init; } = 1.4;

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Keep spaces and line breaks as written (code).</summary>
    public bool Preformatted { get; init; }

    /// <summary>Forbid single first/last lines of a paragraph split across pages.</summary>
    public bool WidowOrphanControl { get; init; } = true;

    /// <summary>Destination names marked where the block starts (heading anchors).</summary>
    public IReadOnlyList<string> Destinations { get; init; } = [];

    /// <summary>
    /// The structure element of the block; null when its text belongs to the element around it (a table cell of one
    /// paragraph). Set after the block is made when the block turns out to be all of an element (a list item's body).
    /// </summary>
    public StructureRole? Role { get; set; } = StructureRole.Paragraph;

    /// <summary>The laid-out lines for a width (exposed for layout tests).</summary>
    public IReadOnlyList<Line> LinesFor(double width) => Layout(width);

    public override SpacePlan Measure(Size available)
    {
        var lines = Layout(available.Width);
        var (count, height) = Fit(lines, available.Height);
        if (_next >= lines.Count)
        {
            return SpacePlan.Full(0, 0);
        }

        if (count == 0)
        {
            return SpacePlan.Wrap();
        }

        var width = lines[_next].Width;
        for (var i = _next + 1; i < _next + count; i++)
        {
            width = Math.Max(width, lines[i].Width);
        }

        return _next + count == lines.Count ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
    }

    public override void Draw(IPdfCanvas canvas, Size available)
    {
        var lines = Layout(available.Width);
        var (count, _) = Fit(lines, available.Height);
        if (count == 0)
        {
            return;
        }

        if (_next == 0)
        {
            foreach (var name in Destinations)
            {
                canvas.MarkDestination(name, 0);
            }
        }

        var continues = _next + count < lines.Count;
        if (Role is { } role)
        {
            // A paragraph broken by the page goes on as the same element on the next page.
            if (_next > 0 && role != StructureRole.Artifact)
            {
                canvas.ResumeStructure(role);
            }
            else
            {
                canvas.BeginStructure(role);
            }
        }

        double y = 0;
        for (var i = _next; i < _next + count; i++)
        {
            var line = lines[i];
            var shift = Alignment switch
            {
                TextAlignment.Center => (available.Width - line.Width) / 2,
                TextAlignment.Right => available.Width - line.Width,
                _ => 0,
            };
            var baseline = y + line.Baseline;
            var pieces = line.Pieces;
            for (var p = 0; p < pieces.Count; p++)
            {
                var piece = pieces[p];
                var x = shift + piece.X;
                var style = piece.Style;
                if (style.Background is { } bg)
                {
                    canvas.FillRectangle(new Rect(x - 0.5, y + ((line.Height - (style.Size * 1.25)) / 2), piece.Width + 1, style.Size * 1.25), bg);
                }

                var link = style.Link is { } target && piece.Text.Trim().Length > 0 ? target : null;
                if (link is not null)
                {
                    canvas.BeginLink(new Rect(x, y, piece.Width, line.Height), link, LinkDescription(piece.Text, link));
                }

                if (piece.Text.Length > 0 && piece.Text != " ")
                {
                    canvas.DrawText(piece.Text, piece.Face, style.Size, style.Color, x, baseline);
                    if (piece.PageNumbers is { } numbers)
                    {
                        canvas.MarkPageNumbers(numbers);
                    }
                }

                if (style.Underline)
                {
                    canvas.DrawLine(x, baseline + (style.Size * 0.12), x + piece.Width, baseline + (style.Size * 0.12), style.Color, style.Size * 0.05);
                }

                if (style.Strike)
                {
                    canvas.DrawLine(x, baseline - (style.Size * 0.28), x + piece.Width, baseline - (style.Size * 0.28), style.Color, style.Size * 0.06);
                }

                if (link is not null)
                {
                    canvas.EndStructure();
                }
            }

            y += line.Height;
        }

        if (Role is { } drawnRole)
        {
            if (continues && drawnRole != StructureRole.Artifact)
            {
                canvas.SuspendStructure();
            }
            else
            {
                canvas.EndStructure();
            }
        }

        _next += count;
    }

    /// <summary>What a screen reader says of a link: its text, and the address when the text does not show it.</summary>
    private static string LinkDescription(string text, LinkTarget target)
    {
        var trimmed = text.Trim();
        return target is LinkTarget.External { Url: var url } && !trimmed.Contains(url, StringComparison.Ordinal) && !url.EndsWith(trimmed.Trim('<', '>'), StringComparison.Ordinal)
            ? $"{trimmed} ({url})"
            : trimmed;
    }

    private (int Count, double Height) Fit(List<Line> lines, double availableHeight)
    {
        var remaining = lines.Count - _next;
        var count = 0;
        double height = 0;
        while (count < remaining && height + lines[_next + count].Height <= availableHeight + 0.01)
        {
            height += lines[_next + count].Height;
            count++;
        }

        if (WidowOrphanControl && count < remaining)
        {
            if (remaining - count == 1 && count >= 2)
            {
                count--; // widow: take one more line to the next page
            }

            if (_next == 0 && count == 1 && remaining >= 2)
            {
                count = 0; // orphan: a lone first line moves to the next page
            }

            height = 0;
            for (var i = _next; i < _next + count; i++)
            {
                height += lines[i].Height;
            }
        }

        return (count, height);
    }

    private List<Line> Layout(double width)
    {
        if (_lines is not null && Math.Abs(width - _linesWidth) < 0.001)
        {
            return _lines;
        }

        if (_next > 0 && _lines is not null)
        {
            return _lines; // the width never changes once drawing started
        }

        if (_shaper.Lines is { } cache)
        {
            var key = new LineKey(_runs, width, LineSpacing, Preformatted);
            if (!cache.TryGet(key, out var lines))
            {
                lines = new LineBreaker(this, width).Break();
                cache.Add(key, lines);
            }

            _lines = lines;
        }
        else
        {
            _lines = new LineBreaker(this, width).Break();
        }

        _linesWidth = width;
        return _lines;
    }

    /// <summary>A run of text placed on a line.</summary>
    public sealed record Piece(string Text, FontFace Face, TextStyle Style, double X, double Width)
    {
        /// <summary>Page numbers printed in <see cref="Text"/>, if any.</summary>
        public IReadOnlyList<PageNumberSpan>? PageNumbers { get; init; }
    }

    /// <summary>One line: its pieces, used width, height and baseline offset from the line top.</summary>
    public sealed record Line(IReadOnlyList<Piece> Pieces, double Width, double Height, double Baseline)
    {
        public string Text => string.Concat(Pieces.Select(p => p.Text));
    }

    /// <summary>
    /// An unbreakable bit of text in one face and style, characters [Start, Start + Length) of its run's cleaned text (not
    /// a string of its own: most words are copied only once, into the piece of the line they end up on); a break may follow it.
    /// </summary>
    internal readonly record struct Atom(string Source, int Start, int Length, FontFace Face, TextStyle Style, double Width, bool IsSpace, bool IsNewline, bool BreakAfter, PageNumberSpan? Number = null)
    {
        public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);

        public string Text => Start == 0 && Length == Source.Length ? Source : Source.Substring(Start, Length);
    }

    /// <summary>The lists a line breaker fills and empties, kept from one paragraph to the next by the shaper so that each does not allocate its own.</summary>
    public sealed class LineBreakBuffers
    {
        internal List<Atom> Atoms { get; } = [];

        internal List<Atom> Line { get; } = [];
    }

    private sealed class LineBreaker
    {
        private readonly TextBlockElement _block;
        private readonly double _width;
        private readonly List<Line> _lines = [];
        private readonly List<Atom> _line;
        private readonly List<Atom> _atoms;
        private double _lineWidth;
        private TextStyle? _lastStyle;

        public LineBreaker(TextBlockElement block, double width)
        {
            _block = block;
            _width = Math.Max(width, 1);
            var buffers = block._shaper.Buffers;
            _line = buffers.Line;
            _atoms = buffers.Atoms;
            _line.Clear();
            _atoms.Clear();
        }

        public List<Line> Break()
        {
            var atoms = Atoms();
            for (int start = 0, end; start < atoms.Count; start = end)
            {
                end = WordEnd(atoms, start);
                var word = new Word(atoms, start, end);
                var first = atoms[start];
                if (first.IsNewline)
                {
                    FinishLine(force: true);
                    continue;
                }

                if (first.IsSpace && !_block.Preformatted && (_line.Count == 0 || _line[^1].IsSpace))
                {
                    continue;
                }

                double w = 0;
                for (var i = start; i < end; i++)
                {
                    w += atoms[i].Width;
                }

                if (_lineWidth + w <= _width + 0.01 || (first.IsSpace && !_block.Preformatted))
                {
                    AddAll(word);
                    continue;
                }

                if (TrimmedWidth() > 0)
                {
                    FinishLine(force: false);
                    if (first.IsSpace)
                    {
                        continue;
                    }
                }

                if (w <= _width + 0.01)
                {
                    AddAll(word);
                }
                else
                {
                    SplitLongWord(word);
                }
            }

            if (_line.Count > 0 || _lines.Count == 0)
            {
                FinishLine(force: true);
            }

            _atoms.Clear(); // the buffers are kept for the next paragraph: no reference to this one's text stays in them
            return _lines;
        }

        private void AddAll(Word word)
        {
            for (var i = word.Start; i < word.End; i++)
            {
                var a = word.Atoms[i];
                _line.Add(a);
                _lineWidth += a.Width;
                _lastStyle = a.Style;
            }
        }

        private void SplitLongWord(Word word)
        {
            for (var i = word.Start; i < word.End; i++)
            {
                var atom = word.Atoms[i];
                if (atom.Number is not null)
                {
                    _block._shaper.PageNumbersUntracked = true;
                }

                for (var at = 0; at < atom.Length;)
                {
                    Rune.DecodeFromUtf16(atom.Span[at..], out _, out var length);
                    var w = atom.Face.Measure(atom.Source.AsSpan(atom.Start + at, length), atom.Style.Size);
                    if (_lineWidth + w > _width + 0.01 && _line.Count > 0)
                    {
                        FinishLine(force: false);
                    }

                    _line.Add(atom with { Start = atom.Start + at, Length = length, Width = w, Number = null });
                    at += length;
                    _lineWidth += w;
                    _lastStyle = atom.Style;
                }
            }
        }

        private double TrimmedWidth()
        {
            double trailing = 0;
            for (var i = _line.Count - 1; i >= 0 && _line[i].IsSpace; i--)
            {
                trailing += _line[i].Width;
            }

            return _lineWidth - trailing;
        }

        private void FinishLine(bool force)
        {
            if (!_block.Preformatted || !force)
            {
                while (_line.Count > 0 && _line[^1].IsSpace)
                {
                    _lineWidth -= _line[^1].Width;
                    _line.RemoveAt(_line.Count - 1);
                }
            }

            // Consecutive atoms of one face and style become one piece, drawn as one text run.
            var pieces = new List<Piece>();
            double x = 0;
            for (var i = 0; i < _line.Count;)
            {
                var first = _line[i];
                var width = first.Width;
                var end = i + 1;
                while (end < _line.Count && ReferenceEquals(_line[end].Face, first.Face) && _line[end].Style == first.Style)
                {
                    width += _line[end].Width;
                    end++;
                }

                List<PageNumberSpan>? numbers = null;
                for (int k = i, offset = 0; k < end; offset += _line[k].Length, k++)
                {
                    if (_line[k].Number is { } number)
                    {
                        (numbers ??= []).Add(number with { Start = offset + number.Start });
                    }
                }

                pieces.Add(new Piece(end == i + 1 ? first.Text : Concat(i, end), first.Face, first.Style, x, width) { PageNumbers = numbers });
                for (; i < end; i++)
                {
                    x += _line[i].Width;
                }
            }

            var style = _line.Count > 0 ? null : _lastStyle ?? _block._runs.FirstOrDefault()?.Style;
            double size, ascent, descent;
            if (_line.Count > 0)
            {
                // Metrics of the styled face, not of fallback faces: a line with a symbol from another font keeps its baseline.
                var fonts = _block._shaper.Fonts;
                var face = fonts.FaceFor(_line[0].Style);
                size = _line[0].Style.Size;
                ascent = face.Ascent * size;
                descent = face.Descent * size;
                for (var i = 1; i < _line.Count; i++)
                {
                    var atomSize = _line[i].Style.Size;
                    face = fonts.FaceFor(_line[i].Style);
                    size = Math.Max(size, atomSize);
                    ascent = Math.Max(ascent, face.Ascent * atomSize);
                    descent = Math.Max(descent, face.Descent * atomSize);
                }
            }
            else
            {
                size = style?.Size ?? 10;
                ascent = size * 0.9;
                descent = size * 0.25;
            }

            var height = Math.Max(size * _block.LineSpacing, ascent + descent);
            var baseline = ((height - (ascent + descent)) / 2) + ascent;
            _lines.Add(new Line(pieces, x, height, baseline));
            _line.Clear();
            _lineWidth = 0;
        }

        private string Concat(int start, int end)
        {
            var length = 0;
            for (var i = start; i < end; i++)
            {
                length += _line[i].Length;
            }

            return string.Create(length, (_line, start, end), static (span, state) =>
            {
                for (var i = state.start; i < state.end; i++)
                {
                    state._line[i].Span.CopyTo(span);
                    span = span[state._line[i].Length..];
                }
            });
        }

        private List<Atom> Atoms()
        {
            // About one word and one space per six characters of prose: room for most paragraphs without regrowing.
            var runs = _block._runs;
            var length = 0;
            for (var r = 0; r < runs.Count; r++)
            {
                length += runs[r].Text.Length;
            }

            var atoms = _atoms;
            atoms.EnsureCapacity((length / 3) + 2);
            var shaper = _block._shaper;
            for (var r = 0; r < runs.Count; r++)
            {
                var run = runs[r];
                var text = shaper.Clean(run.Text);
                var number = run.PageNumber;
                if (number is not null && !string.Equals(text, run.Text, StringComparison.Ordinal))
                {
                    shaper.PageNumbersUntracked = true; // cleaning moved characters: the span no longer points at the number
                    number = null;
                }

                // A space is always drawn in the styled face (every face has one).
                var spaceFace = shaper.Fonts.FaceFor(run.Style);
                var start = 0;
                for (var i = 0; i <= text.Length; i++)
                {
                    var end = i == text.Length;
                    var c = end ? '\0' : text[i];
                    var isSpace = c is ' ' or '\u2009' or '\u200A' or '\u2002' or '\u2003';
                    var isNewline = c == '\n';
                    var softBreak = !end && (c is '/' or '-' or '?' or '&' or '_' or '.' or '=' or '#' or '\u2013' or '\u2014') && i + 1 < text.Length && text[i + 1] != ' ';
                    if (end || isSpace || isNewline)
                    {
                        AddWord(atoms, text, start, i, run.Style, breakAfter: false, number);
                        if (isSpace)
                        {
                            var space = SpaceText(c);
                            atoms.Add(new Atom(space, 0, space.Length, spaceFace, run.Style, spaceFace.Measure(space, run.Style.Size), true, false, true));
                        }
                        else if (isNewline)
                        {
                            atoms.Add(new Atom(string.Empty, 0, 0, spaceFace, run.Style, 0, false, true, true));
                        }

                        start = i + 1;
                    }
                    else if (softBreak && !_block.Preformatted && i - start >= 1)
                    {
                        AddWord(atoms, text, start, i + 1, run.Style, breakAfter: true, number);
                        start = i + 1;
                    }
                }
            }

            return atoms;
        }

        private static string SpaceText(char c) => c switch
        {
            ' ' => " ",
            '\u2009' => "\u2009",
            '\u200A' => "\u200A",
            '\u2002' => "\u2002",
            _ => "\u2003",
        };

        private void AddWord(List<Atom> atoms, string text, int start, int end, TextStyle style, bool breakAfter, PageNumberSpan? number)
        {
            if (end <= start)
            {
                return;
            }

            // The part of the run's page number in this word, relative to the word.
            PageNumberSpan? inWord = null;
            if (number is not null && number.Start < end && number.Start + number.Length > start)
            {
                if (number.Start >= start && number.Start + number.Length <= end)
                {
                    inWord = number with { Start = number.Start - start };
                }
                else
                {
                    _block._shaper.PageNumbersUntracked = true; // a number broken between words
                }
            }

            var word = text.AsSpan(start, end - start);
            if (_block._shaper.SingleFace(word, style) is { } face)
            {
                atoms.Add(new Atom(text, start, end - start, face, style, face.Measure(word, style.Size), false, false, breakAfter, inWord));
                return;
            }

            if (inWord is not null)
            {
                _block._shaper.PageNumbersUntracked = true; // a number drawn in more than one face
            }

            var segments = _block._shaper.Segment(word.ToString(), style);
            for (var s = 0; s < segments.Count; s++)
            {
                var seg = segments[s];
                atoms.Add(new Atom(seg.Text, 0, seg.Text.Length, seg.Face, style, seg.Face.Measure(seg.Text, style.Size), false, false, breakAfter && s == segments.Count - 1));
            }
        }

        /// <summary>
        /// Where the word starting at <paramref name="start"/> ends (exclusive): a space or a newline is a word of its
        /// own; other atoms run on up to and including one a break may follow, or up to the next space or newline.
        /// </summary>
        private static int WordEnd(List<Atom> atoms, int start)
        {
            if (atoms[start].IsSpace || atoms[start].IsNewline)
            {
                return start + 1;
            }

            var end = start;
            while (end < atoms.Count && !atoms[end].IsSpace && !atoms[end].IsNewline)
            {
                end++;
                if (atoms[end - 1].BreakAfter)
                {
                    break;
                }
            }

            return end;
        }

        /// <summary>Atoms [Start, End) of the paragraph: one word.</summary>
        private readonly record struct Word(List<Atom> Atoms, int Start, int End);
    }
}
