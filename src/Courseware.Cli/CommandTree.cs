using System.CommandLine;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;

namespace Courseware.Cli;

/// <summary>Declares the commands, their arguments and options, and wires each to its handler.</summary>
internal static class CommandTree
{
    public static RootCommand Build(CliEnvironment env)
    {
        var registry = Exporters.Create();
        var root = new RootCommand(
            """
            courseware: turn a GitBook-style Markdown course into SCORM packages, PDF handouts and Word documents.

            Examples:
              courseware tree course
              courseware check course --warnaserror
              courseware inspect course --json > course.json
              courseware export course --format scorm12,pdf --out exports
            """);

        var load = new LoadOptions();
        root.Subcommands.Add(TreeCommand(env, load));
        root.Subcommands.Add(CheckCommand(env, load));
        root.Subcommands.Add(InspectCommand(env, load));
        root.Subcommands.Add(ExportCommand(env, load, registry));
        root.Subcommands.Add(Preview.PreviewCommand.Create(env, load, registry));
        root.Subcommands.Add(InitCommand(env));
        root.Subcommands.Add(CodesCommand(env));
        root.Options.Add(LoadOptions.Verbose);
        return root;
    }

    private static Command TreeCommand(CliEnvironment env, LoadOptions load)
    {
        var command = new Command("tree", "Print the ordered page tree (titles, files, depth).\n\nExample:\n  courseware tree course");
        load.AddTo(command);
        command.SetAction(parse => TreeHandler.Run(env, load.Read(parse, env)));
        return command;
    }

    private static Command CheckCommand(CliEnvironment env, LoadOptions load)
    {
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors (exit code 1)." };
        var command = new Command("check", "Print every problem of the course as 'file(line,col): severity CODE: message'; exit 1 when there is an error.\n\nExample:\n  courseware check course --warnaserror");
        load.AddTo(command);
        command.Options.Add(warnAsError);
        command.SetAction(parse => CheckHandler.Run(env, load.Read(parse, env), parse.GetValue(warnAsError)));
        return command;
    }

    private static Command InspectCommand(CliEnvironment env, LoadOptions load)
    {
        var json = new Option<bool>("--json") { Description = "Print the course model as JSON (the only format for now)." };
        var command = new Command("inspect", "Print the course model (pages, assets, quizzes, diagnostics) as JSON on stdout.\n\nExample:\n  courseware inspect course --json");
        load.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parse => InspectHandler.Run(env, load.Read(parse, env)));
        return command;
    }

    /// <summary>True when the user wrote the option (not its default).</summary>
    internal static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static Command InitCommand(CliEnvironment env)
    {
        var folder = new Argument<string>("FOLDER") { Description = "Where to create the course (created if missing; must not hold the starter's files).", DefaultValueFactory = _ => "." };
        var lang = new Option<string>("--lang") { Description = "Language of the starter course: fr or en.", DefaultValueFactory = _ => "fr" };
        lang.AcceptOnlyFromAmong("fr", "en");
        var command = new Command("init", "Create a small starter course (root page, two chapters, an image, quizzes, courseware.yml) that exports cleanly.\n\nExamples:\n  courseware init mon-cours\n  courseware init my-course --lang en");
        command.Arguments.Add(folder);
        command.Options.Add(lang);
        command.SetAction(parse =>
        {
            var target = env.FileSystem.Path.GetFullPath(parse.GetValue(folder) ?? ".");
            var written = Init.StarterCourse.Write(env.FileSystem, target, parse.GetValue(lang) ?? "fr");
            foreach (var file in written)
            {
                env.Out.WriteLine($"created {env.FileSystem.Path.Combine(target, file)}");
            }

            env.Out.WriteLine($"Next: courseware export \"{target}\"");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CodesCommand(CliEnvironment env)
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the table as Markdown (as in the README)." };
        var command = new Command("codes", "List every diagnostic code with its severity, message and how to fix it.\n\nExample:\n  courseware codes");
        command.Options.Add(markdown);
        command.SetAction(parse =>
        {
            env.Out.Write(parse.GetValue(markdown) ? DiagnosticTable.Markdown() : DiagnosticTable.Text());
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ExportCommand(CliEnvironment env, LoadOptions load, ExporterRegistry registry)
    {
        var formats = string.Join(", ", registry.All.Select(e => $"{e.Format} ({e.Description})"));
        var format = new Option<string>("--format", "-f") { Description = $"Comma-separated formats, or 'all'. Known: {(formats.Length == 0 ? "none yet" : formats)}.", DefaultValueFactory = _ => "all" };
        var output = new Option<string>("--out", "-o") { Description = "Output folder.", DefaultValueFactory = _ => "exports" };
        var force = new Option<bool>("--force") { Description = "Export even when the course has errors, or when the output folder is inside the course." };
        var edition = new Option<string>("--edition") { Description = "PDF/Word edition: learner, trainer or both.", DefaultValueFactory = _ => "both" };
        edition.AcceptOnlyFromAmong("learner", "trainer", "both");
        var sco = new Option<string>("--sco") { Description = "SCORM layout: per-page (one SCO per page) or single (one SCO, own navigation).", DefaultValueFactory = _ => "per-page" };
        sco.AcceptOnlyFromAmong("per-page", "single");
        var paper = new Option<string>("--paper") { Description = "PDF paper size: a4 or letter.", DefaultValueFactory = _ => "a4" };
        paper.AcceptOnlyFromAmong("a4", "letter");
        var remote = new Option<string>("--remote-assets") { Description = "Remote images and files: link (keep the URL) or download (into the package).", DefaultValueFactory = _ => "link" };
        remote.AcceptOnlyFromAmong("link", "download");
        var embeds = new Option<string>("--embeds") { Description = "Embedded videos and documents: link (a card) or iframe.", DefaultValueFactory = _ => "link" };
        embeds.AcceptOnlyFromAmong("link", "iframe");
        var duplex = new Option<bool>("--duplex") { Description = "PDF: start chapters on odd pages." };
        var perChapter = new Option<bool>("--per-chapter") { Description = "PDF/Word: also write one file per top-level chapter." };
        var numberHeadings = new Option<bool>("--number-headings") { Description = "PDF/Word: number headings like the tree (1, 1.2, ...)." };
        var rawHtml = new Option<bool>("--allow-raw-html") { Description = "SCORM: keep raw HTML of pages unsanitised." };
        var referenceDocx = new Option<string?>("--reference-docx") { Description = "Word: take the styles of this .docx." };
        var fonts = new Option<string?>("--fonts") { Description = "PDF: a folder with the TTF/OTF fonts to use." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Formats exported in parallel (default: number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only." };
        var json = new Option<bool>("--json") { Description = "Print a machine-readable summary on stdout." };
        var watch = new Option<bool>("--watch", "-w") { Description = "Export again when a file of the course changes (Ctrl+C stops)." };

        var command = new Command("export", "Export the course to the given formats.\n\nExamples:\n  courseware export course\n  courseware export course --format scorm12 --sco single --out dist");
        load.AddTo(command);
        foreach (var option in new Option[] { format, output, force, edition, sco, paper, remote, embeds, duplex, perChapter, numberHeadings, rawHtml, referenceDocx, fonts, jobs, quiet, json, watch })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var loadRequest = load.Read(parse, env);
            var o = loadRequest.Configuration.Export;
            if (Given(parse, edition))
            {
                o = o with
                {
                    Editions = parse.GetValue(edition) switch
                    {
                        "learner" => [Edition.Learner],
                        "trainer" => [Edition.Trainer],
                        _ => [Edition.Learner, Edition.Trainer],
                    },
                };
            }

            o = o with
            {
                Sco = Given(parse, sco) ? (parse.GetValue(sco) == "single" ? ScoLayout.Single : ScoLayout.PerPage) : o.Sco,
                Paper = Given(parse, paper) ? (parse.GetValue(paper) == "letter" ? PaperSize.Letter : PaperSize.A4) : o.Paper,
                RemoteAssets = Given(parse, remote) ? (parse.GetValue(remote) == "download" ? RemoteAssetPolicy.Download : RemoteAssetPolicy.Link) : o.RemoteAssets,
                EmbedIframes = Given(parse, embeds) ? parse.GetValue(embeds) == "iframe" : o.EmbedIframes,
                Duplex = o.Duplex || parse.GetValue(duplex),
                PerChapter = o.PerChapter || parse.GetValue(perChapter),
                NumberHeadings = o.NumberHeadings || parse.GetValue(numberHeadings),
                AllowRawHtml = o.AllowRawHtml || parse.GetValue(rawHtml),
                ReferenceDocx = parse.GetValue(referenceDocx) is { } docx ? env.FileSystem.Path.GetFullPath(docx) : o.ReferenceDocx,
                FontDirectory = parse.GetValue(fonts) is { } fontDir ? env.FileSystem.Path.GetFullPath(fontDir) : o.FontDirectory,
            };
            var request = new ExportRequest(
                loadRequest,
                parse.GetValue(format)!,
                parse.GetValue(output)!,
                parse.GetValue(force),
                o,
                Math.Max(1, parse.GetValue(jobs)),
                parse.GetValue(quiet),
                parse.GetValue(json));
            return parse.GetValue(watch) ? Watch.ExportWatch.Run(env, registry, request) : ExportHandler.Run(env, registry, request);
        });
        return command;
    }
}

/// <summary>The options every command that loads a course shares.</summary>
internal sealed class LoadOptions
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show details, including internal error traces.", Recursive = true };

    private readonly Argument<string> _course = new("COURSE") { Description = "The course folder (or its root page). Default: the current folder.", DefaultValueFactory = _ => "." };
    private readonly Option<string> _toc = new("--toc") { Description = "Chapter order: content-ref (the links of each page) or summary (SUMMARY.md).", DefaultValueFactory = _ => "content-ref" };
    private readonly Option<bool> _includeHidden = new("--include-hidden") { Description = "Keep pages marked 'hidden: true'." };
    private readonly Option<string> _a11y = new("--a11y") { Description = "Accessibility checks of the content (CW08xx): warn, strict (errors) or off.", DefaultValueFactory = _ => "warn" };

    public LoadOptions()
    {
        _toc.AcceptOnlyFromAmong("content-ref", "summary");
        _a11y.AcceptOnlyFromAmong("warn", "strict", "off");
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(_course);
        command.Options.Add(_toc);
        command.Options.Add(_includeHidden);
        command.Options.Add(_a11y);
    }

    public LoadRequest Read(ParseResult parse, CliEnvironment env)
    {
        // Settings file first, then what the command line says explicitly.
        var course = parse.GetValue(_course) ?? ".";
        var configuration = CourseConfigurationReader.Read(env.FileSystem, CourseLoader.CourseDirectory(env.FileSystem, course));
        var settings = configuration.Settings;
        if (CommandTree.Given(parse, _toc))
        {
            settings = settings with { Toc = parse.GetValue(_toc) == "summary" ? TocMode.Summary : TocMode.ContentRef };
        }

        if (parse.GetValue(_includeHidden))
        {
            settings = settings with { IncludeHidden = true };
        }

        if (CommandTree.Given(parse, _a11y))
        {
            settings = settings with
            {
                Accessibility = parse.GetValue(_a11y) switch
                {
                    "strict" => AccessibilityMode.Strict,
                    "off" => AccessibilityMode.Off,
                    _ => AccessibilityMode.Warn,
                },
            };
        }

        return new LoadRequest(course, settings, configuration, parse.GetValue(Verbose));
    }

    /// <summary>Loads the course with the settings file's diagnostics kept in front of the course's.</summary>
    public static Course Load(CliEnvironment env, LoadRequest request) =>
        CourseLoader.Load(env.FileSystem, request.CoursePath, request.Settings, request.Configuration.Diagnostics);
}

/// <summary>Which course to load and how.</summary>
internal sealed record LoadRequest(string CoursePath, CourseSettings Settings, CourseConfiguration Configuration, bool Verbose);

/// <summary>Everything the export command was asked.</summary>
internal sealed record ExportRequest(LoadRequest Load, string Formats, string OutputFolder, bool Force, ExportOptions Options, int Jobs, bool Quiet, bool Json);
