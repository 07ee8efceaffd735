using System.Globalization;
using System.IO.Abstractions;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Graphics;
using Courseware.Model;
using Courseware.Pdf.Backend;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Rendering;
using Courseware.Pdf.Text;

namespace Courseware.Pdf;

/// <summary>Writes print-ready PDF handouts: <c>{slug}-handout.pdf</c> (learner) and <c>{slug}-handout-trainer.pdf</c> (trainer, with answers).</summary>
public sealed class PdfExporter : IExporter
{
    private readonly IFileSystem _fontFileSystem;

    /// <param name="fontFileSystem">Where fonts are looked up (the real disk by default; tests may pass another).</param>
    public PdfExporter(IFileSystem? fontFileSystem = null) => _fontFileSystem = fontFileSystem ?? new FileSystem();

    public string Format => "pdf";

    public string Description => "PDF handouts for print: learner edition and trainer edition with answer key";

    /// <summary>Most pages a course may have for its handouts to be laid out at the same time (<see cref="Parts"/>).</summary>
    public const int ParallelEditionsMaxPages = 2000;

    /// <summary>Most bytes of local images a course may have for its handouts to be laid out at the same time.</summary>
    public const long ParallelEditionsMaxImageBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Each edition is a file of its own, so the editions of a course of moderate size are laid out at the same time. A
    /// handout is held in memory until it is written, and the editions of one part share their decoded images, so a large
    /// course (more pages or image bytes than the limits above) is laid out one edition at a time.
    /// </summary>
    public IReadOnlyList<ExportOptions> Parts(Course course, ExportOptions options) =>
        course.Pages.Count <= ParallelEditionsMaxPages && course.Assets.Where(a => !a.IsRemote).Sum(a => a.Size ?? 0) <= ParallelEditionsMaxImageBytes
            ? [.. options.Editions.Distinct().Select(edition => options with { Editions = [edition] })]
            : [options];

    public void Export(Course course, ExportContext context)
    {
        // 1. Fonts: a theme folder or system fonts; without any, nothing can be drawn.
        var fonts = new FontLocator(_fontFileSystem).Locate(context.Options.FontDirectory, out var problem);
        if (fonts is null)
        {
            context.Diagnostics.Report(DiagnosticCodes.PdfNoFont, SourceLocation.None, problem + "; " + FontLocator.InstallHint);
            return;
        }

        PdfSharpFontResolver.Register(fonts);

        // 2. One file per edition, plus one per top-level chapter when asked.
        var images = new AssetImages(course, fonts);
        var decoded = new DecodedImages();
        var chapters = course.Root.Children.Where(c => course.Pages.Contains(c)).ToList();
        foreach (var edition in context.Options.Editions.Distinct())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var suffix = edition == Edition.Trainer ? "-handout-trainer" : "-handout";
            Write(course, context, edition, fonts, images, decoded, new HandoutScope(course.Title, null, IncludeRoot: true, chapters), $"{course.Slug}{suffix}.pdf");
            if (context.Options.PerChapter)
            {
                for (var i = 0; i < chapters.Count; i++)
                {
                    var number = (i + 1).ToString("00", CultureInfo.InvariantCulture);
                    Write(course, context, edition, fonts, images, decoded, new HandoutScope(chapters[i].Title, course.Title, IncludeRoot: false, [chapters[i]]), $"{course.Slug}{suffix}-{number}.pdf");
                }
            }
        }
    }

    private static void Write(Course course, ExportContext context, Edition edition, FontSet fonts, AssetImages images, DecodedImages decoded, HandoutScope scope, string fileName)
    {
        // 3. Layout (several passes until page references are stable), then 4. the PDF file.
        var composer = new HandoutComposer(course, context, edition, fonts, images);
        ComposedHandout handout;
        try
        {
            handout = composer.Compose(scope);
        }
        catch (LayoutOverflowException e)
        {
            context.Diagnostics.Report(DiagnosticCodes.PdfLayoutFailed, SourceLocation.None, $"{fileName}: {e.Message}");
            return;
        }

        if (composer.Shaper is { Unsupported.Count: > 0 } shaper)
        {
            var list = string.Join(", ", shaper.Unsupported.Take(20).Select(c => "U+" + c.ToString("X4", CultureInfo.InvariantCulture)));
            context.Diagnostics.Report(DiagnosticCodes.PdfCharactersReplaced, SourceLocation.None, shaper.Unsupported.Count, list);
        }

        var metadata = new PdfMetadata(
            scope.Subtitle is null ? course.Title : $"{scope.Title} \u2014 {scope.Subtitle}",
            course.Author,
            course.Description ?? course.Title,
            course.Language,
            context.Timestamp,
            $"{course.Id}; {(edition == Edition.Trainer ? "trainer" : "learner")}");
        using var file = context.Output.Create(fileName);
        PdfFileWriter.Write(file.Stream, handout.Recording, metadata, handout.Outline, fonts.Regular, (image, message) =>
            context.Diagnostics.Report(
                DiagnosticCodes.PdfImageUnreadable,
                image.Source is { } source ? new SourceLocation(source) : SourceLocation.None,
                image.Source ?? string.Create(CultureInfo.InvariantCulture, $"{image.Format} {image.PixelWidth}x{image.PixelHeight}"),
                message), decoded);
        file.Commit();
    }
}
