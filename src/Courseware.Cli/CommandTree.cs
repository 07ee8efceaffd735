using System.CommandLine;
using Courseware.Cli.Resources;
using Courseware.Export;
using Courseware.Loading;
using Courseware.Model;

namespace Courseware.Cli;

/// <summary>Declares the commands, their arguments and options, and wires each to its handler.</summary>
internal static class CommandTree
{
    /// <summary>The name the tool is installed under, shown in usage lines whatever file started the process.</summary>
    public const string ToolName = "courseware";

    public static Command Build(CliEnvironment env)
    {
        var registry = Exporters.Create();
        var root = new Command(ToolName, env.Text[nameof(CliMessages.HelpRoot)]) { new System.CommandLine.Help.HelpOption(), new VersionOption() };

        var load = new LoadOptions(env.Text);
        root.Subcommands.Add(TreeCommand(env, load));
        root.Subcommands.Add(CheckCommand(env, load));
        root.Subcommands.Add(InspectCommand(env, load));
        root.Subcommands.Add(ExportCommand(env, load, registry));
        root.Subcommands.Add(Preview.PreviewCommand.Create(env, load, registry));
        var language = new Option<string>("--lang") { Description = env.Text[nameof(CliMessages.HelpLang)], Recursive = true };
        language.AcceptOnlyFromAmong(MessageLanguage.Names);
        root.Subcommands.Add(InitCommand(env, language));
        root.Subcommands.Add(CodesCommand(env));
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>())
        {
            help.Description = env.Text[nameof(CliMessages.HelpHelp)];
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Description = env.Text[nameof(CliMessages.HelpVersion)];
        }

        root.Options.Add(load.Verbose);
        root.Options.Add(language);
        return root;
    }

    private static Command TreeCommand(CliEnvironment env, LoadOptions load)
    {
        var command = new Command("tree", env.Text[nameof(CliMessages.HelpTree)]);
        load.AddTo(command);
        command.SetAction(parse => TreeHandler.Run(env, load.Read(parse, env)));
        return command;
    }

    private static Command CheckCommand(CliEnvironment env, LoadOptions load)
    {
        var warnAsError = new Option<bool>("--warnaserror") { Description = env.Text[nameof(CliMessages.HelpWarnAsError)] };
        var command = new Command("check", env.Text[nameof(CliMessages.HelpCheck)]);
        load.AddTo(command);
        command.Options.Add(warnAsError);
        command.SetAction(parse => CheckHandler.Run(env, load.Read(parse, env), parse.GetValue(warnAsError)));
        return command;
    }

    private static Command InspectCommand(CliEnvironment env, LoadOptions load)
    {
        var json = new Option<bool>("--json") { Description = env.Text[nameof(CliMessages.HelpInspectJson)] };
        var command = new Command("inspect", env.Text[nameof(CliMessages.HelpInspect)]);
        load.AddTo(command);
        command.Options.Add(json);
        command.SetAction(parse => InspectHandler.Run(env, load.Read(parse, env)));
        return command;
    }

    private const string DefaultFormats = "all";
    private const string DefaultOutput = "exports";

    /// <summary>
    /// A description ending with the default value in the language of the help ("[par défaut : a4]"): the parser's own label
    /// is English in every language, so options carry no parser default and their handlers supply it.
    /// </summary>
    internal static string WithDefault(CliText text, string description, string value) => $"{description} {text.Format(nameof(CliMessages.HelpDefault), value)}";

    /// <summary>What a format makes, in the language of the help; an exporter the CLI does not know describes itself.</summary>
    private static string FormatDescription(CliText text, IExporter exporter) =>
        CliMessages.ResourceManager.GetString("Format" + char.ToUpperInvariant(exporter.Format[0]) + exporter.Format[1..], text.Culture) ?? exporter.Description;

    /// <summary>True when the user wrote the option (not its default).</summary>
    internal static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };

    private static Command InitCommand(CliEnvironment env, Option<string> lang)
    {
        var folder = new Argument<string>("FOLDER") { Description = env.Text[nameof(CliMessages.HelpInitFolder)], Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("init", env.Text[nameof(CliMessages.HelpInit)]);
        command.Arguments.Add(folder);
        command.SetAction(parse =>
        {
            var target = env.FileSystem.Path.GetFullPath(parse.GetValue(folder) ?? ".");
            var written = Init.StarterCourse.Write(env.FileSystem, target, parse.GetValue(lang) ?? "fr", env.Text);
            foreach (var file in written)
            {
                env.Out.WriteLine(env.Text.Format(nameof(CliMessages.InitCreated), env.FileSystem.Path.Combine(target, file)));
            }

            env.Out.WriteLine(env.Text.Format(nameof(CliMessages.InitNext), target));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CodesCommand(CliEnvironment env)
    {
        var markdown = new Option<bool>("--markdown") { Description = env.Text[nameof(CliMessages.HelpCodesMarkdown)] };
        var command = new Command("codes", env.Text[nameof(CliMessages.HelpCodes)]);
        command.Options.Add(markdown);
        command.SetAction(parse =>
        {
            env.Out.Write(parse.GetValue(markdown) ? DiagnosticTable.Markdown(env.UICulture) : DiagnosticTable.Text(env.UICulture));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ExportCommand(CliEnvironment env, LoadOptions load, ExporterRegistry registry)
    {
        var formats = string.Join(", ", registry.All.Select(e => $"{e.Format} ({FormatDescription(env.Text, e)})"));
        var format = new Option<string>("--format", "-f") { Description = WithDefault(env.Text, env.Text.Format(nameof(CliMessages.HelpFormat), formats.Length == 0 ? env.Text[nameof(CliMessages.HelpNoFormats)] : formats), DefaultFormats) };
        var output = new Option<string>("--out", "-o") { Description = WithDefault(env.Text, env.Text[nameof(CliMessages.HelpOut)], DefaultOutput) };
        var force = new Option<bool>("--force") { Description = env.Text[nameof(CliMessages.HelpForce)] };
        var edition = new Option<string>("--edition") { Description = WithDefault(env.Text, env.Text[nameof(CliMessages.HelpEdition)], "both") };
        edition.AcceptOnlyFromAmong("learner", "trainer", "both");
        var sco = new Option<string>("--sco") { Description = WithDefault(env.Text, env.Text[nameof(CliMessages.HelpSco)], "per-page") };
        sco.AcceptOnlyFromAmong("per-page", "single");
        var completion = new Option<string>("--completion") { Description = WithDefault(env.Text, env.Text[nameof(CliMessages.HelpCompletion)], "viewed") };
        completion.AcceptOnlyFromAmong("viewed", "scrolled");
        var paper = new Option<string>("--paper") { Description = WithDefault(env.Text, env.Text[nameof(CliMessages.HelpPaper)], "a4") };
        paper.AcceptOnlyFromAmong("a4", "letter");
        var remote = new Option<string>("--remote-assets") { Description = WithDefault(env.Text, env.Text[nameof(CliMessages.HelpRemoteAssets)], "link") };
        remote.AcceptOnlyFromAmong("link", "download");
        var embeds = new Option<string>("--embeds") { Description = WithDefault(env.Text, env.Text[nameof(CliMessages.HelpEmbeds)], "link") };
        embeds.AcceptOnlyFromAmong("link", "iframe");
        var duplex = new Option<bool>("--duplex") { Description = env.Text[nameof(CliMessages.HelpDuplex)] };
        var perChapter = new Option<bool>("--per-chapter") { Description = env.Text[nameof(CliMessages.HelpPerChapter)] };
        var numberHeadings = new Option<bool>("--number-headings") { Description = env.Text[nameof(CliMessages.HelpNumberHeadings)] };
        var rawHtml = new Option<bool>("--allow-raw-html") { Description = env.Text[nameof(CliMessages.HelpAllowRawHtml)] };
        var referenceDocx = new Option<string?>("--reference-docx") { Description = env.Text[nameof(CliMessages.HelpReferenceDocx)] };
        var fonts = new Option<string?>("--fonts") { Description = env.Text[nameof(CliMessages.HelpFonts)] };
        var jobs = new Option<int?>("--jobs", "-j") { Description = env.Text[nameof(CliMessages.HelpJobs)] };
        var quiet = new Option<bool>("--quiet", "-q") { Description = env.Text[nameof(CliMessages.HelpQuiet)] };
        var json = new Option<bool>("--json") { Description = env.Text[nameof(CliMessages.HelpExportJson)] };
        var watch = new Option<bool>("--watch", "-w") { Description = env.Text[nameof(CliMessages.HelpExportWatch)] };

        var command = new Command("export", env.Text[nameof(CliMessages.HelpExport)]);
        load.AddTo(command);
        foreach (var option in new Option[] { format, output, force, edition, sco, completion, paper, remote, embeds, duplex, perChapter, numberHeadings, rawHtml, referenceDocx, fonts, jobs, quiet, json, watch })
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
                Completion = Given(parse, completion) ? (parse.GetValue(completion) == "scrolled" ? PageCompletion.Scrolled : PageCompletion.Viewed) : o.Completion,
                Paper = Given(parse, paper) ? (parse.GetValue(paper) == "letter" ? PaperSize.Letter : PaperSize.A4) : o.Paper,
                RemoteAssets = Given(parse, remote) ? (parse.GetValue(remote) == "download" ? RemoteAssetPolicy.Download : RemoteAssetPolicy.Link) : o.RemoteAssets,
                EmbedIframes = Given(parse, embeds) ? parse.GetValue(embeds) == "iframe" : o.EmbedIframes,
                Duplex = o.Duplex || parse.GetValue(duplex),
                PerChapter = o.PerChapter || parse.GetValue(perChapter),
                NumberHeadings = o.NumberHeadings || parse.GetValue(numberHeadings),
                AllowRawHtml = o.AllowRawHtml || parse.GetValue(rawHtml),
                ReferenceDocx = parse.GetValue(referenceDocx) is { } docx ? env.FileSystem.Path.GetFullPath(docx) : o.ReferenceDocx,
                FontDirectory = parse.GetValue(fonts) is { } fontDir ? env.FileSystem.Path.GetFullPath(fontDir) : o.FontDirectory,
                Jobs = Math.Max(1, parse.GetValue(jobs) ?? Environment.ProcessorCount),
            };
            var request = new ExportRequest(
                loadRequest,
                parse.GetValue(format) ?? DefaultFormats,
                parse.GetValue(output) ?? DefaultOutput,
                parse.GetValue(force),
                o,
                Math.Max(1, parse.GetValue(jobs) ?? Environment.ProcessorCount),
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
    private readonly Argument<string> _course;
    private readonly Option<string> _toc;
    private readonly Option<bool> _includeHidden;
    private readonly Option<string> _a11y;

    public LoadOptions(CliText text)
    {
        Verbose = new("--verbose") { Description = text[nameof(CliMessages.HelpVerbose)], Recursive = true };
        _course = new("COURSE") { Description = text[nameof(CliMessages.HelpCourse)], Arity = ArgumentArity.ZeroOrOne };
        _toc = new("--toc") { Description = CommandTree.WithDefault(text, text[nameof(CliMessages.HelpToc)], "content-ref") };
        _toc.AcceptOnlyFromAmong("content-ref", "summary");
        _includeHidden = new("--include-hidden") { Description = text[nameof(CliMessages.HelpIncludeHidden)] };
        _a11y = new("--a11y") { Description = CommandTree.WithDefault(text, text[nameof(CliMessages.HelpA11y)], "warn") };
        _a11y.AcceptOnlyFromAmong("warn", "strict", "off");
    }

    /// <summary>--verbose, on the root command and every command under it.</summary>
    public Option<bool> Verbose { get; }

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
