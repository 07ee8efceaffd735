using System.CommandLine;
using System.Net;
using Courseware.Cli.Resources;
using Courseware.Cli.Watch;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Scorm;

namespace Courseware.Cli.Preview;

/// <summary><c>courseware preview</c>: builds both SCORM packages in memory and serves them on 127.0.0.1 with a test LMS page.</summary>
internal static class PreviewCommand
{
    public static Command Create(CliEnvironment env, LoadOptions load, ExporterRegistry registry)
    {
        var scorm = new Option<string>("--scorm") { Description = CommandTree.WithDefault(env.Text, env.Text[nameof(CliMessages.HelpScorm)], "2004") };
        scorm.AcceptOnlyFromAmong("12", "2004");
        var port = new Option<int>("--port", "-p") { Description = env.Text[nameof(CliMessages.HelpPort)] };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError(env.Text[nameof(CliMessages.HelpPortRange)]);
            }
        });
        var sco = new Option<string>("--sco") { Description = env.Text[nameof(CliMessages.HelpPreviewSco)] };
        sco.AcceptOnlyFromAmong("per-page", "single");
        var watch = new Option<bool>("--watch", "-w") { Description = env.Text[nameof(CliMessages.HelpPreviewWatch)] };
        var command = new Command("preview", env.Text[nameof(CliMessages.HelpPreview)]);
        load.AddTo(command);
        foreach (var option in new Option[] { scorm, port, sco, watch })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var request = load.Read(parse, env);
            var options = request.Configuration.Export;
            if (parse.GetValue(sco) is { } layout)
            {
                options = options with { Sco = layout == "single" ? ScoLayout.Single : ScoLayout.PerPage };
            }

            return Run(env, registry, request, options, parse.GetValue(scorm) ?? "2004", parse.GetValue(port), parse.GetValue(watch));
        });
        return command;
    }

    private static int Run(CliEnvironment env, ExporterRegistry registry, LoadRequest request, ExportOptions options, string version, int port, bool watch)
    {
        var scorm12 = registry.Find("scorm12") as ScormExporter ?? throw new UsageException("the scorm12 format is not registered");
        var scorm2004 = registry.Find("scorm2004") as ScormExporter ?? throw new UsageException("the scorm2004 format is not registered");
        var timestamp = ExportContext.TimestampFromEpoch(env.GetVariable("SOURCE_DATE_EPOCH"));

        (PreviewSnapshot? Snapshot, List<string> Diagnostics) Build(int build)
        {
            var course = LoadOptions.Load(env, request);
            var lines = course.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || request.Verbose).Select(d => d.ToMsBuildString(env.UICulture)).ToList();
            if (course.Diagnostics.Any(d => d.Code == DiagnosticCodes.CourseNotFound.Code || d.Code == DiagnosticCodes.RootPageMissing.Code))
            {
                return (null, lines);
            }

            var p12 = PreviewPackage.Build(course, scorm12, options, timestamp);
            var p2004 = PreviewPackage.Build(course, scorm2004, options, timestamp);
            lines.AddRange(p12.Diagnostics.Concat(p2004.Diagnostics).Where(d => d.Severity != DiagnosticSeverity.Info || request.Verbose).Select(d => d.ToMsBuildString(env.UICulture)).Distinct(StringComparer.Ordinal));
            return (new PreviewSnapshot(course.Title, course.Language, build, p12, p2004), lines);
        }

        // 1. Build both packages once; a course that cannot be found ends here.
        var (first, diagnostics) = Build(1);
        foreach (var line in diagnostics)
        {
            env.Error.WriteLine(line);
        }

        if (first is null)
        {
            return ExitCodes.ContentErrors;
        }

        // 2. Serve on the loopback address only.
        using var server = new PreviewServer(first, version, port);
        try
        {
            server.Start();
        }
        catch (HttpListenerException ex)
        {
            throw new UsageException(env.Text.Format(nameof(CliMessages.CannotListen), server.Port, ex.Message));
        }

        env.Out.WriteLine(env.Text.Format(nameof(CliMessages.PreviewPackage), first.CourseTitle, first.Package(version).Items.Count(i => i.Href is not null), version == "12" ? "1.2" : "2004"));
        env.Out.WriteLine(env.Text.Format(nameof(CliMessages.PreviewUrl), $"{server.Url}?scorm={version}"));

        // 3. With --watch, rebuild after each burst of changes; the page polls /version and reloads the course frame.
        CourseWatcher? watcher = null;
        if (watch)
        {
            var gate = new Lock();
            var previous = diagnostics;
            var courseFolder = CourseLoader.CourseDirectory(env.FileSystem, request.CoursePath);
            watcher = new CourseWatcher(env.FileSystem, courseFolder, null, CourseWatcher.DefaultDebounce, changed =>
            {
                lock (gate)
                {
                    var (next, lines) = Build(server.Snapshot.Build + 1);
                    env.Out.WriteLine(env.Text.Format(nameof(CliMessages.WatchChanged), string.Join(", ", changed)));
                    DiagnosticChanges.Between(previous, lines).Print(env.Out, env.Text);
                    if (next is not null)
                    {
                        server.Snapshot = next;
                        env.Out.WriteLine(env.Text.Format(nameof(CliMessages.PreviewRebuilt), next.Build, next.Package(version).Items.Count(i => i.Href is not null), lines.Count));
                    }
                    else
                    {
                        env.Out.WriteLine(env.Text[nameof(CliMessages.PreviewRebuildFailed)]);
                    }

                    env.Out.Flush();
                    previous = lines;
                }
            });
            env.Out.WriteLine(env.Text.Format(nameof(CliMessages.PreviewWatching), courseFolder));
        }

        env.Out.WriteLine(env.Text[nameof(CliMessages.PressCtrlC)]);
        env.Out.Flush();

        // 4. Until Ctrl+C.
        StopSignal.Wait();
        watcher?.Dispose();
        env.Out.WriteLine(env.Text[nameof(CliMessages.PreviewStopped)]);
        env.Out.Flush();
        return ExitCodes.Ok;
    }
}
