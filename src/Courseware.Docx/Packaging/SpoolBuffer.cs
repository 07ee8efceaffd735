using System.IO.Compression;

namespace Courseware.Docx.Packaging;

/// <summary>
/// Where a spool's bytes wait: the first <see cref="RawLimit"/> bytes as they are (most documents never get further, and
/// are not compressed twice), the rest deflated as they come, so a long document's memory stays a fraction of its markup.
/// Chunks of a fixed size, never one growing array copied at each doubling.
/// </summary>
internal sealed class SpoolBuffer : Courseware.Export.Packaging.WriteOnlyStream
{
    /// <summary>Bytes kept uncompressed before the rest is deflated.</summary>
    public const int RawLimit = 8 << 20;

    private const int ChunkSize = 1 << 16;
    private readonly List<byte[]> _chunks = [];
    private readonly int _rawLimit;
    private int _used = ChunkSize;
    private long _rawLength;
    private MemoryStream? _compressed;
    private DeflateStream? _deflate;

    public SpoolBuffer(int rawLimit = RawLimit) => _rawLimit = rawLimit;

    /// <summary>True once bytes went past the raw limit and are being deflated.</summary>
    public bool IsCompressing => _deflate is not null;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0 && _deflate is null)
        {
            if (_rawLength >= _rawLimit)
            {
                _compressed = new MemoryStream();
                _deflate = new DeflateStream(_compressed, CompressionLevel.Fastest, leaveOpen: true);
                break;
            }

            if (_used == ChunkSize)
            {
                _chunks.Add(new byte[ChunkSize]);
                _used = 0;
            }

            var take = (int)Math.Min(Math.Min(buffer.Length, ChunkSize - _used), _rawLimit - _rawLength);
            buffer[..take].CopyTo(_chunks[^1].AsSpan(_used));
            _used += take;
            _rawLength += take;
            buffer = buffer[take..];
        }

        if (buffer.Length > 0)
        {
            _deflate!.Write(buffer);
        }
    }

    /// <summary>Writes every byte written here to <paramref name="destination"/>, in order; nothing may be written afterwards.</summary>
    public void WriteTo(Stream destination)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            destination.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _used : ChunkSize);
        }

        if (_deflate is not null)
        {
            _deflate.Dispose();
            _compressed!.Position = 0;
            using var inflate = new DeflateStream(_compressed, CompressionMode.Decompress, leaveOpen: true);
            inflate.CopyTo(destination);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _deflate?.Dispose();
            _compressed?.Dispose();
            _chunks.Clear();
        }

        base.Dispose(disposing);
    }
}
