namespace Courseware.Export.Packaging;

/// <summary>
/// A stream that is only written, front to back: the base of the packaging streams (checksums, counts, buffers, spools).
/// A subclass writes spans and says its <see cref="Length"/> when it knows it; everything else is refused.
/// </summary>
public abstract class WriteOnlyStream : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    /// <summary>How many bytes were written, where <see cref="Length"/> is known.</summary>
    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public abstract override void Write(ReadOnlySpan<byte> buffer);

    public sealed override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public sealed override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    public sealed override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public sealed override void SetLength(long value) => throw new NotSupportedException();
}
