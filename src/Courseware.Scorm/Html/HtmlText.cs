using System.Buffers;
using System.Text;

namespace Courseware.Scorm.Html;

/// <summary>Escapes text for HTML content and attribute values, dropping control characters.</summary>
public static class HtmlText
{
    /// <summary>Control characters but tab and line breaks: dropped from every document.</summary>
    private static readonly SearchValues<char> DroppedControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\n' or '\t' or '\r'))]);

    /// <summary>What <see cref="Escape"/> changes: markup characters and the dropped controls.</summary>
    private static readonly SearchValues<char> EscapedOrDropped = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not ('\n' or '\t' or '\r')).Concat("&<>\"'")]);

    public static string Escape(string text)
    {
        // Most titles and attribute values have nothing to escape: returned as they are, without a copy.
        if (text.AsSpan().IndexOfAny(EscapedOrDropped) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\n' or '\t' or '\r': sb.Append(c); break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Removes control characters (other than tab and line breaks) from finished HTML.</summary>
    public static string DropControlCharacters(string html)
    {
        // Almost every document has none: it is then returned as it is, without a copy.
        var first = 0;
        while (first < html.Length && (html[first] is '\n' or '\t' or '\r' || !char.IsControl(html[first])))
        {
            first++;
        }

        if (first == html.Length)
        {
            return html;
        }

        var sb = new StringBuilder(html.Length);
        foreach (var c in html)
        {
            if (c is '\n' or '\t' or '\r' || !char.IsControl(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Writes finished HTML to <paramref name="destination"/> as UTF-8, without its control characters (as <see cref="DropControlCharacters"/>), chunk by chunk: no copy of the whole document.</summary>
    public static void WriteUtf8(StringBuilder html, Stream destination)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(8192));
        try
        {
            foreach (var chunk in html.GetChunks())
            {
                var rest = chunk.Span;
                while (!rest.IsEmpty)
                {
                    var control = rest.IndexOfAny(DroppedControls);
                    var keep = control < 0 ? rest : rest[..control];
                    while (!keep.IsEmpty)
                    {
                        var part = keep[..Math.Min(keep.Length, 8192)];
                        var length = encoder.GetBytes(part, buffer, flush: false);
                        destination.Write(buffer, 0, length);
                        keep = keep[part.Length..];
                    }

                    rest = control < 0 ? [] : rest[(control + 1)..];
                }
            }

            var last = encoder.GetBytes([], buffer, flush: true);
            destination.Write(buffer, 0, last);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
