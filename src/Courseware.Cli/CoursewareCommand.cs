namespace Courseware.Cli;

/// <summary>The courseware command line.</summary>
public static class CoursewareCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        _ = args;
        _ = stderr;
        stdout.WriteLine("courseware");
        return 0;
    }
}
