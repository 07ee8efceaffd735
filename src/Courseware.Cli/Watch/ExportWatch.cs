using Courseware.Cli.Progress;
using Courseware.Cli.Resources;
using Courseware.Export;
using Courseware.Loading;

namespace Courseware.Cli.Watch;

/// <summary><c>courseware export --watch</c>: export once, then again after each burst of changes, printing only the diagnostics that changed and the new summary.</summary>
internal static class ExportWatch
{
    public static int Run(CliEnvironment env, ExporterRegistry registry, ExportRequest request)
    {
        var fs = env.FileSystem;

        // 1. The first export prints everything, as without --watch; its diagnostic lines are kept to compare with.
        // Progress goes to the real stderr, not into the compared lines; re-exports show none.
        var errors = new StringWriter();
        using (var progress = ExportProgressDisplay.Create(env, request.Quiet || request.Json, [.. ExportHandler.FormatsOf(env, registry, request)]))
        {
            ExportHandler.Run(env with { Error = new TeeWriter(env.Error, errors) }, registry, request, progress);
        }

        var previous = Lines(errors);

        // 2. Each burst of changes re-exports with the output captured, then prints the differences.
        var courseFolder = CourseLoader.CourseDirectory(fs, request.Load.CoursePath);
        var gate = new Lock();
        void Rebuild(IReadOnlyList<string> changed)
        {
            var captured = new StringWriter();
            var summary = new StringWriter();
            int code;
            try
            {
                code = ExportHandler.Run(env with { Out = summary, Error = captured }, registry, request, ExportProgressDisplay.None);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                captured.WriteLine($"courseware: error: {ex.GetType().Name}: {ex.Message}");
                code = ExitCodes.Internal;
            }

            lock (gate)
            {
                var now = Lines(captured);
                env.Out.WriteLine(env.Text.Format(nameof(CliMessages.WatchChanged), string.Join(", ", changed)));
                DiagnosticChanges.Between(previous, now).Print(env.Out, env.Text);
                env.Out.Write(summary.ToString());
                env.Out.WriteLine(env.Text.Format(nameof(CliMessages.WatchFinished), code, courseFolder));
                env.Out.Flush();
                previous = now;
            }
        }

        // 3. Watch until Ctrl+C.
        using (new CourseWatcher(fs, courseFolder, fs.Path.GetFullPath(request.OutputFolder), CourseWatcher.DefaultDebounce, Rebuild))
        {
            env.Out.WriteLine(env.Text.Format(nameof(CliMessages.WatchStarted), courseFolder));
            env.Out.Flush();
            StopSignal.Wait();
        }

        env.Out.WriteLine(env.Text[nameof(CliMessages.WatchStopped)]);
        return ExitCodes.Ok;
    }

    private static List<string> Lines(StringWriter writer) =>
        [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Writes to two writers at once.</summary>
    private sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
    {
        public override System.Text.Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(string? value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void WriteLine(string? value)
        {
            first.WriteLine(value);
            second.WriteLine(value);
        }

        public override void Flush() => first.Flush();
    }
}
