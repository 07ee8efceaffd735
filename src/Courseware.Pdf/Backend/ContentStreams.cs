using System.IO.Compression;
using PdfSharp.Pdf;

namespace Courseware.Pdf.Backend;

/// <summary>
/// Compresses PDF streams with zlib (FlateDecode). PDFsharp compresses a content stream when the document is saved only if
/// it has no /Filter yet, so a stream compressed here is written as it is. Unlike PDFsharp's own encoder, the zlib
/// stream ends with its Adler-32 checksum, as RFC 1950 asks.
/// </summary>
internal static class ContentStreams
{
    /// <summary>The zlib stream of <paramref name="data"/> at the default compression level (the level PDFsharp uses).</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream((data.Length / 3) + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }

    /// <summary>Replaces the stream of <paramref name="dictionary"/> by its compressed form and says so with /Filter /FlateDecode.</summary>
    public static void Compress(PdfDictionary dictionary, byte[] data)
    {
        dictionary.Stream.Value = Deflate(data);
        dictionary.Elements.SetName("/Filter", "/FlateDecode");
        dictionary.Elements.SetInteger("/Length", dictionary.Stream.Length);
    }
}
