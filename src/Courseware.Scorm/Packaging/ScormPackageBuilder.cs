using System.Text;
using Courseware.Export;
using Courseware.Model;
using Courseware.Scorm.Html;

namespace Courseware.Scorm.Packaging;

/// <summary>
/// Builds the files of a SCORM package from the course model, in numbered phases. Pages are rendered while the zip is
/// written (on its compression threads, a bounded window ahead of the writer): dispose the builder once the package is written.
/// </summary>
public sealed class ScormPackageBuilder(Course course, ExportContext context, ScormVersion version) : IDisposable
{
    /// <summary>The sanitiser keeps state while it cleans: each rendering thread has its own.</summary>
    private readonly ThreadLocal<RawHtmlSanitizer> _sanitizers = new(() => new RawHtmlSanitizer());

    /// <summary>The runtime files every package carries in its shared folder.</summary>
    public static readonly string[] RuntimeFiles = ["courseware.css", .. PageDocumentWriter.Scripts];

    public IReadOnlyList<PackageFile> Build()
    {
        var options = context.Options;
        var files = new List<PackageFile>();

        // 1. Layout: ids and file names of pages, from their paths.
        var layout = new PackageLayout(course, version, options.Sco);
        var strings = UiStrings.For(course.Language);

        // 2. Assets: local files copied, remote ones downloaded or kept as links.
        var (assetPaths, assetFiles) = new AssetCollector(course, context).Collect();
        files.AddRange(assetFiles);

        // 3. Runtime: stylesheet and scripts.
        foreach (var name in RuntimeFiles)
        {
            files.Add(new PackageFile(PackageLayout.SharedFolder + "/" + name, RuntimeResource(name)));
        }

        // 4. Pages: one document per page, or one for the whole course.
        PageRenderContext ContextFor(Page page) => new()
        {
            Course = course,
            Page = page,
            Layout = layout,
            Options = options,
            Diagnostics = context.Diagnostics,
            Strings = strings,
            PackagedAssets = assetPaths,
            Sanitizer = _sanitizers.Value!,
        };
        var writer = new PageDocumentWriter(layout, strings, ContextFor, options.Completion);
        var scoFiles = new List<string>();
        if (options.Sco == ScoLayout.Single)
        {
            files.Add(new PackageFile(PackageLayout.SingleScoFile, stream => writer.WriteCourse(PassPercent(course.Pages), stream)));
        }
        else
        {
            // Each page is rendered when the zip compresses it (on the zip's worker threads), then dropped.
            foreach (var page in course.Pages)
            {
                files.Add(new PackageFile(layout[page].File, stream => writer.WritePage(page, PassPercent([page]), stream)));
            }
        }

        // 5. Manifest: every file but the SCO documents belongs to the shared resource.
        var scoDocuments = files.Where(f => f.Path == PackageLayout.SingleScoFile || f.Path.StartsWith("pages/", StringComparison.Ordinal)).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var shared = files.Select(f => f.Path).Where(p => !scoDocuments.Contains(p)).ToList();
        files.Add(new PackageFile("imsmanifest.xml", ManifestWriter.Write(layout, shared, page => PassPercent(page is null ? course.Pages : [page]))));
        return files;
    }

    public void Dispose()
    {
        _sanitizers.Dispose();
    }

    /// <summary>The pass mark of a SCO: the highest pass mark of its quizzes, null when it has none.</summary>
    internal static double? PassPercent(IEnumerable<Page> pages)
    {
        var quizzes = pages.SelectMany(p => p.Quizzes).Where(q => q.Questions.Any(x => x.Type != Courseware.Quizzes.QuestionType.Description && x.Type != Courseware.Quizzes.QuestionType.Essay)).ToList();
        return quizzes.Count == 0 ? null : quizzes.Max(q => q.PassPercent);
    }

    private static byte[] RuntimeResource(string name)
    {
        using var stream = typeof(ScormPackageBuilder).Assembly.GetManifestResourceStream("Courseware.Scorm.Runtime." + name)
            ?? throw new InvalidOperationException($"Runtime file '{name}' is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        // Line endings are normalised so a checkout with CRLF builds the same package.
        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(copy.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
