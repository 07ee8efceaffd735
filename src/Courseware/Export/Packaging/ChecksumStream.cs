using System.IO.Hashing;

namespace Courseware.Export.Packaging;

/// <summary>A write-only stream that passes bytes on to another while it counts them and computes their CRC-32.</summary>
internal sealed class ChecksumStream(Stream inner, CancellationToken cancellation) : Stream
{
    private readonly Crc32 _crc = new();
    private long _length;

    public uint Crc => _crc.GetCurrentHashAsUInt32();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        cancellation.ThrowIfCancellationRequested();
        _crc.Append(buffer);
        _length += buffer.Length;
        inner.Write(buffer);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
