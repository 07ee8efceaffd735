using System.Text;

namespace Courseware.Scorm.Packaging;

/// <summary>
/// Renders the pages of a package on a worker thread, in the order the zip writes them and a few pages ahead of it, so
/// that rendering and compressing run on two cores. Each page is rendered once (by the worker, or by the writer itself
/// when it gets there first) and dropped once written: at most <see cref="Window"/> rendered pages are held at a time.
/// </summary>
internal sealed class PageRenderAhead : IDisposable
{
    private const int Window = 8;

    private readonly Lazy<byte[]>?[] _pages;
    private readonly Dictionary<string, int> _indexByPath;
    private readonly SemaphoreSlim _window = new(Window);
    private readonly CancellationTokenSource _stop;
    private Task? _worker;

    /// <param name="pages">The page files in the order the zip writes them, each with the function that renders it.</param>
    /// <param name="cancellation">Stops the worker (the export was cancelled).</param>
    public PageRenderAhead(IReadOnlyList<(string Path, Func<string> Render)> pages, CancellationToken cancellation)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _pages = new Lazy<byte[]>?[pages.Count];
        _indexByPath = new Dictionary<string, int>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var render = pages[i].Render;
            _pages[i] = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(render()), LazyThreadSafetyMode.ExecutionAndPublication);
            _indexByPath[pages[i].Path] = i;
        }
    }

    /// <summary>Writes the page at <paramref name="path"/> (rendered ahead, or now) and forgets it.</summary>
    public void WriteTo(string path, Stream destination)
    {
        _worker ??= Task.Factory.StartNew(RenderAll, _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var index = _indexByPath[path];
        var page = _pages[index] ?? throw new InvalidOperationException($"{path} was already written.");
        var bytes = page.Value;
        _pages[index] = null;
        _window.Release();
        destination.Write(bytes);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _worker?.Wait();
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
        {
        }

        _stop.Dispose();
        _window.Dispose();
    }

    private void RenderAll()
    {
        for (var i = 0; i < _pages.Length; i++)
        {
            _window.Wait(_stop.Token);
            try
            {
                _ = _pages[i]?.Value;
            }
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                // The page keeps its exception: the writer gets it when it reaches the page.
            }
        }
    }
}
