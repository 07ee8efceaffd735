namespace Courseware.Export.Packaging;

/// <summary>
/// Compresses a zip's entries on worker threads, a bounded window ahead of the writer: at most <c>window</c> entries are
/// being compressed or waiting to be written at a time, whatever the number of entries, and the writer takes them in order.
/// </summary>
internal sealed class CompressionPipeline : IDisposable
{
    /// <summary>About how many compressed bytes the window may hold at most.</summary>
    private const int WindowBytes = 64 << 20;

    private readonly IReadOnlyList<ZipEntrySource> _entries;
    private readonly ZipWriterOptions _options;
    private readonly CompressedEntry?[] _ready;
    private readonly ManualResetEventSlim[] _readyEvents;
    private readonly SemaphoreSlim _window;
    private readonly int _bufferLimit;
    private readonly Thread[] _workers;
    private int _next = -1;
    private volatile bool _stopped;

    private readonly bool _deferLarge;

    /// <summary>Starts the workers; with <c>deferLarge</c> (the zip writer can seek back in its output) an entry past the bytes kept in memory is stopped and left to the writer.</summary>
    public CompressionPipeline(IReadOnlyList<ZipEntrySource> entries, ZipWriterOptions options, bool deferLarge)
    {
        _entries = entries;
        _deferLarge = deferLarge;
        _options = options;
        var workers = Math.Clamp(options.Parallelism, 1, Math.Max(1, entries.Count));

        // A few entries per worker: one worker's large entry does not hold the others up.
        var window = workers * 4;
        _ready = new CompressedEntry?[window];
        _readyEvents = [.. Enumerable.Range(0, window).Select(_ => new ManualResetEventSlim(false))];
        _window = new SemaphoreSlim(window);

        // Held entries are bounded in bytes as well as in number: with many workers each may keep less before it is
        // left to the writer's second pass.
        _bufferLimit = Math.Min(options.BufferLimit, Math.Max(1 << 20, WindowBytes / window));
        _workers = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = "zip compression " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            _workers[i].Start();
        }
    }

    /// <summary>Waits for entry <paramref name="index"/> (entries are taken in order) and hands it over to the caller, who disposes it.</summary>
    public CompressedEntry Take(int index)
    {
        var slot = index % _ready.Length;
        _readyEvents[slot].Wait();
        var entry = Volatile.Read(ref _ready[slot])!;
        _ready[slot] = null;
        _readyEvents[slot].Reset();

        // The slot is free: a worker may start on entry index + window.
        _window.Release();
        return entry;
    }

    public void Dispose()
    {
        _stopped = true;
        _window.Release(_workers.Length);
        foreach (var worker in _workers)
        {
            worker.Join();
        }

        for (var i = 0; i < _ready.Length; i++)
        {
            _ready[i]?.Dispose();
            _readyEvents[i].Dispose();
        }

        _window.Dispose();
    }

    private void Work()
    {
        while (true)
        {
            // A permit means entry next is within the window of the writer's position.
            _window.Wait();
            var index = Interlocked.Increment(ref _next);
            if (_stopped || index >= _entries.Count)
            {
                return;
            }

            // Compress never throws: a failure travels with the entry to the writer.
            var compressed = CompressedEntry.Compress(_entries[index], _bufferLimit, _deferLarge, _options.CancellationToken);
            var slot = index % _ready.Length;
            Volatile.Write(ref _ready[slot], compressed);
            _readyEvents[slot].Set();
        }
    }
}
