namespace Courseware.Export.Packaging;

/// <summary>
/// Compresses a zip's entries on worker threads, a bounded window ahead of the writer: at most <c>window</c> entries are
/// being compressed or waiting to be written at a time, whatever the number of entries, and the writer takes them in order.
/// </summary>
internal sealed class CompressionPipeline : IDisposable
{
    private readonly IReadOnlyList<ZipEntrySource> _entries;
    private readonly ZipWriterOptions _options;
    private readonly CompressedEntry?[] _ready;
    private readonly object _gate = new();
    private readonly Thread[] _workers;
    private int _next;
    private int _taken;
    private bool _stopped;

    public CompressionPipeline(IReadOnlyList<ZipEntrySource> entries, ZipWriterOptions options)
    {
        _entries = entries;
        _options = options;
        var workers = Math.Clamp(options.Parallelism, 1, Math.Max(1, entries.Count));

        // A few entries per worker: one worker's large entry does not hold the others up.
        _ready = new CompressedEntry?[workers * 4];
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
        lock (_gate)
        {
            var slot = index % _ready.Length;
            while (_ready[slot] is null)
            {
                Monitor.Wait(_gate);
            }

            var entry = _ready[slot]!;
            _ready[slot] = null;
            _taken = index + 1;
            Monitor.PulseAll(_gate);
            return entry;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _stopped = true;
            Monitor.PulseAll(_gate);
        }

        foreach (var worker in _workers)
        {
            worker.Join();
        }

        foreach (var entry in _ready)
        {
            entry?.Dispose();
        }
    }

    private void Work()
    {
        while (true)
        {
            int index;
            lock (_gate)
            {
                while (!_stopped && _next < _entries.Count && _next >= _taken + _ready.Length)
                {
                    Monitor.Wait(_gate);
                }

                if (_stopped || _next >= _entries.Count)
                {
                    return;
                }

                index = _next++;
            }

            // Compress never throws: a failure travels with the entry to the writer.
            var compressed = CompressedEntry.Compress(_entries[index], _options.BufferLimit, _options.CancellationToken);
            lock (_gate)
            {
                if (_stopped)
                {
                    compressed.Dispose();
                    return;
                }

                _ready[index % _ready.Length] = compressed;
                Monitor.PulseAll(_gate);
            }
        }
    }
}
