using Courseware.Export;
using Courseware.Export.Packaging;
using Courseware.Model;
using Courseware.Scorm.Packaging;

namespace Courseware.Scorm;

/// <summary>Shared body of the two SCORM exporters: builds the package files and writes the deterministic zip.</summary>
public abstract class ScormExporter(ScormVersion version, string suffix) : IExporter
{
    public abstract string Format { get; }

    public abstract string Description { get; }

    /// <summary>The zip's file name for a course.</summary>
    public string FileNameFor(Course course) => $"{course.Slug}-{suffix}.zip";

    public void Export(Course course, ExportContext context)
    {
        using var builder = new ScormPackageBuilder(course, context, version);
        var files = builder.Build();

        // Entries sorted by path; pages are rendered as the zip compresses them, and counted as they are written.
        var entries = files
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new ZipEntrySource(f.Path, f.WriteTo))
            .ToList();
        var pages = entries.Count(IsPage);
        var written = 0;
        using var output = context.Output.Create(FileNameFor(course));
        DeterministicZipWriter.Write(output.Stream, entries, new ZipWriterOptions
        {
            Timestamp = context.Timestamp,
            Parallelism = context.Options.Jobs,
            CancellationToken = context.CancellationToken,
            EntryWritten = entry =>
            {
                if (IsPage(entry))
                {
                    context.Progress?.Report(new ExportProgress(++written, pages));
                }
            },
        });
        output.Commit();
    }

    private static bool IsPage(ZipEntrySource entry) => entry.Name.StartsWith("pages/", StringComparison.Ordinal);
}
