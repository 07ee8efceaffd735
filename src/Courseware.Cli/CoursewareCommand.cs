using System.CommandLine;
using System.Globalization;
using System.IO.Abstractions;
using Courseware.Diagnostics;

namespace Courseware.Cli;

/// <summary>The courseware command line: parses arguments, runs one command, maps the outcome to an exit code.</summary>
public static class CoursewareCommand
{
    /// <summary>Runs the command line with the real file system, console and environment.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // The process's UI culture is set too, so that System.CommandLine's own texts (help headings, parse
        // errors) speak the same language as ours.
        var language = MessageLanguage.Resolve(args, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentUICulture = language;
        CultureInfo.DefaultThreadCurrentUICulture = language;
        return Run(args, new CliEnvironment(new FileSystem(), stdout, stderr, Environment.GetEnvironmentVariable)
        {
            UICulture = language,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        });
    }

    public static int Run(string[] args, CliEnvironment env)
    {
        env = env with { UICulture = MessageLanguage.Resolve(args, env.UICulture) };
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

                env.Error.WriteLine(env.Text[nameof(Resources.CliMessages.RunHelp)]);
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
            var internalError = DiagnosticCodes.InternalError;
            env.Error.WriteLine($"{internalError.Create(SourceLocation.None, $"{ex.GetType().Name}: {ex.Message}").ToMsBuildString(env.UICulture)}. {internalError.GetFix(env.UICulture)}");
            if (verbose)
            {
                env.Error.WriteLine(ex.ToString());
            }

            return ExitCodes.Internal;
        }
    }
}

/// <summary>What a command may touch: the file system, the two output streams and the environment variables.</summary>
public sealed record CliEnvironment(IFileSystem FileSystem, TextWriter Out, TextWriter Error, Func<string, string?> GetVariable)
{
    /// <summary>The language of messages (English or French). The real process passes the system's UI culture; <c>--lang</c> overrides it.</summary>
    public CultureInfo UICulture { get; init; } = MessageLanguage.English;

    /// <summary>True when <see cref="Error"/> is an interactive terminal, where a progress line can be redrawn in place.</summary>
    public bool ErrorIsTerminal { get; init; }

    internal CliText Text => new(UICulture);
}

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
