using Courseware.Cli.Resources;
using Courseware.Diagnostics;
using Courseware.Loading;
using Courseware.Model;

namespace Courseware.Cli;

/// <summary><c>courseware tree</c>: the ordered page tree.</summary>
internal static class TreeHandler
{
    public static int Run(CliEnvironment env, LoadRequest request)
    {
        var course = LoadOptions.Load(env, request);
        if (course.Diagnostics.Any(d => d.Code == DiagnosticCodes.CourseNotFound.Code || d.Code == DiagnosticCodes.RootPageMissing.Code))
        {
            DiagnosticPrinter.Print(env, env.Error, course.Diagnostics);
            return ExitCodes.ContentErrors;
        }

        env.Out.WriteLine(env.Text.Format(nameof(CliMessages.TreeHeader), course.Title, course.Pages.Count, course.Language));
        // Missing chapters are shown where they were expected, so the tree reads like the course's plan.
        var missing = course.Diagnostics
            .Where(d => d.Code == DiagnosticCodes.ContentRefTargetMissing.Code)
            .ToLookup(d => d.Location.File, StringComparer.Ordinal);
        foreach (var page in course.Pages)
        {
            var indent = new string(' ', page.Depth * 2);
            var number = page.Number.Length == 0 ? string.Empty : page.Number + " ";
            if (page.Part is { } part)
            {
                env.Out.WriteLine($"{indent}## {part}"); // a SUMMARY.md part, written as in SUMMARY.md
            }

            env.Out.WriteLine($"{indent}{number}{page.TocTitle}  [{page.Path}]");
            foreach (var hole in missing[page.Path])
            {
                env.Out.WriteLine($"{indent}  ✗ {env.Text.Format(nameof(CliMessages.TreeMissing), hole.Arguments[0], hole.Location)}");
            }
        }

        var errors = course.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = course.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (errors + warnings > 0)
        {
            env.Error.WriteLine(env.Text.Format(nameof(CliMessages.TreeProblems), errors, warnings));
        }

        return ExitCodes.Ok;
    }
}

/// <summary><c>courseware check</c>: every diagnostic in MSBuild format.</summary>
internal static class CheckHandler
{
    public static int Run(CliEnvironment env, LoadRequest request, bool warnAsError)
    {
        var course = LoadOptions.Load(env, request);
        DiagnosticPrinter.Print(env, env.Out, course.Diagnostics, request.Verbose);
        var errors = course.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = course.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        env.Out.WriteLine(env.Text.Format(nameof(CliMessages.CheckSummary), course.Pages.Count, course.Pages.Sum(p => p.Quizzes.Count), course.Assets.Count, errors, warnings));
        return errors > 0 || (warnAsError && warnings > 0) ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}

/// <summary><c>courseware inspect --json</c>: the model as JSON.</summary>
internal static class InspectHandler
{
    public static int Run(CliEnvironment env, LoadRequest request)
    {
        var course = LoadOptions.Load(env, request);
        env.Out.Write(CourseJson.Write(course));
        env.Out.WriteLine();
        return course.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}

/// <summary>Prints diagnostics one per line in the message language; info lines only when verbose.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(CliEnvironment env, TextWriter writer, IEnumerable<Diagnostic> diagnostics, bool includeInfo = true)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info && !includeInfo)
            {
                continue;
            }

            writer.WriteLine(diagnostic.ToMsBuildString(env.UICulture));
        }
    }
}
