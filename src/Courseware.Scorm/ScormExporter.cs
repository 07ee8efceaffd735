using Courseware.Export;
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
        using var output = context.Output.Create(FileNameFor(course));
        DeterministicZipWriter.Write(output.Stream, files, context.Timestamp);
        output.Commit();
    }
}
