using System.Net;
using System.Net.Sockets;

namespace Courseware.Scorm.Tests.Browser;

/// <summary>Serves folders over HTTP on 127.0.0.1 (a free port) for the browser tests: the LMS page, its scripts and unzipped packages.</summary>
public sealed class StaticFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, string> _roots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<HttpListenerContext, Task>> _handlers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Task _loop;

    public StaticFileServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{Port}";
        _listener.Prefixes.Add(BaseUrl + "/");
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public int Port { get; }

    public string BaseUrl { get; }

    /// <summary>Serves <paramref name="directory"/> under <c>/prefix/</c>.</summary>
    public string Mount(string prefix, string directory)
    {
        lock (_lock)
        {
            _roots[prefix] = directory;
        }

        return $"{BaseUrl}/{prefix}/";
    }

    /// <summary>Answers <c>/path</c> with a handler (for download tests).</summary>
    public string Handle(string path, Func<HttpListenerContext, Task> handler)
    {
        lock (_lock)
        {
            _handlers[path] = handler;
        }

        return BaseUrl + path;
    }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private async Task Serve(HttpListenerContext context)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            Func<HttpListenerContext, Task>? handler;
            lock (_lock)
            {
                _handlers.TryGetValue(path, out handler);
            }

            if (handler is not null)
            {
                await handler(context);
                return;
            }

            var file = Resolve(path);
            if (file is null)
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                return;
            }

            var bytes = await File.ReadAllBytesAsync(file);
            context.Response.ContentType = ContentType(file);
            context.Response.Headers["Cache-Control"] = "no-store";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception) when (!_listener.IsListening)
        {
        }
        catch (HttpListenerException)
        {
        }
    }

    private string? Resolve(string path)
    {
        var parts = path.TrimStart('/').Split('/', 2);
        string? root;
        lock (_lock)
        {
            _roots.TryGetValue(parts[0], out root);
        }

        if (root is null || parts.Length < 2)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, parts[1]));
        return full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string ContentType(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".png" => "image/png",
        ".pdf" => "application/pdf",
        ".json" => "application/json",
        ".xml" => "application/xml",
        _ => "application/octet-stream",
    };

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}
