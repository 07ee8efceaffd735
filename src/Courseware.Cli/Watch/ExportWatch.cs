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
        var errors = new StringWriter();
        ExportHandler.Run(env with { Error = new TeeWriter(env.Error, errors) }, registry, request);
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
                code = ExportHandler.Run(env with { Out = summary, Error = captured }, registry, request);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                captured.WriteLine($"courseware: error: {ex.GetType().Name}: {ex.Message}");
                code = ExitCodes.Internal;
            }

            lock (gate)
            {
                var now = Lines(captured);
                env.Out.WriteLine($"changed: {string.Join(", ", changed)}");
                DiagnosticChanges.Between(previous, now).Print(env.Out);
                env.Out.Write(summary.ToString());
                env.Out.WriteLine($"export finished (exit code {code}); watching {courseFolder}");
                env.Out.Flush();
                previous = now;
            }
        }

        // 3. Watch until Ctrl+C.
        using (new CourseWatcher(fs, courseFolder, fs.Path.GetFullPath(request.OutputFolder), CourseWatcher.DefaultDebounce, Rebuild))
        {
            env.Out.WriteLine($"Watching {courseFolder} for changes; press Ctrl+C to stop.");
            env.Out.Flush();
            StopSignal.Wait();
        }

        env.Out.WriteLine("Watch stopped.");
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
