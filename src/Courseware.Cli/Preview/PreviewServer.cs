using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Courseware.Cli.Preview;

/// <summary>What the server shows: the course title and language, both SCORM packages and a build number that grows with each rebuild.</summary>
public sealed record PreviewSnapshot(string CourseTitle, string Language, int Build, PreviewPackage Scorm12, PreviewPackage Scorm2004)
{
    public PreviewPackage Package(string version) => version == "12" ? Scorm12 : Scorm2004;
}

/// <summary>Serves the test LMS page and the packages on 127.0.0.1 only, with <see cref="HttpListener"/>.</summary>
public sealed class PreviewServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _defaultVersion;
    private PreviewSnapshot _snapshot;
    private Task? _loop;

    public PreviewServer(PreviewSnapshot snapshot, string defaultVersion, int port)
    {
        _snapshot = snapshot;
        _defaultVersion = defaultVersion;
        Port = port == 0 ? FreeLoopbackPort() : port;

        // Only the loopback address: the preview is never reachable from another machine.
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public PreviewSnapshot Snapshot
    {
        get => Volatile.Read(ref _snapshot);
        set => Volatile.Write(ref _snapshot, value);
    }

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public void Dispose()
    {
        if (_listener.IsListening)
        {
            _listener.Stop();
        }

        _listener.Close();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener; nothing to report.
        }
    }

    private static int FreeLoopbackPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        try
        {
            var (status, type, body) = Route(context.Request);
            var response = context.Response;
            response.StatusCode = status;
            response.ContentType = type;
            response.Headers["Cache-Control"] = "no-store";
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The browser went away mid-answer.
        }
    }

    private (int Status, string Type, byte[] Body) Route(HttpListenerRequest request)
    {
        var snapshot = Snapshot;
        var path = Uri.UnescapeDataString(request.Url?.AbsolutePath ?? "/");
        var version = request.QueryString["scorm"] is "12" or "2004" ? request.QueryString["scorm"]! : _defaultVersion;
        switch (path)
        {
            case "/":
            case "/index.html":
                return (200, "text/html; charset=utf-8", Utf8(LmsPage.Render(snapshot.CourseTitle, snapshot.Language, version, snapshot.Build)));
            case "/lms.js":
                return (200, "text/javascript; charset=utf-8", Utf8(LmsScript.Text));
            case "/lms.css":
                return (200, "text/css; charset=utf-8", Utf8(LmsPage.Css));
            case "/version":
                return (200, "text/plain; charset=utf-8", Utf8(snapshot.Build.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            case "/state.json":
                return (200, "application/json; charset=utf-8", StateJson(snapshot, version));
        }

        foreach (var v in new[] { "12", "2004" })
        {
            var prefix = $"/sco/{v}/";
            if (path.StartsWith(prefix, StringComparison.Ordinal)
                && snapshot.Package(v).Files.TryGetValue(path[prefix.Length..], out var bytes))
            {
                return (200, ContentType(path), bytes);
            }
        }

        return (404, "text/plain; charset=utf-8", Utf8("not found: " + path));
    }

    private static byte[] StateJson(PreviewSnapshot snapshot, string version)
    {
        var package = snapshot.Package(version);
        var state = new
        {
            build = snapshot.Build,
            version,
            items = package.Items.Select(i => new { identifier = i.Identifier, title = i.Title, depth = i.Depth, href = i.Href }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(state, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".xml" or ".xsd" => "application/xml",
        ".json" => "application/json",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".svg" => "image/svg+xml",
        ".webp" => "image/webp",
        ".pdf" => "application/pdf",
        ".mp4" => "video/mp4",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
