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
        var files = new ScormPackageBuilder(course, context, version).Build();
        using var output = context.Output.Create(FileNameFor(course));
        DeterministicZipWriter.Write(output.Stream, files, context.Timestamp);
        output.Commit();
    }
}

/// <summary>SCORM 1.2 package (<c>--format scorm12</c>).</summary>
public sealed class Scorm12Exporter() : ScormExporter(ScormVersion.Scorm12, "scorm12")
{
    public override string Format => "scorm12";

    public override string Description => "SCORM 1.2 package (zip) with tracked quizzes";
}

/// <summary>SCORM 2004 4th edition package (<c>--format scorm2004</c>).</summary>
public sealed class Scorm2004Exporter() : ScormExporter(ScormVersion.Scorm2004, "scorm2004")
{
    public override string Format => "scorm2004";

    public override string Description => "SCORM 2004 4th edition package (zip) with tracked quizzes and sequencing";
}
