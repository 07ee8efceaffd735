using System.Diagnostics;
using Courseware.Benchmarks.Generation;
using Courseware.Benchmarks.Measurement;
using Courseware.Markdown;

namespace Courseware.Benchmarks.Profiling;

/// <summary>Splits load+parse: reading the files, Markdig with the GitBook extensions alone, then the whole loader; and the model's retained size.</summary>
public static class LoadProfile
{
    public static void Run(GeneratedCourse generated, TextWriter console)
    {
        var files = generated.PageFiles.Select(f => Path.Combine(generated.RootDirectory, f)).ToList();
        var texts = new List<string>();
        var read = StageClock.Measure("read files", generated.Pages, () =>
        {
            texts.AddRange(files.Select(File.ReadAllText));
            return generated.MarkdownBytes;
        });
        console.WriteLine(ResultsReport.Describe(read));

        var pipeline = GitBookPipeline.Create();
        var parse = StageClock.Measure("Markdig+GitBook parse", generated.Pages, () =>
        {
            foreach (var text in texts)
            {
                GitBookPipeline.Parse(text, pipeline);
            }

            return 0;
        });
        console.WriteLine(ResultsReport.Describe(parse) + $" {generated.MarkdownBytes / 1048576.0 / parse.Wall.TotalSeconds:0.0} MB/s wall, {generated.MarkdownBytes / 1048576.0 / parse.Cpu.TotalSeconds:0.0} MB/s CPU");
        texts.Clear();

        var before = GC.GetTotalMemory(forceFullCollection: true);
        Model.Course? course = null;
        var load = StageClock.Measure("CourseLoader.Load", generated.Pages, () =>
        {
            course = InProcessStages.Load(generated.RootDirectory);
            return 0;
        });
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        console.WriteLine(ResultsReport.Describe(load) + $" {generated.MarkdownBytes / 1048576.0 / load.Wall.TotalSeconds:0.0} MB/s wall, {generated.MarkdownBytes / 1048576.0 / load.Cpu.TotalSeconds:0.0} MB/s CPU");
        console.WriteLine($"model retained: {ResultsReport.Bytes(retained)} for {ResultsReport.Bytes(generated.MarkdownBytes)} of Markdown ({retained / (double)generated.MarkdownBytes:0.0} bytes per Markdown byte, {retained / generated.Pages / 1024.0:0.0} KB per page)");
        GC.KeepAlive(course);
        _ = Stopwatch.GetTimestamp();
    }
}
