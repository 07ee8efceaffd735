using System.Globalization;
using System.IO.Abstractions;
using Courseware.Diagnostics;
using Courseware.Docx.Media;
using Courseware.Export;
using Courseware.Model;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Courseware.Docx;

/// <summary>Writes editable Word documents of the course: <c>{slug}.docx</c> (learner) and <c>{slug}-trainer.docx</c>, optionally one per chapter.</summary>
public sealed class DocxExporter : IExporter
{
    private readonly IFileSystem _fontFileSystem;

    /// <param name="fontFileSystem">Where the fonts that draw text in SVG images are looked up (the real disk by default).</param>
    public DocxExporter(IFileSystem? fontFileSystem = null) => _fontFileSystem = fontFileSystem ?? new FileSystem();

    public string Format => "docx";

    public string Description => "Word documents (learner and trainer editions) with real styles, numbering, images and quizzes";

    /// <summary>Each edition is a file of its own, written page by page, so the editions can be written at the same time.</summary>
    public IReadOnlyList<ExportOptions> Parts(Course course, ExportOptions options) =>
        [.. options.Editions.Distinct().Select(edition => options with { Editions = [edition] })];

    public void Export(Course course, ExportContext context)
    {
        // 1. The reference document's styles (and theme), when one is given.
        var (referenceStyles, referenceTheme) = ReadReference(course, context);
        var writer = new DocxDocumentWriter(course, context, referenceStyles, referenceTheme, new SvgPictures(course, context, _fontFileSystem));

        // 2. One full document per edition.
        foreach (var edition in context.Options.Editions.Distinct())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Write(writer, context, FileName(course.Slug, null, edition), new DocxDocumentSpec(course.Pages, edition, course.Title, course.Description));

            // 3. One document per top-level chapter, when asked.
            if (context.Options.PerChapter)
            {
                var chapters = course.Root.Children;
                for (var i = 0; i < chapters.Count; i++)
                {
                    var chapter = chapters[i];
                    var pages = course.Pages.Where(p => IsWithin(p, chapter)).ToList();
                    Write(writer, context, FileName(course.Slug, i + 1, edition), new DocxDocumentSpec(pages, edition, course.Title, chapter.Title));
                }
            }
        }
    }

    /// <summary>The output name: <c>slug.docx</c>, <c>slug-trainer.docx</c>, <c>slug-chapter-02.docx</c>, <c>slug-chapter-02-trainer.docx</c>.</summary>
    public static string FileName(string slug, int? chapter, Edition edition) =>
        slug
        + (chapter is { } n ? "-chapter-" + n.ToString("00", CultureInfo.InvariantCulture) : string.Empty)
        + (edition == Edition.Trainer ? "-trainer" : string.Empty)
        + ".docx";

    private static bool IsWithin(Page page, Page chapter)
    {
        for (var p = page; p is not null; p = p.Parent)
        {
            if (p == chapter)
            {
                return true;
            }
        }

        return false;
    }

    private static void Write(DocxDocumentWriter writer, ExportContext context, string fileName, DocxDocumentSpec spec)
    {
        using var file = context.Output.Create(fileName);
        writer.Write(spec, file.Stream);
        file.Commit();
    }

    private static (Styles? Styles, byte[]? Theme) ReadReference(Course course, ExportContext context)
    {
        var path = context.Options.ReferenceDocx;
        if (string.IsNullOrWhiteSpace(path))
        {
            return (null, null);
        }

        try
        {
            var fs = course.FileSystem;
            var bytes = fs.File.ReadAllBytes(fs.Path.GetFullPath(path));
            using var stream = new MemoryStream(bytes, writable: false);
            using var reference = WordprocessingDocument.Open(stream, false);
            var styles = reference.MainDocumentPart?.StyleDefinitionsPart?.Styles;
            if (styles is null)
            {
                context.Diagnostics.Report(DiagnosticCodes.DocxReferenceUnreadable, new SourceLocation(path), path, "it has no styles");
                return (null, null);
            }

            byte[]? theme = null;
            if (reference.MainDocumentPart!.ThemePart is { } themePart)
            {
                using var themeStream = themePart.GetStream();
                using var buffer = new MemoryStream();
                themeStream.CopyTo(buffer);
                theme = buffer.ToArray();
            }

            return ((Styles)styles.CloneNode(true), theme);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException or FileFormatException)
        {
            context.Diagnostics.Report(DiagnosticCodes.DocxReferenceUnreadable, new SourceLocation(path), path, ex.Message);
            return (null, null);
        }
    }
}
