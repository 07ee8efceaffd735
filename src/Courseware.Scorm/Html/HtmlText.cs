using System.Text;

namespace Courseware.Scorm.Html;

/// <summary>Escapes text for HTML content and attribute values, dropping control characters.</summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
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
}
