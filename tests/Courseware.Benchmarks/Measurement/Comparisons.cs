using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Courseware.Benchmarks.Generation;

namespace Courseware.Benchmarks.Measurement;

/// <summary>A reference figure set beside one of ours.</summary>
public sealed record Comparison(string Name, int Pages, TimeSpan OursWall, TimeSpan ReferenceWall, long OursBytes, long ReferenceBytes, string? Note = null)
{
    /// <summary>How many times longer ours takes than the reference (1.0 = as fast).</summary>
    public double Ratio => ReferenceWall.TotalSeconds <= 0 ? double.NaN : OursWall.TotalSeconds / ReferenceWall.TotalSeconds;
}

/// <summary>The side-by-side runs: a plain zip of the same SCORM files (the floor) and pandoc on the same pages.</summary>
public static partial class Comparisons
{
    /// <summary>Rewrites the package's files into a plain zip (same per-entry compression choice): the bytes that must be written.</summary>
    public static Comparison ZipFloor(string stage, StageResult ours, string packagePath, string workDirectory)
    {
        var entries = new List<(string Name, byte[] Bytes, bool Stored)>();
        using (var archive = ZipFile.OpenRead(packagePath))
        {
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray(), entry.CompressedLength >= entry.Length));
            }
        }

        var floorPath = Path.Combine(workDirectory, "floor.zip");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        using (var file = new FileStream(floorPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes, stored) in entries)
            {
                var entry = zip.CreateEntry(name, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var size = new FileInfo(floorPath).Length;
        File.Delete(floorPath);
        return new Comparison($"{stage} vs plain zip of its files", ours.Pages, ours.Wall, watch.Elapsed, ours.OutputBytes, size, $"{entries.Count} entries, {cpu.TotalMilliseconds:0} ms CPU");
    }

    /// <summary>pandoc -f markdown -t docx on the pages concatenated in tree order (images embedded from the course folder).</summary>
    public static Comparison? Pandoc(GeneratedCourse course, TimeSpan oursWall, long oursBytes, string workDirectory, TimeSpan timeout)
    {
        if (!ExternalProcess.Exists("pandoc"))
        {
            return null;
        }

        // Every page's image paths become relative to the course root, where pandoc looks them up.
        var concatenated = Path.Combine(workDirectory, "all-pages.md");
        using (var writer = new StreamWriter(concatenated, false, new UTF8Encoding(false)))
        {
            foreach (var page in course.PageFiles)
            {
                var text = File.ReadAllText(Path.Combine(course.RootDirectory, page));
                writer.Write(AssetPath().Replace(text, "](.gitbook/assets/"));
                writer.Write("\n\n");
            }
        }

        var output = Path.Combine(workDirectory, "pandoc.docx");
        var figures = ExternalProcess.Run("pandoc", ["-f", "markdown", "-t", "docx", "--resource-path", course.RootDirectory, "-o", output, concatenated], workDirectory, timeout);
        var size = File.Exists(output) ? new FileInfo(output).Length : 0;
        var note = figures.TimedOut ? $"pandoc stopped after {timeout.TotalSeconds:0} s" : figures.ExitCode != 0 ? $"pandoc exit {figures.ExitCode}" : $"pandoc max RSS {figures.MaxResidentBytes / 1048576} MB";
        File.Delete(output);
        return new Comparison("pandoc / ours (load+parse + DOCX learner)", course.Pages, oursWall, figures.Wall, oursBytes, size, note);
    }

    [GeneratedRegex(@"\]\((?:\.\./)*\.gitbook/assets/")]
    private static partial Regex AssetPath();
}
