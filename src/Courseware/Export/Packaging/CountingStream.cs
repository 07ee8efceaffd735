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

    /// <summary>Writes <paramref name="bytes"/> over those written at <paramref name="position"/>, then goes back to the end (the inner stream must seek).</summary>
    public void Overwrite(long position, ReadOnlySpan<byte> bytes)
    {
        inner.Seek(position - _written, SeekOrigin.Current);
        inner.Write(bytes);
        inner.Seek(_written - (position + bytes.Length), SeekOrigin.Current);
    }

    /// <summary>Goes back to <paramref name="position"/>: what is written next replaces what was written from there (the inner stream must seek).</summary>
    public void Rewind(long position)
    {
        inner.Seek(position - _written, SeekOrigin.Current);
        _written = position;
    }
}
