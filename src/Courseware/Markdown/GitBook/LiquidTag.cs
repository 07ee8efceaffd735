using Markdig.Helpers;

namespace Courseware.Markdown.GitBook;

/// <summary>One <c>{% name attrs %}</c> or <c>{% endname %}</c> tag standing alone on a line, as GitBook writes it.</summary>
public sealed class LiquidTag
{
    private LiquidTag(string name, bool isEnd, int start)
    {
        Name = name;
        IsEnd = isEnd;
        Start = start;
    }

    /// <summary>The tag name without the <c>end</c> prefix, lower case (<c>hint</c> for <c>{% endhint %}</c>).</summary>
    public string Name { get; }

    /// <summary>True for <c>{% endname %}</c>.</summary>
    public bool IsEnd { get; }

    /// <summary>Offset of the opening <c>{</c> in the parsed text.</summary>
    public int Start { get; }

    /// <summary>Named attributes in source order; names compare case-insensitively.</summary>
    public Dictionary<string, string> Attributes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Quoted values without a name, e.g. the path of <c>{% include "x.md" %}</c>.</summary>
    public List<string> Positional { get; } = [];

    /// <summary>Names of the attributes whose closing quote was missing (their value ran up to <c>%}</c>).</summary>
    public List<string> UnterminatedAttributes { get; } = [];

    /// <summary>Reads the line from its current position: the tag must be alone on the line (surrounding spaces allowed).</summary>
    /// <summary>
    /// True when the line may be the tag <c>{% name … %}</c> (<paramref name="isEnd"/> false) or <c>{% endname %}</c>: the name
    /// is compared without reading the attributes or making a tag, so that the parsers of other tags pass over it cheaply.
    /// </summary>
    public static bool Names(StringSlice line, string name, bool isEnd)
    {
        if (!TrySplit(line, out _, out var inner, out var nameLength))
        {
            return false;
        }

        var found = inner[..nameLength];
        if (isEnd)
        {
            if (!found.StartsWith("end", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            found = found[3..];
        }

        return found.Equals(name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Finds the tag on a line: where it starts, the text between <c>{%</c> and <c>%}</c> (trim markers and blanks removed) and the length of its name.</summary>
    private static bool TrySplit(StringSlice line, out int start, out ReadOnlySpan<char> inner, out int nameLength)
    {
        start = 0;
        inner = default;
        nameLength = 0;
        var text = line.Text;
        if (text is null)
        {
            return false;
        }

        start = line.Start;
        var end = line.End;
        while (start <= end && IsBlank(text[start]))
        {
            start++;
        }

        while (end >= start && IsBlank(text[end]))
        {
            end--;
        }

        if (end - start + 1 < 5 || text[start] != '{' || text[start + 1] != '%' || text[end] != '}' || text[end - 1] != '%')
        {
            return false;
        }

        inner = text.AsSpan(start + 2, end - 1 - (start + 2));
        // Liquid's whitespace-trim markers: {%- … -%}
        if (inner.Length > 0 && inner[0] == '-')
        {
            inner = inner[1..];
        }

        if (inner.Length > 0 && inner[^1] == '-')
        {
            inner = inner[..^1];
        }

        inner = inner.Trim();
        while (nameLength < inner.Length && IsNameChar(inner[nameLength], nameLength == 0))
        {
            nameLength++;
        }

        if (nameLength == 0 || (nameLength < inner.Length && !char.IsWhiteSpace(inner[nameLength]) && inner[nameLength] != '"' && inner[nameLength] != '\''))
        {
            return false;
        }

        return true;
    }

    public static bool TryParse(StringSlice line, out LiquidTag tag)
    {
        tag = null!;
        if (!TrySplit(line, out var start, out var inner, out var nameLength))
        {
            return false;
        }

        var name = inner[..nameLength].ToString().ToLowerInvariant();
        var isEnd = name.Length > 3 && name.StartsWith("end", StringComparison.Ordinal);
        tag = new LiquidTag(isEnd ? name[3..] : name, isEnd, start);
        tag.ReadAttributes(inner[nameLength..]);
        return true;
    }

    private void ReadAttributes(ReadOnlySpan<char> rest)
    {
        var i = 0;
        while (true)
        {
            while (i < rest.Length && char.IsWhiteSpace(rest[i]))
            {
                i++;
            }

            if (i >= rest.Length)
            {
                return;
            }

            if (rest[i] is '"' or '\'')
            {
                Positional.Add(ReadQuoted(rest, ref i, string.Empty));
                continue;
            }

            var nameStart = i;
            while (i < rest.Length && !char.IsWhiteSpace(rest[i]) && rest[i] != '=')
            {
                i++;
            }

            var name = rest[nameStart..i].ToString();
            var afterName = i;
            while (i < rest.Length && char.IsWhiteSpace(rest[i]))
            {
                i++;
            }

            if (i >= rest.Length || rest[i] != '=')
            {
                // A bare word: a flag such as `fullWidth`.
                i = afterName;
                Attributes.TryAdd(name, "true");
                continue;
            }

            i++;
            while (i < rest.Length && char.IsWhiteSpace(rest[i]))
            {
                i++;
            }

            string value;
            if (i < rest.Length && rest[i] is '"' or '\'')
            {
                value = ReadQuoted(rest, ref i, name);
            }
            else
            {
                var valueStart = i;
                while (i < rest.Length && !char.IsWhiteSpace(rest[i]))
                {
                    i++;
                }

                value = rest[valueStart..i].ToString();
            }

            Attributes.TryAdd(name, value);
        }
    }

    private string ReadQuoted(ReadOnlySpan<char> rest, ref int i, string attributeName)
    {
        var quote = rest[i];
        var valueStart = i + 1;
        var close = rest[valueStart..].IndexOf(quote);
        if (close < 0)
        {
            UnterminatedAttributes.Add(attributeName);
            i = rest.Length;
            return rest[valueStart..].Trim().ToString();
        }

        i = valueStart + close + 1;
        return rest.Slice(valueStart, close).ToString();
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\n';

    private static bool IsNameChar(char c, bool first) =>
        char.IsAsciiLetter(c) || (!first && (char.IsAsciiDigit(c) || c is '-' or '_'));
}
