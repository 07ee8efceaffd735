using System.Collections;
using System.Diagnostics;
using System.IO.Abstractions;
using System.Reflection;
using Courseware.Benchmarks.Measurement;
using Courseware.Export;
using Courseware.Model;
using Courseware.Pdf;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;

namespace Courseware.Benchmarks.Profiling;

/// <summary>
/// Splits the PDF stage into its two phases (layout: HandoutComposer.Compose, every pass; writing: PdfFileWriter.Write)
/// and counts what the layout keeps in memory. The phases are internal, so they are reached by reflection: a profiling aid only.
/// </summary>
public static class PdfProfile
{
    public static void Run(Course course, Edition edition, TextWriter console)
    {
        var pdf = typeof(PdfExporter).Assembly;
        var fonts = new FontLocator(new FileSystem()).Locate(null, out var problem) ?? throw new InvalidOperationException(problem);
        pdf.GetType("Courseware.Pdf.Backend.PdfSharpFontResolver", true)!.GetMethod("Register", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [fonts]);
        var context = new ExportContext { Output = new MemoryOutputSink(), Options = new ExportOptions { Editions = [edition] } };
        var composerType = pdf.GetType("Courseware.Pdf.Rendering.HandoutComposer", true)!;
        var scopeType = pdf.GetType("Courseware.Pdf.Rendering.HandoutScope", true)!;
        var chapters = course.Root.Children.Where(c => course.Pages.Contains(c)).ToList();
        var scope = Activator.CreateInstance(scopeType, course.Title, null, true, (IReadOnlyList<Page>)chapters)!;
        var composer = Activator.CreateInstance(composerType, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [course, context, edition, fonts], null)!;

        object? handout = null;
        var layout = StageClock.Measure("PDF layout (all passes)", course.Pages.Count, () =>
        {
            handout = composerType.GetMethod("Compose")!.Invoke(composer, [scope]);
            return 0;
        });
        console.WriteLine(ResultsReport.Describe(layout));
        var recording = (RecordingCanvas)handout!.GetType().GetProperty("Recording")!.GetValue(handout)!;
        var commands = recording.Pages.Sum(p => p.Commands.Count);
        var texts = recording.Pages.Sum(p => p.Commands.Count(c => c is TextCommand));
        console.WriteLine($"recorded: {recording.Pages.Count} PDF pages, {commands} draw commands ({texts} text runs) held in memory until the file is written");

        // One pass alone: a composer limited to one pass is not reachable, so time Compose on a course whose page numbers are already known is not possible either;
        // instead, time the text preparation that every pass repeats.
        var shaper = new TextShaper(fonts);
        var sample = string.Concat(course.Pages.Take(50).Select(p => p.Title + " "));
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes(true);
        for (var i = 0; i < 200; i++)
        {
            foreach (var segment in shaper.Segment(shaper.Clean(sample), new TextStyle(10)))
            {
                _ = segment.Face.Measure(segment.Text, 10);
            }
        }

        console.WriteLine($"TextShaper.Clean+Segment+Measure: {sample.Length * 200 / watch.Elapsed.TotalSeconds / 1e6:0.0} M chars/s, {(GC.GetTotalAllocatedBytes(true) - allocated) / (double)(sample.Length * 200):0} bytes allocated per char");

        var writerType = pdf.GetType("Courseware.Pdf.Backend.PdfFileWriter", true)!;
        var metadataType = pdf.GetType("Courseware.Pdf.Backend.PdfMetadata", true)!;
        var metadata = Activator.CreateInstance(metadataType, course.Title, course.Author, course.Title, course.Language, context.Timestamp, "profile")!;
        var outline = handout.GetType().GetProperty("Outline")!.GetValue(handout)!;
        long size = 0;
        var write = StageClock.Measure("PDF write (PDFsharp)", course.Pages.Count, () =>
        {
            using var output = new MemoryStream();
            writerType.GetMethod("Write")!.Invoke(null, [output, recording, metadata, outline, (Action<ImageData, string>)((_, _) => { })]);
            size = output.Length;
            return size;
        });
        console.WriteLine(ResultsReport.Describe(write));
        GC.KeepAlive(recording);
        _ = (IEnumerable)recording.Pages;
    }
}
