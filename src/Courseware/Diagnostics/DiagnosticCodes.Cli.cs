namespace Courseware.Diagnostics;

public static partial class DiagnosticCodes
{
    // CW09xx: settings, command line, output folder
    public static readonly DiagnosticDescriptor UsageError = Error("CW0901", "{0}", "Check the command line against 'courseware --help'.");
    public static readonly DiagnosticDescriptor OutputInsideCourse = Error("CW0902", "the output folder '{0}' is inside the course folder (or the course inside it); use another folder or --force", "Write outputs outside the course, e.g. --out exports.");
    public static readonly DiagnosticDescriptor NoOutputBecauseOfErrors = Error("CW0903", "the course has errors: nothing was written (use --force to export anyway)", "Fix the errors listed above, or pass --force.");
    public static readonly DiagnosticDescriptor ExporterFailed = Error("CW0904", "the {0} export failed: {1}", "Please report it with the course that triggers it; --verbose shows the details.");
    public static readonly DiagnosticDescriptor InternalError = Error("CW0999", "internal error: {0}", "Please report it with the course that triggers it; --verbose shows the details.");
}
