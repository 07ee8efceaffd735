using System.Globalization;
using Courseware.Cli.Resources;
using Courseware.Export;

namespace Courseware.Cli.Progress;

/// <summary>
/// Shows how each format of <c>courseware export</c> is getting on, on stderr: a line per format redrawn in place on
/// an interactive terminal, plain "started"/"done" lines when the output is redirected or in CI, nothing with
/// <c>--quiet</c> or <c>--json</c>. Calls come from the exporters' threads.
/// </summary>
internal abstract class ExportProgressDisplay : IDisposable
{
    /// <summary>Shows nothing.</summary>
    public static ExportProgressDisplay None { get; } = new SilentProgressDisplay();

    /// <summary>The display that suits the environment: live on a terminal (not in CI, not with TERM=dumb), plain lines otherwise, none when silenced.</summary>
    public static ExportProgressDisplay Create(CliEnvironment env, bool silent, IReadOnlyList<string> formats)
    {
        if (silent)
        {
            return None;
        }

        var ci = env.GetVariable("CI") is { Length: > 0 } value && value is not ("false" or "0");
        var dumb = string.Equals(env.GetVariable("TERM"), "dumb", StringComparison.Ordinal);
        if (env.ErrorIsTerminal && !ci && !dumb)
        {
            return new LiveProgressDisplay(env.Error, env.Text, formats, TimeProvider.System, color: string.IsNullOrEmpty(env.GetVariable("NO_COLOR")), TimeSpan.FromMilliseconds(100));
        }

        return new PlainProgressDisplay(env.Error, env.Text);
    }

    public abstract void Started(string format);

    public abstract void Progressed(string format, ExportProgress progress);

    public abstract void Finished(string format, TimeSpan elapsed, bool failed);

    /// <summary>The callback an exporter reports its pages to.</summary>
    public IProgress<ExportProgress> For(string format) => new FormatProgress(this, format);

    public virtual void Dispose()
    {
    }

    /// <summary>"1.23 s" in the message language.</summary>
    protected static string Seconds(CliText text, TimeSpan elapsed) => text.Format(nameof(CliMessages.Seconds), elapsed.TotalSeconds);

    private sealed class FormatProgress(ExportProgressDisplay display, string format) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => display.Progressed(format, value);
    }

    private sealed class SilentProgressDisplay : ExportProgressDisplay
    {
        public override void Started(string format)
        {
        }

        public override void Progressed(string format, ExportProgress progress)
        {
        }

        public override void Finished(string format, TimeSpan elapsed, bool failed)
        {
        }
    }
}

/// <summary>One line when a format starts and one when it ends: readable in CI logs and files.</summary>
internal sealed class PlainProgressDisplay(TextWriter writer, CliText text) : ExportProgressDisplay
{
    private readonly Lock _lock = new();

    public override void Started(string format) => Write(text.Format(nameof(CliMessages.ProgressStarted), format));

    public override void Progressed(string format, ExportProgress progress)
    {
        // Page counts would flood a log; the start and end lines say enough.
    }

    public override void Finished(string format, TimeSpan elapsed, bool failed) =>
        Write(text.Format(failed ? nameof(CliMessages.ProgressFailed) : nameof(CliMessages.ProgressDone), format, Seconds(text, elapsed)));

    private void Write(string line)
    {
        lock (_lock)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}

/// <summary>A block of one line per format, redrawn in place with ANSI cursor movements on each change and a few times a second.</summary>
internal sealed class LiveProgressDisplay : ExportProgressDisplay
{
    private static readonly string[] Spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    private readonly TextWriter _writer;
    private readonly CliText _text;
    private readonly TimeProvider _time;
    private readonly bool _color;
    private readonly List<string> _formats;
    private readonly Dictionary<string, FormatState> _states;
    private readonly int _width;
    private readonly Lock _lock = new();
    private readonly ITimer? _timer;
    private int _drawnLines;
    private int _tick;
    private bool _disposed;

    public LiveProgressDisplay(TextWriter writer, CliText text, IReadOnlyList<string> formats, TimeProvider time, bool color, TimeSpan refresh)
    {
        _writer = writer;
        _text = text;
        _time = time;
        _color = color;
        _formats = [.. formats];
        _states = _formats.ToDictionary(f => f, _ => new FormatState(), StringComparer.Ordinal);
        _width = Math.Max(10, _formats.Select(f => f.Length + 2).DefaultIfEmpty(0).Max());
        Draw();
        if (refresh > TimeSpan.Zero && refresh != Timeout.InfiniteTimeSpan)
        {
            _timer = time.CreateTimer(_ => Tick(), null, refresh, refresh);
        }
    }

    public override void Started(string format) => Update(format, s => s.Started = _time.GetTimestamp());

    public override void Progressed(string format, ExportProgress progress) =>
        Update(format, s => s.Pages = s.Pages is { } old && old.Total == progress.Total && old.Completed > progress.Completed ? old : progress);

    public override void Finished(string format, TimeSpan elapsed, bool failed) => Update(format, s =>
    {
        s.Elapsed = elapsed;
        s.Failed = failed;
    });

    public override void Dispose()
    {
        _timer?.Dispose();
        lock (_lock)
        {
            if (!_disposed)
            {
                Redraw();
                _disposed = true;
            }
        }
    }

    private void Tick()
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _tick++;
                Redraw();
            }
        }
    }

    private void Update(string format, Action<FormatState> change)
    {
        lock (_lock)
        {
            if (_disposed || !_states.TryGetValue(format, out var state))
            {
                return;
            }

            change(state);
            Redraw();
        }
    }

    private void Draw()
    {
        lock (_lock)
        {
            Redraw();
        }
    }

    // Moves back to the first line of the block, then rewrites every line, clearing what was there.
    private void Redraw()
    {
        var frame = new System.Text.StringBuilder();
        if (_drawnLines > 0)
        {
            frame.Append(CultureInfo.InvariantCulture, $"\u001b[{_drawnLines}A");
        }

        foreach (var format in _formats)
        {
            frame.Append("\r\u001b[2K").Append(Line(format, _states[format])).Append('\n');
        }

        _drawnLines = _formats.Count;
        _writer.Write(frame.ToString());
        _writer.Flush();
    }

    private string Line(string format, FormatState state)
    {
        var name = format.PadRight(_width);
        if (state.Elapsed is { } elapsed)
        {
            return state.Failed
                ? $"{name}{Paint("31", "✗")} {Seconds(_text, elapsed)}"
                : $"{name}{Paint("32", "✓")} {Seconds(_text, elapsed)}";
        }

        if (state.Started is not { } started)
        {
            return $"{name}{Paint("2", "·")} {_text[nameof(CliMessages.ProgressWaiting)]}";
        }

        var detail = state.Pages is { } pages
            ? _text.Format(nameof(CliMessages.ProgressPages), pages.Completed, pages.Total)
            : _text[nameof(CliMessages.ProgressWorking)];
        return $"{name}{Paint("36", "▸")} {detail}  {Paint("2", Seconds(_text, _time.GetElapsedTime(started)))} {Paint("2", Spinner[_tick % Spinner.Length])}";
    }

    private string Paint(string sgr, string text) => _color ? $"\u001b[{sgr}m{text}\u001b[0m" : text;

    private sealed class FormatState
    {
        public long? Started { get; set; }

        public ExportProgress? Pages { get; set; }

        public TimeSpan? Elapsed { get; set; }

        public bool Failed { get; set; }
    }
}
