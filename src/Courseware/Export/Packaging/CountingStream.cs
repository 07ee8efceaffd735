namespace Courseware.Export.Packaging;

/// <summary>A write-only stream that passes bytes on to another and counts them: the zip's offsets, whether or not the output can seek.</summary>
internal sealed class CountingStream(Stream inner) : WriteOnlyStream
{
    private long _written;

    public override long Length => _written;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _written += buffer.Length;
    }

    public override void Flush() => inner.Flush();
}
