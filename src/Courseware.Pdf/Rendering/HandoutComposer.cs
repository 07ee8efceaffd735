using System.Globalization;
using Courseware.Export;
using Courseware.Graphics;
using Courseware.Model;
using Courseware.Pdf.Backend;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;
using Markdig.Syntax;

namespace Courseware.Pdf.Rendering;

/// <summary>What one handout file contains: which chapters, whether the root page is printed as an introduction, its title.</summary>
internal sealed record HandoutScope(string Title, string? Subtitle, bool IncludeRoot, IReadOnlyList<Page> Chapters);

/// <summary>A laid-out handout ready to be written: the recorded pages and the outline.</summary>
internal sealed record ComposedHandout(RecordingCanvas Recording, IReadOnlyList<OutlineEntry> Outline);

/// <summary>
/// Builds a handout: 1. cover, 2. table of contents, 3. introduction (root page), 4. one section per chapter, each from
/// a new page (an odd one in duplex), 5. the trainer's answer key; then lays it out again until every page number printed
/// in the table of contents and in references is the page the target landed on; finally adds running headers and footers.
/// </summary>
internal sealed class HandoutComposer
{
    private const int MaxPasses = 4;
    private readonly Course _course;
    private readonly ExportContext _export;
    private readonly Edition _edition;
    private readonly FontSet _fonts;
    private readonly PageGeometry _geometry;
    private readonly HandoutLabels _labels;

    private readonly AssetImages _images;

    public HandoutComposer(Course course, ExportContext export, Edition edition, FontSet fonts, AssetImages? images = null)
    {
        _course = course;
        _images = images ?? new AssetImages(course, fonts);
        _export = export;
        _edition = edition;
        _fonts = fonts;
        _labels = HandoutLabels.For(course.Language);
        var size = export.Options.Paper == PaperSize.Letter ? new Size(612, 792) : new Size(595.28, 841.89);
        // Inner margin leaves room for hole punching and binding.
        _geometry = new PageGeometry(size, Inner: 72, Outer: 54, Top: 66, Bottom: 62, MirrorMargins: export.Options.Duplex);
    }

    /// <summary>Whether the last pass may print changed page numbers in place instead of laying out again (on unless a test compares both ways).</summary>
    public bool RenumberInPlace { get; init; } = true;

    /// <summary>Whether the last composition printed its page numbers in place (for tests).</summary>
    public bool RenumberedInPlace { get; private set; }

    /// <summary>Layout passes of the last composition.</summary>
    public int Passes { get; private set; }

    /// <summary>Whether both placings have the same destinations (which ones exist decides some texts).</summary>
    private static bool SameDestinations(Dictionary<string, int> previous, Dictionary<string, int> current) =>
        current.Count == previous.Count && current.Keys.All(previous.ContainsKey);

    /// <summary>The shaper of the layout (its unsupported characters feed a diagnostic).</summary>
    public TextShaper? Shaper { get; private set; }

    public ComposedHandout Compose(HandoutScope scope)
    {
        Dictionary<string, int>? previous = null;
        RecordingCanvas? recording = null;
        List<(int First, int Last, string Title)> sections = [];
        // One shaper for every pass: its line cache lets a pass reuse the lines of paragraphs the previous one broke.
        var lines = new LineCache();
        Shaper = new TextShaper(_fonts, lines);
        RenumberedInPlace = false;
        for (var pass = 1; pass <= MaxPasses; pass++)
        {
            Passes = pass;
            var known = previous;
            lines.NextPass();
            var area = _geometry.ContentArea(1);
            var context = new RenderContext(_course, _export, _edition, Shaper, new Size(area.Width, area.Height), name => known is not null && known.TryGetValue(name, out var p) ? p : null, _images);
            // The first pass is never the last (its page numbers are only guesses): it keeps where things landed, not the drawing.
            recording = new RecordingCanvas { RecordsDrawing = pass > 1 };
            var paginator = new Paginator(recording, _geometry);
            sections = [];

            // 1-4: build every section before paginating, so the answer key knows every question.
            var cover = Cover(context, scope);
            var body = new List<(string Title, Element Content)>();
            if (scope.IncludeRoot && HasOwnContent(_course.Root))
            {
                body.Add((_course.Root.Title, PagesSection(context, [_course.Root])));
            }

            foreach (var chapter in scope.Chapters)
            {
                body.Add((chapter.Title, PagesSection(context, Subtree(chapter))));
            }

            if (context.IsTrainer && context.Questions.Count > 0)
            {
                body.Add((_labels.AnswerKey, AnswerKey(context)));
            }

            paginator.Flow(cover);
            StartSection(paginator);
            var toc = paginator.Flow(TableOfContents(context, scope));
            sections.Add((toc.First, toc.Last, _labels.Contents));
            foreach (var (title, content) in body)
            {
                StartSection(paginator);
                var range = paginator.Flow(content);
                sections.Add((range.First, range.Last, title));
            }

            var current = recording.Destinations.ToDictionary(d => d.Key, d => d.Value.PageIndex + 1, StringComparer.Ordinal);
            if (previous is not null && current.Count == previous.Count && current.All(kv => previous.TryGetValue(kv.Key, out var p) && p == kv.Value))
            {
                break;
            }

            // Pages moved, but the same destinations exist and every printed number keeps its count of digits (the
            // recording checks): with digits of one width, another pass would lay everything out exactly as this one
            // did, only printing the new numbers, so they are printed in place.
            if (RenumberInPlace && previous is not null && !Shaper.PageNumbersUntracked && SameDestinations(previous, current)
                && recording.RenumberPages(name => current.TryGetValue(name, out var p) ? p : null))
            {
                RenumberedInPlace = true;
                break;
            }

            previous = current;
        }

        lines.Clear(); // the lines are in the recording now; the cache would only hold memory while the file is written
        AddRunningHeadersAndFooters(recording!, sections, scope);
        return new ComposedHandout(recording!, Outline(scope));
    }

    private void StartSection(Paginator paginator)
    {
        if (_export.Options.Duplex && paginator.PageCount % 2 == 1)
        {
            paginator.NewPage(); // the back of the previous page stays blank so the section starts on a right-hand page
        }
    }

    private IReadOnlyList<Page> Subtree(Page chapter) =>
        [.. _course.Pages.Where(p => p == chapter || IsDescendant(p, chapter))];

    private static bool IsDescendant(Page page, Page ancestor)
    {
        for (var p = page.Parent; p is not null; p = p.Parent)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasOwnContent(Page page)
    {
        var document = page.Document;
        var first = document.FirstOrDefault();
        return document.Any(b => !_course.IsChapterList(page, b) && !(b is HeadingBlock { Level: 1 } && b == first) && b is not LinkReferenceDefinitionGroup);
    }

    private string Number(Page page)
    {
        if (!_export.Options.NumberHeadings || page.Depth == 0)
        {
            return string.Empty;
        }

        if (page.Number.Length > 0)
        {
            return page.Number;
        }

        var parts = new List<int>();
        for (var p = page; p.Parent is not null; p = p.Parent)
        {
            parts.Insert(0, p.Parent.Children.ToList().IndexOf(p) + 1);
        }

        return string.Join('.', parts.Select(n => n.ToString(CultureInfo.InvariantCulture)));
    }

    private string NumberedTitle(Page page) => NumberedTitle(page, page.Title);

    private string NumberedTitle(Page page, string title) => Number(page) is { Length: > 0 } n ? n + "  " + title : title;

    /// <summary>The handout's top-level pages (the root when it has content of its own, the chapters) grouped under their SUMMARY.md parts.</summary>
    private List<TocPart> TopLevelParts(HandoutScope scope)
    {
        var parts = new List<TocPart>();
        foreach (var part in TocPart.Group(scope.IncludeRoot ? [_course.Root, .. scope.Chapters] : scope.Chapters))
        {
            var pages = part.Pages.Where(p => p != _course.Root || HasOwnContent(p)).ToList();
            if (pages.Count > 0)
            {
                parts.Add(part with { Pages = pages });
            }
        }

        return parts;
    }

    private Element Cover(RenderContext context, HandoutScope scope)
    {
        var column = new ColumnElement();
        if (Logo() is { } logo)
        {
            column.Add(new SpacerElement(40));
            column.Add(new ImageElement(logo, _course.Organisation ?? "Logo", 60));
            column.Add(new SpacerElement(50));
        }
        else
        {
            column.Add(new SpacerElement(150));
        }

        var titleBlock = new ColumnElement()
            .Add(context.Text(scope.Title, new TextStyle(28, Bold: true) { Color = HandoutTheme.Heading }, StructureRole.Heading1));
        if (scope.Subtitle is { Length: > 0 } subtitle)
        {
            titleBlock.Add(context.Text(subtitle, new TextStyle(14) { Color = HandoutTheme.Muted }), 6);
        }

        if (!string.IsNullOrWhiteSpace(_course.Description))
        {
            titleBlock.Add(context.Text(_course.Description!, new TextStyle(13) { Color = HandoutTheme.Muted }), 14);
        }

        column.Add(new BoxElement(titleBlock) { LeftBar = HandoutTheme.Heading, LeftBarWidth = 5, PaddingLeft = 20, PaddingTop = 4, PaddingBottom = 6 });
        var details = new ColumnElement();
        var edition = context.IsTrainer ? _labels.TrainerEdition : _labels.LearnerEdition;
        details.Add(context.Text(edition, new TextStyle(12.5, Bold: true) { Color = context.IsTrainer ? HandoutTheme.Right : HandoutTheme.Heading }));
        if (!string.IsNullOrWhiteSpace(_course.Author))
        {
            details.Add(context.Text(_course.Author!, HandoutTheme.Body), 6);
        }

        if (!string.IsNullOrWhiteSpace(_course.Organisation))
        {
            details.Add(context.Text(_course.Organisation!, HandoutTheme.Body), 4);
        }

        // The fixed default timestamp (1980) is not a date anyone wrote: print a date only when SOURCE_DATE_EPOCH gives one.
        if (_export.Timestamp != Courseware.Export.ExportContext.DefaultTimestamp)
        {
            details.Add(context.Text(_export.Timestamp.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), HandoutTheme.Body with { Color = HandoutTheme.Muted }), 4);
        }
        column.Add(new BoxElement(details) { PaddingLeft = 25 }, 60);
        return column;
    }

    /// <summary>The course logo from the settings (courseware.yml 'logo'), when it is a readable PNG, JPEG or GIF.</summary>
    private ImageData? Logo() => _course.Logo is { IsRemote: false } asset ? _images.Get(asset).Image : null;

    private Element TableOfContents(RenderContext context, HandoutScope scope)
    {
        var column = new ColumnElement();
        column.Add(new TextBlockElement([new TextRun(_labels.Contents, HandoutTheme.HeadingStyle(1))], context.Shaper) { Role = StructureRole.Heading1, LineSpacing = 1.25, Destinations = ["toc"] });
        // Entries carry the SUMMARY.md titles; a part is a label (no destination) over its chapters, as in GitBook's sidebar.
        var entries = new List<(string Title, string? Destination, int Level)>();
        foreach (var part in TopLevelParts(scope))
        {
            if (part.Title is { } partTitle)
            {
                entries.Add((partTitle, null, 0));
            }

            foreach (var chapter in part.Pages)
            {
                entries.AddRange(chapter == _course.Root
                    ? [(_course.Root.TocTitle, RenderContext.PageDestination(_course.Root), 1)]
                    : Subtree(chapter).Where(p => p.Depth - chapter.Depth <= 2).Select(p => (NumberedTitle(p, p.TocTitle), (string?)RenderContext.PageDestination(p), p.Depth - chapter.Depth + 1)));
            }
        }

        if (context.IsTrainer && _course.Pages.Any(p => p.Quizzes.Count > 0))
        {
            entries.Add((_labels.AnswerKey, "answer-key", 1));
        }

        foreach (var (title, target, level) in entries)
        {
            if (target is not { } destination)
            {
                var label = new TextBlockElement([new TextRun(title, HandoutTheme.Body with { Size = HandoutTheme.BodySize + 1, Bold = true, Color = HandoutTheme.Heading })], context.Shaper)
                {
                    LineSpacing = 1.3,
                    KeepWithNext = true,
                };
                column.Add(label, 18);
                column.Add(new SpacerElement(4) { RuleColor = HandoutTheme.Rule, RuleWidth = 0.6, KeepWithNext = true }, 1);
                continue;
            }

            var link = new LinkTarget.Internal(destination);
            var style = level == 1 ? HandoutTheme.Body with { Bold = true, Link = link } : HandoutTheme.Body with { Link = link };
            var row = new RowElement { Gap = 8 }
                .AddRelative(new BoxElement(new TextBlockElement([new TextRun(title, style)], context.Shaper) { LineSpacing = 1.35 }) { PaddingLeft = (level - 1) * 16 })
                .AddFixed(new TextBlockElement([context.PageNumberRun(string.Empty, destination, string.Empty, style)], context.Shaper) { Alignment = TextAlignment.Right, LineSpacing = 1.35 }, 32);
            column.Add(row, level == 1 ? 9 : 2);
        }

        return column;
    }

    private Element PagesSection(RenderContext context, IReadOnlyList<Page> pages)
    {
        var column = new ColumnElement();
        var chapterDepth = pages[0].Depth;
        foreach (var page in pages)
        {
            context.Page = page;
            context.Footnotes.Clear();
            var level = Math.Clamp(page.Depth - chapterDepth + 1, 1, 6);
            context.HeadingShift = level - 1;
            var blocks = page.Document.ToList();
            var destinations = new List<string> { RenderContext.PageDestination(page) };
            if (blocks.FirstOrDefault() is HeadingBlock { Level: 1 })
            {
                // The page's own H1 is replaced by its tree title; links to the H1's anchor land on that heading.
                blocks.RemoveAt(0);
                destinations.AddRange(page.Headings.Where(h => h.Level == 1).Take(1).SelectMany(h => new[] { h.Id, h.FoldedId }).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).Select(a => RenderContext.AnchorDestination(page, a)));
            }

            var headingStyle = HandoutTheme.HeadingStyle(level);
            var heading = new TextBlockElement([new TextRun(NumberedTitle(page), headingStyle)], context.Shaper)
            {
                Role = HandoutTheme.HeadingRole(level),
                LineSpacing = 1.25,
                KeepWithNext = true,
                Destinations = destinations,
            };
            column.Add(heading, column.Count == 0 ? 0 : 24);
            if (level == 1)
            {
                column.Add(new SpacerElement(6) { RuleColor = HandoutTheme.Heading, RuleWidth = 1.2, KeepWithNext = true }, 2);
            }

            if (!string.IsNullOrWhiteSpace(page.Description))
            {
                column.Add(context.Text(page.Description!, HandoutTheme.Body with { Italic = true, Color = HandoutTheme.Muted }), 6);
            }

            var renderers = new BlockRendererSet(context);
            foreach (var block in blocks)
            {
                if (_course.IsChapterList(page, block))
                {
                    continue; // the root's content-refs are the tree, printed as the table of contents
                }

                renderers.Render(block, column);
            }
        }

        context.Page = null;
        return column;
    }

    private Element AnswerKey(RenderContext context)
    {
        var column = new ColumnElement();
        column.Add(new TextBlockElement([new TextRun(_labels.AnswerKey, HandoutTheme.HeadingStyle(1))], context.Shaper) { Role = StructureRole.Heading1, LineSpacing = 1.25, KeepWithNext = true, Destinations = ["answer-key"] });
        column.Add(new SpacerElement(6) { RuleColor = HandoutTheme.Heading, RuleWidth = 1.2, KeepWithNext = true }, 2);
        foreach (var quiz in context.Questions.GroupBy(q => q.QuizNumber))
        {
            var first = quiz.First();
            var title = QuizRenderer.QuizTitle(_labels, first.Quiz, quiz.Key);
            var link = new LinkTarget.Internal(first.Destination);
            column.Add(
                new TextBlockElement(
                    [new TextRun(title, HandoutTheme.HeadingStyle(3) with { Link = link }), context.PageNumberRun($"  ({_labels.Page} ", first.Destination, ")", HandoutTheme.Small with { Link = link })],
                    context.Shaper) { Role = StructureRole.Heading2, LineSpacing = 1.3, KeepWithNext = true },
                16);

            var small = HandoutTheme.Body with { Size = HandoutTheme.BodySize - 1 };
            RowElement Row(string a, string b, string c, TextRun d, bool header)
            {
                var style = header ? small with { Bold = true } : small;
                TextBlockElement Cell(string text, TextAlignment alignment = TextAlignment.Left) =>
                    new([new TextRun(text, style)], context.Shaper) { LineSpacing = 1.3, WidowOrphanControl = false, Alignment = alignment };
                return HandoutTheme.TableRow(header)
                    .AddFixed(Cell(a), 34).AddRelative(Cell(b)).AddFixed(Cell(c, TextAlignment.Right), 46)
                    .AddFixed(new TextBlockElement([d], context.Shaper) { LineSpacing = 1.3, WidowOrphanControl = false, Alignment = TextAlignment.Right }, 40);
            }

            var table = new TableElement(() => Row("N\u00B0", _labels.Answer, _labels.Points, new TextRun(Capitalized(_labels.Page), small with { Bold = true }), header: true));
            foreach (var placed in quiz)
            {
                var question = placed.Question;
                var answer = QuizRenderer.AnswerText(context, question);
                table.AddRow(new KeepTogetherElement(Row(
                    placed.Number.ToString(CultureInfo.InvariantCulture),
                    (question.StemPlain.Length > 90 ? question.StemPlain[..87] + "…" : question.StemPlain) + "\n\u2192 " + answer,
                    question.Weight.ToString("0.##", CultureInfo.InvariantCulture),
                    context.PageNumberRun(string.Empty, placed.Destination, string.Empty, small with { Link = new LinkTarget.Internal(placed.Destination), Color = HandoutTheme.Link }),
                    header: false), context.ContentArea.Height / 3));
            }

            column.Add(table, 6);
        }

        return column;
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private List<OutlineEntry> Outline(HandoutScope scope)
    {
        var roots = new List<OutlineEntry>();
        foreach (var part in TopLevelParts(scope))
        {
            var chapters = part.Pages.Select(p => p == _course.Root ? new OutlineEntry(p.TocTitle, RenderContext.PageDestination(p), []) : OutlineOf(p)).ToList();
            if (part.Title is { } title)
            {
                // A part's bookmark opens on its first page and holds its chapters.
                roots.Add(new OutlineEntry(title, chapters[0].Destination, chapters));
            }
            else
            {
                roots.AddRange(chapters);
            }
        }

        if (_edition == Edition.Trainer)
        {
            roots.Add(new OutlineEntry(_labels.AnswerKey, "answer-key", []));
        }

        return roots;
    }

    private OutlineEntry OutlineOf(Page page) =>
        new(NumberedTitle(page, page.TocTitle), RenderContext.PageDestination(page), [.. page.Children.Where(c => _course.Pages.Contains(c)).Select(OutlineOf)]);

    private void AddRunningHeadersAndFooters(RecordingCanvas recording, List<(int First, int Last, string Title)> sections, HandoutScope scope)
    {
        var total = recording.Pages.Count;
        var shaper = new TextShaper(_fonts);
        var style = HandoutTheme.Small;
        foreach (var (first, last, title) in sections)
        {
            for (var number = first; number <= last; number++)
            {
                var area = _geometry.ContentArea(number);
                recording.ReturnToPage(number - 1);
                var half = (area.Width / 2) - 6;
                DrawLine(recording, shaper, Truncate(scope.Title, style, half), style, area.X, area.Y - 22, half, TextAlignment.Left);
                DrawLine(recording, shaper, Truncate(title, style, half), style, area.X + area.Width - half, area.Y - 22, half, TextAlignment.Right);
                recording.BeginStructure(StructureRole.Artifact);
                recording.DrawLine(area.X, area.Y - 12, area.Right, area.Y - 12, HandoutTheme.Rule, 0.5);
                recording.EndStructure();
                var footer = $"{_labels.Page} {number.ToString(CultureInfo.InvariantCulture)} / {total.ToString(CultureInfo.InvariantCulture)}";
                DrawLine(recording, shaper, footer, style, area.X, area.Bottom + 24, area.Width, TextAlignment.Center);
            }
        }
    }

    private static void DrawLine(IPdfCanvas canvas, TextShaper shaper, string text, TextStyle style, double x, double top, double width, TextAlignment alignment)
    {
        var block = new TextBlockElement([new TextRun(text, style)], shaper) { Alignment = alignment, LineSpacing = 1.2, Role = StructureRole.Artifact };
        canvas.Translate(x, top);
        block.Draw(canvas, new Size(width, 40));
        canvas.Translate(-x, -top);
    }

    private string Truncate(string text, TextStyle style, double width)
    {
        var face = _fonts.FaceFor(style);
        if (face.Measure(text, style.Size) <= width)
        {
            return text;
        }

        var runes = text.EnumerateRunes().ToList();
        while (runes.Count > 1 && face.Measure(string.Concat(runes.Select(r => r.ToString())) + "…", style.Size) > width)
        {
            runes.RemoveAt(runes.Count - 1);
        }

        return string.Concat(runes.Select(r => r.ToString())).TrimEnd() + "…";
    }
}
