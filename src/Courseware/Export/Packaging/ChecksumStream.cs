using System.IO.Hashing;

namespace Courseware.Export.Packaging;

/// <summary>A write-only stream that passes bytes on to another while it counts them and computes their CRC-32.</summary>
internal sealed class ChecksumStream(Stream inner, CancellationToken cancellation) : WriteOnlyStream
{
    private readonly Crc32 _crc = new();
    private long _length;

    public uint Crc => _crc.GetCurrentHashAsUInt32();

    public override long Length => _length;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        cancellation.ThrowIfCancellationRequested();
        _crc.Append(buffer);
        _length += buffer.Length;
        inner.Write(buffer);
    }
}
