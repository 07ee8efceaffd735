namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW095x: the settings file (courseware.yml)
    public static readonly DiagnosticDescriptor SettingsInvalidYaml = Error("CW0950", "courseware.yml is not valid YAML: {0}", "Fix the YAML syntax at the given line.");
    public static readonly DiagnosticDescriptor SettingsUnknownKey = Warning("CW0951", "unknown setting '{0}'; known settings: {1}", "Check the spelling against the README's annotated courseware.yml.");
    public static readonly DiagnosticDescriptor SettingsWrongType = Error("CW0952", "setting '{0}' must be {1}, not '{2}'", "Give the setting a value of the expected type.");
    public static readonly DiagnosticDescriptor SettingsFileMissing = Error("CW0953", "setting '{0}' names a file that is not in the course: '{1}'", "Fix the path (relative to the course folder).");
}
