using Courseware.Benchmarks.Measurement;
using Courseware.Diagnostics;
using Courseware.Model;

namespace Courseware.Benchmarks.Profiling;

/// <summary>
/// The PDF stages alone on one loaded course (learner, then trainer, through the real exporter), each measured like the
/// benchmark's in-process stages; the files are kept in <c>outputDirectory</c> so they can be compared and rendered.
/// </summary>
public static class PdfProfile
{
    public static void Run(Course course, string outputDirectory, TextWriter console, int repeat = 1)
    {
        foreach (var stage in new[] { "PDF learner", "PDF trainer" })
        {
            for (var i = 0; i < repeat; i++)
            {
                var diagnostics = new DiagnosticBag();
                var folder = Path.Combine(outputDirectory, stage.Replace(' ', '-'));
                var result = StageClock.Measure(stage, course.Pages.Count, () => InProcessStages.Export(course, stage, folder, diagnostics, CancellationToken.None));
                var codes = string.Join(", ", diagnostics.ToList().GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}×{g.Count()}"));
                console.WriteLine(ResultsReport.Describe(result with { Note = (result.Note + " " + codes).Trim() }));
            }
        }
    }
}
