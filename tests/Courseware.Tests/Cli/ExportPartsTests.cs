using System.Collections.Concurrent;
using System.Text.Json;
using Courseware.Cli;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Cli;

/// <summary>A format made of parts (one per edition) runs them at the same time and reports them as one format.</summary>
public class ExportPartsTests
{
    [Fact]
    public void In_parallel_each_edition_is_a_part_and_the_format_is_reported_once()
    {
        var exporter = new EditionExporter();
        var json = Export(exporter, jobs: 2);

        // Two calls, one edition each.
        Assert.Equal(["Learner", "Trainer"], exporter.Calls.Select(c => string.Join('+', c)).Order(StringComparer.Ordinal));

        var format = Assert.Single(json.GetProperty("formats").EnumerateArray());
        Assert.Equal("editions", format.GetProperty("format").GetString());
        Assert.Equal(["book-learner.txt", "book-trainer.txt"], format.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()));

        // The problem both parts found is listed once; each part's own problem is kept, in a stable order.
        var diagnostics = format.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Equal(
            [
                "images/logo.png: warning CW0604: shared problem",
                "images/logo.png: warning CW0604: Learner problem",
                "images/logo.png: warning CW0604: Trainer problem",
            ],
            diagnostics);
    }

    [Fact]
    public void One_job_at_a_time_exports_the_whole_format_in_one_call()
    {
        var exporter = new EditionExporter();
        var json = Export(exporter, jobs: 1);

        Assert.Equal(["Learner+Trainer"], exporter.Calls.Select(c => string.Join('+', c)));
        var format = Assert.Single(json.GetProperty("formats").EnumerateArray());
        Assert.Equal(2, format.GetProperty("files").GetArrayLength());
        Assert.Equal(3, format.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public void The_parts_diagnostics_do_not_depend_on_which_part_ends_first()
    {
        // The learner part is held back until the trainer part has finished: the report must be the same.
        var slowLearner = new EditionExporter { HoldLearner = true };
        var quick = Export(new EditionExporter(), jobs: 2);
        var held = Export(slowLearner, jobs: 2);
        Assert.Equal(quick.GetProperty("formats")[0].GetProperty("diagnostics").ToString(), held.GetProperty("formats")[0].GetProperty("diagnostics").ToString());
    }

    private static JsonElement Export(EditionExporter exporter, int jobs)
    {
        var course = With(("README.md", "# Racine\n\nTexte.\n"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(course.FileSystem, stdout, stderr, _ => null);
        course.FileSystem.Directory.SetCurrentDirectory("/work");
        var request = new ExportRequest(
            new LoadRequest("course", new CourseSettings(), CourseConfiguration.Default, Verbose: false),
            "editions",
            "out",
            Force: false,
            new ExportOptions(),
            jobs,
            Quiet: false,
            Json: true);
        var exit = ExportHandler.Run(env, new ExporterRegistry().Add(exporter), request);
        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        return JsonDocument.Parse(stdout.ToString()).RootElement.Clone();
    }

    /// <summary>Writes one file per edition and reports a problem common to the editions and one of each edition.</summary>
    private sealed class EditionExporter : IExporter
    {
        private readonly ManualResetEventSlim _trainerDone = new(false);

        public ConcurrentQueue<IReadOnlyList<Edition>> Calls { get; } = new();

        public bool HoldLearner { get; init; }

        public string Format => "editions";

        public string Description => "one file per edition";

        public IReadOnlyList<ExportOptions> Parts(Course course, ExportOptions options) =>
            [.. options.Editions.Select(e => options with { Editions = [e] })];

        public void Export(Course course, ExportContext context)
        {
            Calls.Enqueue(context.Options.Editions);
            if (HoldLearner && context.Options.Editions is [Edition.Learner])
            {
                Assert.True(_trainerDone.Wait(TimeSpan.FromSeconds(30)), "the trainer part never ran beside the learner part");
            }

            var place = new SourceLocation("images/logo.png");
            context.Diagnostics.Add(new Diagnostic("CW0604", DiagnosticSeverity.Warning, "shared problem", place));
            foreach (var edition in context.Options.Editions)
            {
                context.Diagnostics.Add(new Diagnostic("CW0604", DiagnosticSeverity.Warning, $"{edition} problem", place));
                using var file = context.Output.Create($"book-{edition.ToString().ToLowerInvariant()}.txt");
                file.Stream.Write("x"u8);
                file.Commit();
            }

            if (context.Options.Editions is [Edition.Trainer])
            {
                _trainerDone.Set();
            }
        }
    }
}
