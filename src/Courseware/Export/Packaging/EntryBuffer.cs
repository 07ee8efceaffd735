using System.Buffers;

namespace Courseware.Export.Packaging;

/// <summary>
/// A write-only stream that keeps a compressed entry in pooled chunks until the zip writer's turn comes, up to a limit:
/// past it the chunks go back to the pool and either only the length is counted (the entry is then written in a second
/// pass) or, with <paramref name="stopAtLimit"/>, the entry's writer is stopped (the zip writer writes the entry at its turn).
/// </summary>
internal sealed class EntryBuffer(int limit, bool stopAtLimit = false) : WriteOnlyStream
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _lastChunkUsed = ChunkSize;
    private long _length;

    /// <summary>True once more than the limit was written: the bytes were dropped, only <see cref="Length"/> is known.</summary>
    public bool Overflowed { get; private set; }

    public override long Length => _length;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _length += buffer.Length;
        if (Overflowed)
        {
            StopIfAsked();
            return;
        }

        if (_length > limit)
        {
            Overflowed = true;
            ReturnChunks();
            StopIfAsked();
            return;
        }

        while (!buffer.IsEmpty)
        {
            if (_lastChunkUsed == ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _lastChunkUsed = 0;
            }

            var take = Math.Min(buffer.Length, ChunkSize - _lastChunkUsed);
            buffer[..take].CopyTo(_chunks[^1].AsSpan(_lastChunkUsed));
            _lastChunkUsed += take;
            buffer = buffer[take..];
        }
    }

    /// <summary>Copies the kept bytes to <paramref name="destination"/>.</summary>
    public void CopyTo(Stream destination, CancellationToken cancellation)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            destination.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _lastChunkUsed : ChunkSize);
        }
    }


    private void StopIfAsked()
    {
        if (stopAtLimit)
        {
            throw new LimitReachedException();
        }
    }

    protected override void Dispose(bool disposing)
    {
        ReturnChunks();
        base.Dispose(disposing);
    }

    private void ReturnChunks()
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
        _lastChunkUsed = ChunkSize;
    }
}

/// <summary>Thrown into an entry's writer when its bytes went past the limit of an <see cref="EntryBuffer"/> that stops there.</summary>
internal sealed class LimitReachedException() : Exception("The zip entry is larger than the bytes kept in memory; it is written at its turn.");
