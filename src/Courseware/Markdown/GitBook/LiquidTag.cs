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

    /// <summary>True for <c>{% name … %}body{% endname %}</c> written on one line: the tag is opened and closed at once.</summary>
    public bool IsClosedOnSameLine { get; private set; }

    /// <summary>Offset and length of the text between the tag and its end tag on the same line (blanks trimmed; length 0 when none).</summary>
    public (int Start, int Length) SameLineBody { get; private set; }

    /// <summary>
    /// True when the line may be the tag <c>{% name … %}</c> (<paramref name="isEnd"/> false) or <c>{% endname %}</c>: the name
    /// is compared without reading the attributes or making a tag, so that the parsers of other tags pass over it cheaply.
    /// </summary>
    public static bool Names(StringSlice line, string name, bool isEnd)
    {
        if (!TrySplit(line, out _, out _, out var inner, out var nameLength))
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
    private static bool TrySplit(StringSlice line, out int start, out int innerStart, out ReadOnlySpan<char> inner, out int nameLength)
    {
        start = 0;
        innerStart = 0;
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

        innerStart = start + 2;
        inner = text.AsSpan(start + 2, end - 1 - (start + 2));
        // Liquid's whitespace-trim markers: {%- … -%}
        if (inner.Length > 0 && inner[0] == '-')
        {
            inner = inner[1..];
            innerStart++;
        }

        if (inner.Length > 0 && inner[^1] == '-')
        {
            inner = inner[..^1];
        }

        var untrimmed = inner.Length;
        inner = inner.TrimStart();
        innerStart += untrimmed - inner.Length;
        inner = inner.TrimEnd();
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

    /// <summary>
    /// True when the line opens a tag, <c>{% name …</c>, but holds no <c>%}</c> at all (e.g. <c>{% name attr="x"}</c>): a tag
    /// whose end was mistyped. <paramref name="name"/> is the lower-case name as written (with any <c>end</c> prefix).
    /// </summary>
    public static bool TryFindUnterminated(StringSlice line, out string name, out int start)
    {
        name = string.Empty;
        start = line.Start;
        var text = line.Text;
        if (text is null)
        {
            return false;
        }

        var end = line.End;
        while (start <= end && IsBlank(text[start]))
        {
            start++;
        }

        var span = text.AsSpan(start, Math.Max(0, end - start + 1));
        if (span.Length < 3 || span[0] != '{' || span[1] != '%' || span.Contains("%}", StringComparison.Ordinal))
        {
            return false;
        }

        var inner = span[2..];
        if (inner.Length > 0 && inner[0] == '-')
        {
            inner = inner[1..];
        }

        inner = inner.TrimStart();
        var length = 0;
        while (length < inner.Length && IsNameChar(inner[length], length == 0))
        {
            length++;
        }

        if (length == 0 || (length < inner.Length && !char.IsWhiteSpace(inner[length]) && inner[length] is not ('}' or '"' or '\'' or '%' or '-')))
        {
            return false;
        }

        name = inner[..length].ToString().ToLowerInvariant();
        return true;
    }

    public static bool TryParse(StringSlice line, out LiquidTag tag)
    {
        tag = null!;
        if (!TrySplit(line, out var start, out var innerStart, out var inner, out var nameLength))
        {
            return false;
        }

        var name = inner[..nameLength].ToString().ToLowerInvariant();
        var isEnd = name.Length > 3 && name.StartsWith("end", StringComparison.Ordinal);
        tag = new LiquidTag(isEnd ? name[3..] : name, isEnd, start);
        var attributes = inner[nameLength..];
        if (!isEnd && FindSameLineEnd(attributes, name) is { } split)
        {
            tag.IsClosedOnSameLine = true;
            var body = attributes[(split.TagEnd + 2)..split.EndTagStart];
            var bodyStart = innerStart + nameLength + split.TagEnd + 2;
            var trimmed = body.TrimStart();
            bodyStart += body.Length - trimmed.Length;
            tag.SameLineBody = (bodyStart, trimmed.TrimEnd().Length);
            attributes = attributes[..split.TagEnd].TrimEnd().TrimEnd('-');
        }

        tag.ReadAttributes(attributes);
        return true;
    }

    /// <summary>
    /// In <c>attrs %}body{% endname</c> (the text after the name of a tag written with its end tag on the same line), where
    /// the tag's <c>%}</c> and the end tag's <c>{%</c> are; null when the line is not that form.
    /// </summary>
    private static (int TagEnd, int EndTagStart)? FindSameLineEnd(ReadOnlySpan<char> rest, string name)
    {
        var tagEnd = -1;
        char quote = '\0';
        for (var i = 0; i + 1 < rest.Length; i++)
        {
            var c = rest[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '%' && rest[i + 1] == '}')
            {
                tagEnd = i;
                break;
            }
        }

        if (tagEnd < 0)
        {
            return null;
        }

        var endTagStart = rest.LastIndexOf("{%", StringComparison.Ordinal);
        if (endTagStart < tagEnd + 2)
        {
            return null;
        }

        var endName = rest[(endTagStart + 2)..].TrimStart('-').Trim();
        return endName.Length == name.Length + 3 && endName.StartsWith("end", StringComparison.OrdinalIgnoreCase)
            && endName[3..].Equals(name, StringComparison.OrdinalIgnoreCase)
            ? (tagEnd, endTagStart)
            : null;
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
