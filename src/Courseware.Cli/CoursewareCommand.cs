using System.CommandLine;
using System.IO.Abstractions;
using Courseware.Diagnostics;

namespace Courseware.Cli;

/// <summary>The courseware command line: parses arguments, runs one command, maps the outcome to an exit code.</summary>
public static class CoursewareCommand
{
    /// <summary>Runs the command line with the real file system and environment.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliEnvironment(new FileSystem(), stdout, stderr, Environment.GetEnvironmentVariable));

    public static int Run(string[] args, CliEnvironment env)
    {
        var verbose = args.Contains("--verbose");
        try
        {
            var root = CommandTree.Build(env);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    env.Error.WriteLine($"courseware: error CW0901: {error.Message}");
                }

                env.Error.WriteLine("Run 'courseware --help' for usage.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            env.Error.WriteLine($"courseware: error CW0901: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception ex)
        {
            // Unexpected: one line, a code, and where to report it; the trace only on request.
            env.Error.WriteLine($"courseware: error {DiagnosticCodes.InternalError.Code}: internal error: {ex.GetType().Name}: {ex.Message}. Please report it with the course that triggers it; --verbose shows the details.");
            if (verbose)
            {
                env.Error.WriteLine(ex.ToString());
            }

            return ExitCodes.Internal;
        }
    }
}

/// <summary>What a command may touch: the file system, the two output streams and the environment variables.</summary>
public sealed record CliEnvironment(IFileSystem FileSystem, TextWriter Out, TextWriter Error, Func<string, string?> GetVariable);

/// <summary>The documented exit codes.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int Internal = 3;
}

/// <summary>A command-line value that cannot be used; exits with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
