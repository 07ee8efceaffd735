using System.Text;

namespace Courseware.Quizzes.Gift;

/// <summary>
/// One GIFT question block after escape decoding: each character knows whether it was written escaped
/// (<c>\~ \= \# \{ \} \: \n \\</c>) and where it stands in the quiz text, so markers are found on unescaped
/// characters only and diagnostics point at the exact source column.
/// </summary>
internal sealed class GiftText
{
    private readonly List<char> _chars = [];
    private readonly List<bool> _escaped = [];
    private readonly List<int> _offsets = [];

    public int Length => _chars.Count;

    public char this[int index] => _chars[index];

    public bool IsEscaped(int index) => _escaped[index];

    /// <summary>Offset of the character in the (line-ending normalised) quiz text.</summary>
    public int OffsetOf(int index) => index < _offsets.Count ? _offsets[index] : (_offsets.Count == 0 ? 0 : _offsets[^1] + 1);

    /// <summary>Appends one source line, decoding GIFT escapes.</summary>
    public void AppendLine(string text, int lineOffset, bool first)
    {
        if (!first)
        {
            Add('\n', false, lineOffset - 1);
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[i + 1];
                switch (next)
                {
                    case '~' or '=' or '#' or '{' or '}' or ':' or '\\':
                        Add(next, true, lineOffset + i);
                        i++;
                        continue;
                    case 'n':
                        Add('\n', true, lineOffset + i);
                        i++;
                        continue;
                }
            }

            Add(c, false, lineOffset + i);
        }
    }

    private void Add(char c, bool escaped, int offset)
    {
        _chars.Add(c);
        _escaped.Add(escaped);
        _offsets.Add(offset);
    }

    /// <summary>True when an unescaped <paramref name="marker"/> starts at <paramref name="index"/>.</summary>
    public bool IsMarkerAt(int index, string marker)
    {
        if (index < 0 || index + marker.Length > _chars.Count)
        {
            return false;
        }

        for (var k = 0; k < marker.Length; k++)
        {
            if (_chars[index + k] != marker[k] || _escaped[index + k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>First unescaped <paramref name="marker"/> in [start, end), or -1.</summary>
    public int IndexOf(string marker, int start, int end)
    {
        for (var i = start; i + marker.Length <= end; i++)
        {
            if (IsMarkerAt(i, marker))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Last unescaped <paramref name="marker"/> in [start, end), or -1.</summary>
    public int LastIndexOf(string marker, int start, int end)
    {
        for (var i = end - marker.Length; i >= start; i--)
        {
            if (IsMarkerAt(i, marker))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>First unescaped character of <paramref name="any"/> in [start, end), or -1.</summary>
    public int IndexOfAny(string any, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!_escaped[i] && any.Contains(_chars[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The span without unescaped white space at both ends (an escaped <c>\n</c> is kept).</summary>
    public Span Trim(Span span)
    {
        var (s, e) = (span.Start, span.End);
        while (s < e && IsBlank(s))
        {
            s++;
        }

        while (e > s && IsBlank(e - 1))
        {
            e--;
        }

        return new Span(s, e);
    }

    public bool IsBlank(int index) => !_escaped[index] && char.IsWhiteSpace(_chars[index]);

    public bool IsBlank(Span span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (!IsBlank(i))
            {
                return false;
            }
        }

        return true;
    }

    public string ToString(Span span)
    {
        var sb = new StringBuilder(span.Length);
        for (var i = span.Start; i < span.End; i++)
        {
            sb.Append(_chars[i]);
        }

        return sb.ToString();
    }

    /// <summary>A range [Start, End) of characters.</summary>
    internal readonly record struct Span(int Start, int End)
    {
        public int Length => End - Start;

        public bool IsEmpty => End <= Start;
    }
}
