using System.Globalization;
using System.IO.Abstractions;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Courseware.Loading;

/// <summary>Settings of a course: how to load it and how to export it, from <c>courseware.yml</c> at the course root.</summary>
public sealed record CourseConfiguration(CourseSettings Settings, ExportOptions Export, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static CourseConfiguration Default { get; } = new(new CourseSettings(), new ExportOptions(), []);
}

/// <summary>Reads <c>courseware.yml</c>; unknown keys and wrong types are diagnostics with their line.</summary>
public static class CourseConfigurationReader
{
    public const string FileName = "courseware.yml";

    private delegate void Apply(ref State state, YamlScalarNode value, Reporter report);

    private static readonly SortedDictionary<string, Apply> Keys = new(StringComparer.Ordinal)
    {
        ["title"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { Title = v.Value },
        ["author"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { Author = v.Value },
        ["language"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { Language = v.Value },
        ["organisation"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { Organisation = v.Value },
        ["logo"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { Logo = r.File("logo", v) },
        ["id"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { Id = v.Value },
        ["slug"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { Slug = v.Value },
        ["toc"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { Toc = r.Choice("toc", v, ["content-ref", "summary"]) == "summary" ? TocMode.Summary : TocMode.ContentRef },
        ["accessibility"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with
        {
            Accessibility = r.Choice("accessibility", v, ["warn", "strict", "off"]) switch
            {
                "strict" => AccessibilityMode.Strict,
                "off" => AccessibilityMode.Off,
                _ => AccessibilityMode.Warn,
            },
        },
        ["includeHidden"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { IncludeHidden = r.Bool("includeHidden", v) ?? false },
        ["passPercent"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { PassPercent = r.Number("passPercent", v, 0, 100) ?? s.Settings.PassPercent },
        ["maxFileBytes"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { MaxFileBytes = (long)(r.Number("maxFileBytes", v, 1, double.MaxValue) ?? s.Settings.MaxFileBytes) },
        ["maxPages"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { MaxPages = (int)(r.Number("maxPages", v, 1, int.MaxValue) ?? s.Settings.MaxPages) },
        ["maxAssetBytes"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { MaxAssetBytes = (long)(r.Number("maxAssetBytes", v, 1, double.MaxValue) ?? s.Settings.MaxAssetBytes) },
        ["maxTotalAssetBytes"] = (ref State s, YamlScalarNode v, Reporter r) => s.Settings = s.Settings with { MaxTotalAssetBytes = (long)(r.Number("maxTotalAssetBytes", v, 1, double.MaxValue) ?? s.Settings.MaxTotalAssetBytes) },
        ["maxDownloadBytes"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { MaxDownloadBytes = (long)(r.Number("maxDownloadBytes", v, 1, double.MaxValue) ?? s.Export.MaxDownloadBytes) },
        ["downloadTimeoutSeconds"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { DownloadTimeout = TimeSpan.FromSeconds(r.Number("downloadTimeoutSeconds", v, 1, 3600) ?? s.Export.DownloadTimeout.TotalSeconds) },
        ["sco"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { Sco = r.Choice("sco", v, ["per-page", "single"]) == "single" ? ScoLayout.Single : ScoLayout.PerPage },
        ["completion"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { Completion = r.Choice("completion", v, ["viewed", "scrolled"]) == "scrolled" ? PageCompletion.Scrolled : PageCompletion.Viewed },
        ["paper"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { Paper = r.Choice("paper", v, ["a4", "letter"]) == "letter" ? PaperSize.Letter : PaperSize.A4 },
        ["editions"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with
        {
            Editions = r.Choice("editions", v, ["learner", "trainer", "both"]) switch
            {
                "learner" => [Edition.Learner],
                "trainer" => [Edition.Trainer],
                _ => [Edition.Learner, Edition.Trainer],
            },
        },
        ["fonts"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { FontDirectory = r.Folder("fonts", v) },
        ["remoteAssets"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { RemoteAssets = r.Choice("remoteAssets", v, ["link", "download"]) == "download" ? RemoteAssetPolicy.Download : RemoteAssetPolicy.Link },
        ["embeds"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { EmbedIframes = r.Choice("embeds", v, ["link", "iframe"]) == "iframe" },
        ["duplex"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { Duplex = r.Bool("duplex", v) ?? false },
        ["perChapter"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { PerChapter = r.Bool("perChapter", v) ?? false },
        ["numberHeadings"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { NumberHeadings = r.Bool("numberHeadings", v) ?? false },
        ["allowRawHtml"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { AllowRawHtml = r.Bool("allowRawHtml", v) ?? false },
        ["referenceDocx"] = (ref State s, YamlScalarNode v, Reporter r) => s.Export = s.Export with { ReferenceDocx = r.File("referenceDocx", v) is { } f ? r.Full(f) : null },
    };

    /// <summary>Every setting name, as documented.</summary>
    public static IEnumerable<string> Names => Keys.Keys;

    /// <summary>Reads the settings file of the course folder <paramref name="courseDirectory"/>; defaults when there is none.</summary>
    public static CourseConfiguration Read(IFileSystem fs, string courseDirectory)
    {
        var path = fs.Path.Combine(courseDirectory, FileName);
        if (!fs.File.Exists(path))
        {
            return CourseConfiguration.Default;
        }

        var bag = new DiagnosticBag();
        var text = SourceTextReader.Decode(fs.File.ReadAllBytes(path), FileName, bag);
        var state = new State { Settings = new CourseSettings(), Export = new ExportOptions() };
        var reporter = new Reporter(fs, courseDirectory, bag);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                foreach (var (keyNode, valueNode) in map.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                    if (!Keys.TryGetValue(key, out var apply))
                    {
                        bag.Report(DiagnosticCodes.SettingsUnknownKey, Reporter.At(keyNode), key, string.Join(", ", Keys.Keys));
                        continue;
                    }

                    if (valueNode is not YamlScalarNode scalar)
                    {
                        bag.Report(DiagnosticCodes.SettingsWrongType, Reporter.At(valueNode), key, DiagnosticPhrases.SingleValue, valueNode.NodeType.ToString().ToLowerInvariant());
                        continue;
                    }

                    apply(ref state, scalar, reporter);
                }
            }
            else if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is not YamlScalarNode { Value: null or "" })
            {
                bag.Report(DiagnosticCodes.SettingsWrongType, new SourceLocation(FileName, 1, 1), "courseware.yml", DiagnosticPhrases.KeyValueLines, DiagnosticPhrases.AnotherStructure);
            }
        }
        catch (YamlException ex)
        {
            bag.Report(DiagnosticCodes.SettingsInvalidYaml, new SourceLocation(FileName, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column)), (ex.InnerException ?? ex).Message.Split('\n')[0]);
        }

        return new CourseConfiguration(state.Settings, state.Export, bag.ToSortedList());
    }

    private struct State
    {
        public CourseSettings Settings;
        public ExportOptions Export;
    }

    /// <summary>Checks values and reports problems at the value's place.</summary>
    private sealed class Reporter(IFileSystem fs, string root, DiagnosticBag bag)
    {
        public static SourceLocation At(YamlNode node) => new(FileName, (int)node.Start.Line, (int)node.Start.Column);

        public string? Choice(string key, YamlScalarNode value, string[] choices)
        {
            var v = value.Value?.Trim().ToLowerInvariant();
            if (v is not null && choices.Contains(v))
            {
                return v;
            }

            bag.Report(DiagnosticCodes.SettingsWrongType, At(value), key, DiagnosticPhrases.OneOf.With(string.Join(", ", choices)), value.Value);
            return null;
        }

        public bool? Bool(string key, YamlScalarNode value)
        {
            switch (value.Value?.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "on":
                    return true;
                case "false" or "no" or "off":
                    return false;
                default:
                    bag.Report(DiagnosticCodes.SettingsWrongType, At(value), key, DiagnosticPhrases.TrueOrFalse, value.Value);
                    return null;
            }
        }

        public double? Number(string key, YamlScalarNode value, double min, double max)
        {
            if (double.TryParse(value.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            {
                return n;
            }

            bag.Report(DiagnosticCodes.SettingsWrongType, At(value), key, max >= double.MaxValue ? DiagnosticPhrases.NumberAtLeast.With(min) : DiagnosticPhrases.NumberFromTo.With(min, max), value.Value);
            return null;
        }

        public string? File(string key, YamlScalarNode value)
        {
            var relative = value.Value?.Trim().Replace('\\', '/') ?? string.Empty;
            if (relative.Length > 0 && !relative.StartsWith('/') && !relative.Contains("..", StringComparison.Ordinal) && fs.File.Exists(fs.Path.Combine(root, relative)))
            {
                return relative;
            }

            bag.Report(DiagnosticCodes.SettingsFileMissing, At(value), key, value.Value);
            return null;
        }

        public string? Folder(string key, YamlScalarNode value)
        {
            var relative = value.Value?.Trim().Replace('\\', '/') ?? string.Empty;
            if (relative.Length > 0 && !relative.Contains("..", StringComparison.Ordinal) && fs.Directory.Exists(Full(relative)))
            {
                return Full(relative);
            }

            bag.Report(DiagnosticCodes.SettingsFileMissing, At(value), key, value.Value);
            return null;
        }

        public string Full(string relative) => fs.Path.GetFullPath(fs.Path.Combine(root, relative));
    }
}
