using System.Text;
using Courseware.Docx.WordXml;

namespace Courseware.Docx.Packaging;

/// <summary>
/// Keeps the content of a long part out of the element tree: markup is written here as it comes (the body after each
/// page, each footnote once rendered) into a <see cref="SpoolBuffer"/>, which deflates what goes past its first
/// megabytes, so memory does not grow with the rendered elements. When the part is written, the spooled markup is
/// copied in its place.
/// </summary>
internal sealed class BodySpool : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly SpoolBuffer _buffer;
    private readonly StreamWriter _text;
    private bool _closed;

    public BodySpool(int rawLimit = SpoolBuffer.RawLimit)
    {
        _buffer = new SpoolBuffer(rawLimit);
        _text = new StreamWriter(_buffer, Utf8, 1 << 16, leaveOpen: true);
        Writer = new WordXmlWriter(_text);
    }

    /// <summary>Where spooled markup is written.</summary>
    public WordXmlWriter Writer { get; }

    /// <summary>Writes the children of <paramref name="container"/> and removes them.</summary>
    public void Flush(WordElement container)
    {
        container.WriteChildrenTo(Writer);
        container.Clear();
    }

    /// <summary>Copies the spooled markup (UTF-8) to <paramref name="destination"/>; nothing may be spooled afterwards.</summary>
    public void CopyTo(Stream destination)
    {
        CloseSpool();
        _buffer.WriteTo(destination);
    }

    public void Dispose()
    {
        CloseSpool();
        _buffer.Dispose();
    }

    private void CloseSpool()
    {
        if (!_closed)
        {
            _closed = true;
            _text.Dispose();
        }
    }
}
