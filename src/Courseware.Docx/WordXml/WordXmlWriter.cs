using System.Globalization;

namespace Courseware.Docx.WordXml;

/// <summary>
/// Writes WordprocessingML markup as text: qualified names as given (the part's root declares every prefix), values
/// escaped as <see cref="System.Xml.XmlWriter"/> escapes them, characters XML cannot hold left out.
/// </summary>
internal sealed class WordXmlWriter
{
    /// <summary>The namespace declarations of a part root that may hold body content (text, links, drawings).</summary>
    public const string NamespaceDeclarations =
        " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
        + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
        + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
        + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"";

    public const string Declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private readonly TextWriter _output;

    public WordXmlWriter(TextWriter output) => _output = output;

    /// <summary>Markup written as it is (built by this writer or constant).</summary>
    public void Raw(string markup) => _output.Write(markup);

    /// <summary>Opens a start tag: attributes follow, then <see cref="EndStart"/> or <see cref="EndEmpty"/>.</summary>
    public void Open(string name)
    {
        _output.Write('<');
        _output.Write(name);
    }

    public void Attribute(string name, string value)
    {
        _output.Write(' ');
        _output.Write(name);
        _output.Write("=\"");
        Escape(value, attribute: true);
        _output.Write('"');
    }

    public void Attribute(string name, long value)
    {
        _output.Write(' ');
        _output.Write(name);
        _output.Write("=\"");
        Span<char> digits = stackalloc char[24];
        value.TryFormat(digits, out var length, default, CultureInfo.InvariantCulture);
        _output.Write(digits[..length]);
        _output.Write('"');
    }

    public void EndStart() => _output.Write('>');

    public void EndEmpty() => _output.Write(" />");

    public void Close(string name)
    {
        _output.Write("</");
        _output.Write(name);
        _output.Write('>');
    }

    /// <summary>An element without content: <c>&lt;name /&gt;</c>.</summary>
    public void Empty(string name)
    {
        Open(name);
        EndEmpty();
    }

    /// <summary>An element without content and one attribute.</summary>
    public void Empty(string name, string attribute, string value)
    {
        Open(name);
        Attribute(attribute, value);
        EndEmpty();
    }

    /// <summary>An element without content and one number attribute.</summary>
    public void Empty(string name, string attribute, long value)
    {
        Open(name);
        Attribute(attribute, value);
        EndEmpty();
    }

    /// <summary>An element without content and two number attributes (a size, an extent).</summary>
    public void Empty(string name, string attribute1, long value1, string attribute2, long value2)
    {
        Open(name);
        Attribute(attribute1, value1);
        Attribute(attribute2, value2);
        EndEmpty();
    }

    /// <summary>Character data, escaped.</summary>
    public void Text(string text) => Escape(text, attribute: false);

    /// <summary>The markup of an element built by <paramref name="write"/>, as a string to reuse.</summary>
    public static string ToMarkup(Action<WordXmlWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(new WordXmlWriter(text));
        return text.ToString();
    }

    private void Escape(string value, bool attribute)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            string? replacement;
            switch (c)
            {
                case '&':
                    replacement = "&amp;";
                    break;
                case '<':
                    replacement = "&lt;";
                    break;
                case '>':
                    replacement = "&gt;";
                    break;
                case '"' when attribute:
                    replacement = "&quot;";
                    break;
                case '\n' when attribute:
                    replacement = "&#xA;";
                    break;
                case '\r':
                    replacement = "&#xD;";
                    break;
                case '\t' when attribute:
                    replacement = "&#x9;";
                    break;
                default:
                    if ((c >= 0x20 && c < 0xD800) || c is '\n' or '\t')
                    {
                        continue;
                    }

                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        i++;
                        continue;
                    }

                    if (c >= 0xE000 && c <= 0xFFFD)
                    {
                        continue;
                    }

                    // Control characters, lone surrogates, U+FFFE and U+FFFF cannot be written in XML: left out.
                    replacement = string.Empty;
                    break;
            }

            _output.Write(value.AsSpan(start, i - start));
            _output.Write(replacement);
            start = i + 1;
        }

        _output.Write(value.AsSpan(start));
    }
}
