using Courseware.Scorm.Packaging;

namespace Courseware.Scorm;

/// <summary>SCORM 2004 4th edition package (<c>--format scorm2004</c>).</summary>
public sealed class Scorm2004Exporter() : ScormExporter(ScormVersion.Scorm2004, "scorm2004")
{
    public override string Format => "scorm2004";

    public override string Description => "SCORM 2004 4th edition package (zip) with tracked quizzes and sequencing";
}
