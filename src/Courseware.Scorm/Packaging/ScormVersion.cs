namespace Courseware.Scorm.Packaging;

/// <summary>The SCORM edition a package targets.</summary>
public enum ScormVersion
{
    Scorm12,
    Scorm2004,
}
