using Courseware.Scorm.Packaging;

namespace Courseware.Scorm;

/// <summary>SCORM 1.2 package (<c>--format scorm12</c>).</summary>
public sealed class Scorm12Exporter() : ScormExporter(ScormVersion.Scorm12, "scorm12")
{
    public override string Format => "scorm12";

    public override string Description => "SCORM 1.2 package (zip) with tracked quizzes";
}
