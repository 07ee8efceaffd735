using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Courseware.Docx.Packaging;

/// <summary>
/// Keeps the body of a long document out of the DOM: after each page, the elements rendered since the marker are
/// serialised (deflated, in memory) and removed, so only one page of Open XML elements is alive at a time. When the
/// document is written, the spooled XML takes the marker's place in <c>word/document.xml</c>.
/// </summary>
internal sealed class BodySpool : IDisposable
{
    private const string MarkerName = "_cw_spooled_body";

    private readonly MemoryStream _buffer = new();
    private readonly DeflateStream _deflate;
    private readonly XmlWriter _writer;
    private readonly BookmarkStart _marker = new() { Name = MarkerName, Id = "0" };
    private bool _closed;

    public BodySpool()
    {
        _deflate = new DeflateStream(_buffer, CompressionLevel.Fastest, leaveOpen: true);
        _writer = XmlWriter.Create(_deflate, new XmlWriterSettings { Encoding = new UTF8Encoding(false), ConformanceLevel = ConformanceLevel.Fragment, CloseOutput = false });
    }

    /// <summary>Places the marker at the end of <paramref name="body"/>: what is appended after it is spooled.</summary>
    public void Start(Body body) => body.Append(_marker);

    /// <summary>Serialises and removes every element after the marker.</summary>
    public void Flush()
    {
        for (var element = _marker.NextSibling(); element is not null; element = _marker.NextSibling())
        {
            element.WriteTo(_writer);
            element.Remove();
        }
    }

    /// <summary>Writes <paramref name="document"/> as XML to <paramref name="destination"/>, the spooled body in place of the marker.</summary>
    public void WriteDocument(Document document, Stream destination)
    {
        Flush();
        CloseSpool();

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false };
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = XmlWriter.Create(text, settings))
        {
            writer.WriteStartDocument();
            document.WriteTo(writer);
            writer.WriteEndDocument();
        }

        // The document around the body is small: split it at the marker's element.
        var xml = text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
        var name = xml.IndexOf(MarkerName, StringComparison.Ordinal);
        var start = xml.LastIndexOf('<', name);
        var end = xml.IndexOf("/>", name, StringComparison.Ordinal) + 2;
        destination.Write(Encoding.UTF8.GetBytes(xml[..start]));
        _buffer.Position = 0;
        using (var inflate = new DeflateStream(_buffer, CompressionMode.Decompress, leaveOpen: true))
        {
            inflate.CopyTo(destination);
        }

        destination.Write(Encoding.UTF8.GetBytes(xml[end..]));
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
            _writer.Dispose();
            _deflate.Dispose();
        }
    }
}
