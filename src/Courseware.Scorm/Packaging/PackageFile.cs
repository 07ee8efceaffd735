namespace Courseware.Scorm.Packaging;

/// <summary>One file of a SCORM package: its path inside the zip ('/' separators) and its bytes.</summary>
public sealed record PackageFile(string Path, byte[] Content);
