using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Courseware.Cli.Progress;
using Courseware.Cli.Resources;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Loading;

namespace Courseware.Cli;

/// <summary><c>courseware export</c>: load once, run every asked format on the same model, write atomically, print a summary.</summary>
internal static class ExportHandler
{
    /// <param name="progress">Where to show each format's progress; by default what suits <paramref name="env"/> (<see cref="ExportProgressDisplay.Create"/>).</param>
    public static int Run(CliEnvironment env, ExporterRegistry registry, ExportRequest request, ExportProgressDisplay? progress = null)
    {
        var fs = env.FileSystem;
        var exporters = SelectFormats(env, registry, request.Formats);

        // 1. Load the course and show its problems.
        var clock = Stopwatch.StartNew();
        var course = LoadOptions.Load(env, request.Load);
        var loadTime = clock.Elapsed;
        if (!request.Json)
        {
            DiagnosticPrinter.Print(env, env.Error, course.Diagnostics.Where(d => !request.Quiet || d.Severity == DiagnosticSeverity.Error), request.Load.Verbose);
        }

        if (course.Diagnostics.Any(d => d.Code == DiagnosticCodes.CourseNotFound.Code || d.Code == DiagnosticCodes.RootPageMissing.Code))
        {
            return ExitCodes.ContentErrors;
        }

        // 2. Refuse unsafe or premature output: errors in the course, output folder inside the course (or the reverse).
        var outFolder = fs.Path.GetFullPath(request.OutputFolder);
        if (!request.Force && (IsInside(fs, outFolder, course.RootDirectory) || IsInside(fs, course.RootDirectory, outFolder)))
        {
            env.Error.WriteLine(DiagnosticCodes.OutputInsideCourse.Create(SourceLocation.None, request.OutputFolder).ToMsBuildString(env.UICulture));
            return ExitCodes.Usage;
        }

        if (course.HasErrors && !request.Force)
        {
            env.Error.WriteLine(DiagnosticCodes.NoOutputBecauseOfErrors.Create(SourceLocation.None).ToMsBuildString(env.UICulture));
            return ExitCodes.ContentErrors;
        }

        // 3. Run the formats in parallel on the shared model; each writes through the atomic sink and shows its progress.
        using var display = progress ?? ExportProgressDisplay.Create(env, request.Quiet || request.Json, [.. exporters.Select(e => e.Format)]);
        var sink = new FileSystemOutputSink(fs, outFolder);
        sink.CleanStaleTemporaries();
        var timestamp = ExportContext.TimestampFromEpoch(env.GetVariable("SOURCE_DATE_EPOCH"));
        var results = new FormatResult[exporters.Count];
        using var http = request.Options.RemoteAssets == RemoteAssetPolicy.Download ? new HttpClient { Timeout = request.Options.DownloadTimeout } : null;
        // In parallel, a format splits into the parts it can write at the same time (PDF and Word: one per edition), and
        // the parts run longest first (PDF, then Word, then the rest), taken one at a time: the last part to finish starts
        // early. One at a time, each format is one part, in the order asked.
        var runs = exporters.Select(e => new FormatRun(e, new RecordingSink(sink))).ToArray();
        var parts = Enumerable.Range(0, exporters.Count)
            .SelectMany(i => PartsOf(exporters[i], course, request).Select(options => (Format: i, Options: options, Diagnostics: new DiagnosticBag())))
            .ToArray();
        foreach (var part in parts)
        {
            runs[part.Format].Remaining++;
        }

        var order = request.Jobs > 1
            ? Enumerable.Range(0, parts.Length).OrderBy(p => CostRank(exporters[parts[p].Format].Format)).ThenBy(p => p).ToArray()
            : [.. Enumerable.Range(0, parts.Length)];
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = request.Jobs }, p =>
        {
            var (i, options, bag) = parts[p];
            var run = runs[i];
            var exporter = run.Exporter;
            if (run.Start())
            {
                display.Started(exporter.Format);
            }

            try
            {
                exporter.Export(course, new ExportContext { Output = run.Files, Options = options, Diagnostics = bag, Timestamp = timestamp, Http = http, Progress = display.For(exporter.Format) });
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                bag.Report(DiagnosticCodes.ExporterFailed, SourceLocation.None, exporter.Format, $"{ex.GetType().Name}: {ex.Message}");
                if (request.Load.Verbose)
                {
                    lock (env.Error)
                    {
                        env.Error.WriteLine(ex.ToString());
                    }
                }
            }

            if (run.Finish() is { } elapsed)
            {
                // The parts' diagnostics in part order, so the list does not depend on which part ended first; parts of
                // one format may report the same problem (an unreadable image in both editions): once is enough.
                var merged = new DiagnosticBag();
                foreach (var part in parts.Where(x => x.Format == i))
                {
                    merged.AddRange(part.Diagnostics.ToSortedList());
                }

                var diagnostics = merged.ToSortedList().Distinct().ToList();
                results[i] = new FormatResult(exporter.Format, run.Files.Names, diagnostics, elapsed);
                display.Finished(exporter.Format, elapsed, diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error));
            }
        });
        display.Dispose(); // the live block is final before the diagnostics and the summary are printed

        // 4. Report: diagnostics of the exporters, then one line per file.
        var exportErrors = false;
        foreach (var result in results)
        {
            if (!request.Json)
            {
                DiagnosticPrinter.Print(env, env.Error, result.Diagnostics.Where(d => !request.Quiet || d.Severity == DiagnosticSeverity.Error), request.Load.Verbose);
            }

            exportErrors |= result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        }

        if (request.Json)
        {
            WriteJson(env, course, results, outFolder, loadTime);
        }
        else if (!request.Quiet)
        {
            WriteTable(env, course, results, outFolder, loadTime);
        }

        return exportErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    /// <summary>The parts of a format to run: those the exporter can write at the same time when jobs run in parallel, else the whole format.</summary>
    private static IReadOnlyList<ExportOptions> PartsOf(IExporter exporter, Model.Course course, ExportRequest request) =>
        request.Jobs > 1 && exporter.Parts(course, request.Options) is { Count: > 0 } parts ? parts : [request.Options];

    /// <summary>The names of the formats the request asks for, in export order.</summary>
    public static IEnumerable<string> FormatsOf(CliEnvironment env, ExporterRegistry registry, ExportRequest request) =>
        SelectFormats(env, registry, request.Formats).Select(e => e.Format);

    private static List<IExporter> SelectFormats(CliEnvironment env, ExporterRegistry registry, string formats)
    {
        var names = formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == 0 || names.Any(n => n.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            return [.. registry.All];
        }

        var result = new List<IExporter>();
        foreach (var name in names)
        {
            var exporter = registry.Find(name) ?? throw new UsageException(env.Text.Format(nameof(CliMessages.UnknownFormat), name, string.Join(", ", registry.All.Select(e => e.Format).Append("all"))));
            if (!result.Contains(exporter))
            {
                result.Add(exporter);
            }
        }

        return result;
    }

    /// <summary>How early a format starts when formats run in parallel: the slowest first.</summary>
    private static int CostRank(string format) => format switch
    {
        "pdf" => 0,
        "docx" => 1,
        "gift" => 3,
        _ => 2,
    };

    private static bool IsInside(System.IO.Abstractions.IFileSystem fs, string path, string folder)
    {
        var sep = fs.Path.DirectorySeparatorChar;
        var p = path.TrimEnd(sep) + sep;
        var f = folder.TrimEnd(sep) + sep;
        return p.StartsWith(f, StringComparison.Ordinal);
    }

    private static void WriteTable(CliEnvironment env, Model.Course course, FormatResult[] results, string outFolder, TimeSpan loadTime)
    {
        var fs = env.FileSystem;
        var text = env.Text;
        env.Out.WriteLine(text.Format(nameof(CliMessages.ExportLoaded), course.Title, course.Pages.Count, Seconds(text, loadTime)));
        var nothing = text[nameof(CliMessages.NothingWritten)];
        // The file name comes last: a long name (GIFT banks are named after their quiz) then pushes nothing out of line.
        env.Out.WriteLine($"{text[nameof(CliMessages.ColumnFormat)],-10} {text[nameof(CliMessages.ColumnSize)],10} {text[nameof(CliMessages.ColumnWarnings)],5} {text[nameof(CliMessages.ColumnErrors)],4} {text[nameof(CliMessages.ColumnTime)],7}  {text[nameof(CliMessages.ColumnFile)]}");
        foreach (var r in results)
        {
            var warnings = r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            var errors = r.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            if (r.Files.Count == 0)
            {
                env.Out.WriteLine($"{r.Format,-10} {string.Empty,10} {warnings,5} {errors,4} {Seconds(text, r.Time),7}  {nothing}");
            }

            foreach (var file in r.Files)
            {
                var size = fs.FileInfo.New(fs.Path.Combine(outFolder, file)).Length;
                env.Out.WriteLine($"{r.Format,-10} {Size(text, size),10} {warnings,5} {errors,4} {Seconds(text, r.Time),7}  {file}");
            }
        }

        env.Out.WriteLine(text.Format(nameof(CliMessages.WrittenTo), outFolder));
    }

    private static void WriteJson(CliEnvironment env, Model.Course course, FormatResult[] results, string outFolder, TimeSpan loadTime)
    {
        var fs = env.FileSystem;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("course", course.Title);
            json.WriteString("output", outFolder);
            json.WriteNumber("loadSeconds", Math.Round(loadTime.TotalSeconds, 3));
            json.WriteStartArray("formats");
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("format", r.Format);
                json.WriteNumber("seconds", Math.Round(r.Time.TotalSeconds, 3));
                json.WriteStartArray("files");
                foreach (var file in r.Files)
                {
                    json.WriteStartObject();
                    json.WriteString("name", file);
                    json.WriteNumber("size", fs.FileInfo.New(fs.Path.Combine(outFolder, file)).Length);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("diagnostics");
                foreach (var d in r.Diagnostics)
                {
                    json.WriteStringValue(d.ToMsBuildString());
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("courseDiagnostics");
            foreach (var d in course.Diagnostics)
            {
                json.WriteStringValue(d.ToMsBuildString());
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        env.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Seconds(CliText text, TimeSpan t) => text.Format(nameof(CliMessages.Seconds), t.TotalSeconds);

    private static string Size(CliText text, long bytes) => bytes switch
    {
        < 1024 => text.Format(nameof(CliMessages.Bytes), bytes),
        < 1024 * 1024 => text.Format(nameof(CliMessages.Kilobytes), bytes / 1024.0),
        _ => text.Format(nameof(CliMessages.Megabytes), bytes / 1024.0 / 1024.0),
    };

    private sealed record FormatResult(string Format, IReadOnlyList<string> Files, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan Time);

    /// <summary>One format while its parts run: the files they wrote, and its time from the first part's start to the last part's end.</summary>
    private sealed class FormatRun(IExporter exporter, RecordingSink files)
    {
        private readonly Lock _lock = new();
        private Stopwatch? _watch;

        public IExporter Exporter { get; } = exporter;

        public RecordingSink Files { get; } = files;

        /// <summary>Parts not finished yet (set before the parts start).</summary>
        public int Remaining { get; set; }

        /// <summary>True for the format's first part to start.</summary>
        public bool Start()
        {
            lock (_lock)
            {
                if (_watch is not null)
                {
                    return false;
                }

                _watch = Stopwatch.StartNew();
                return true;
            }
        }

        /// <summary>The format's time when this was its last part, else null.</summary>
        public TimeSpan? Finish()
        {
            lock (_lock)
            {
                return --Remaining == 0 ? _watch!.Elapsed : null;
            }
        }
    }

    /// <summary>Remembers which files one exporter committed.</summary>
    private sealed class RecordingSink(IOutputSink inner) : IOutputSink
    {
        private readonly List<string> _names = [];

        public IReadOnlyList<string> Names
        {
            get
            {
                lock (_names)
                {
                    return [.. _names.Order(StringComparer.Ordinal)];
                }
            }
        }

        public OutputFile Create(string fileName) => new RecordedFile(this, inner.Create(fileName));

        private sealed class RecordedFile(RecordingSink owner, OutputFile file) : OutputFile(file.FileName)
        {
            public override Stream Stream => file.Stream;

            public override void Commit()
            {
                file.Commit();
                lock (owner._names)
                {
                    owner._names.Add(FileName);
                }
            }

            protected override void Dispose(bool disposing) => file.Dispose();
        }
    }
}
