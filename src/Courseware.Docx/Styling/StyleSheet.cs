using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Courseware.Docx.Styling;

/// <summary>
/// The styles a document uses: the default set shipped with the project, or the styles of a reference document with ours added
/// where it lacks one. Code asks for styles by our style id and gets the id the document really uses (reference documents
/// written by a localized Word name "heading 1" <c>Titre1</c>, so styles are matched by name, as pandoc does).
/// </summary>
internal sealed class StyleSheet
{
    private readonly Dictionary<string, string> _idByOurId = new(StringComparer.Ordinal);

    private StyleSheet(Styles styles) => Styles = styles;

    /// <summary>The styles part content to write.</summary>
    public Styles Styles { get; }

    /// <summary>The style id to write for one of our style ids (see <see cref="StyleIds"/>).</summary>
    public string this[string ourId] => _idByOurId.TryGetValue(ourId, out var id) ? id : ourId;

    public static Styles LoadDefaults()
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("Courseware.Docx.DefaultStyles.xml")
            ?? throw new InvalidOperationException("The default style set is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return new Styles(reader.ReadToEnd());
    }

    /// <summary>Builds the style sheet from our defaults, merged into <paramref name="reference"/> when given.</summary>
    public static StyleSheet Create(Styles? reference, string language)
    {
        var defaults = LoadDefaults();
        var sheet = new StyleSheet(reference is null ? defaults : (Styles)reference.CloneNode(true));
        if (reference is not null)
        {
            var byName = sheet.Styles.Elements<Style>()
                .Where(s => s.StyleName?.Val?.Value is not null && s.StyleId?.Value is not null)
                .GroupBy(s => s.StyleName!.Val!.Value!.ToLowerInvariant(), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().StyleId!.Value!, StringComparer.Ordinal);
            var ids = new HashSet<string>(sheet.Styles.Elements<Style>().Select(s => s.StyleId?.Value ?? string.Empty), StringComparer.Ordinal);
            foreach (var ours in defaults.Elements<Style>())
            {
                var ourId = ours.StyleId!.Value!;
                var name = ours.StyleName!.Val!.Value!.ToLowerInvariant();
                if (byName.TryGetValue(name, out var theirId))
                {
                    sheet._idByOurId[ourId] = theirId;
                }
                else if (!ids.Contains(ourId))
                {
                    sheet.Styles.Append(ours.CloneNode(true));
                    ids.Add(ourId);
                }
            }

            // Our styles refer to each other by our ids (basedOn, next): point them at the reference's ids.
            foreach (var style in sheet.Styles.Elements<Style>())
            {
                if (style.BasedOn?.Val?.Value is { } basedOn)
                {
                    style.BasedOn.Val = sheet[basedOn];
                }

                if (style.NextParagraphStyle?.Val?.Value is { } next)
                {
                    style.NextParagraphStyle.Val = sheet[next];
                }
            }
        }

        sheet.SetLanguage(language);
        sheet.UseLeftRightIndents();
        return sheet;
    }

    /// <summary>Links the heading styles to a numbering instance so headings are numbered by their styles.</summary>
    public void NumberHeadings(int numId)
    {
        for (var level = 1; level <= 6; level++)
        {
            var style = Find(this[StyleIds.Heading(level)]);
            if (style is null)
            {
                continue;
            }

            var pPr = style.StyleParagraphProperties ??= new StyleParagraphProperties();
            pPr.NumberingProperties = new NumberingProperties(
                new NumberingLevelReference { Val = level - 1 },
                new NumberingId { Val = numId });
        }
    }

    /// <summary>
    /// The Open XML SDK reads <c>w:left</c>/<c>w:right</c> indents as <c>w:start</c>/<c>w:end</c>, which Word 2007 does not know;
    /// the older names are written back so every version reads the indents.
    /// </summary>
    private void UseLeftRightIndents()
    {
        foreach (var indentation in Styles.Descendants<Indentation>())
        {
            if (indentation.Start is not null)
            {
                indentation.Left ??= indentation.Start.Value;
                indentation.Start = null;
            }

            if (indentation.End is not null)
            {
                indentation.Right ??= indentation.End.Value;
                indentation.End = null;
            }
        }
    }

    private Style? Find(string id) => Styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);

    private void SetLanguage(string language)
    {
        var defaults = Styles.DocDefaults ??= new DocDefaults();
        var rPrDefault = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var rPr = rPrDefault.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        var lang = rPr.Languages ??= new Languages();
        lang.Val = language;
    }
}

/// <summary>Our style ids, as written in <c>DefaultStyles.xml</c>.</summary>
internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string BodyText = "BodyText";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Author = "Author";
    public const string Quote = "Quote";
    public const string Code = "Code";
    public const string CodeTitle = "CodeTitle";
    public const string CodeChar = "CodeChar";
    public const string Caption = "Caption";
    public const string TableCaption = "TableCaption";
    public const string Figure = "Figure";
    public const string ListParagraph = "ListParagraph";
    public const string TocHeading = "TOCHeading";
    public const string PartTitle = "PartTitle";
    public const string Hyperlink = "Hyperlink";
    public const string Strong = "Strong";
    public const string Highlight = "Highlight";
    public const string FootnoteText = "FootnoteText";
    public const string FootnoteReference = "FootnoteReference";
    public const string Footer = "Footer";
    public const string TableText = "TableText";
    public const string Table = "CoursewareTable";
    public const string DetailsSummary = "DetailsSummary";
    public const string TabTitle = "TabTitle";
    public const string LinkCard = "LinkCard";
    public const string HorizontalRule = "HorizontalRule";
    public const string QuizTitle = "QuizTitle";
    public const string QuizQuestion = "QuizQuestion";
    public const string QuizChoice = "QuizChoice";
    public const string QuizAnswer = "QuizAnswer";
    public const string QuizFeedback = "QuizFeedback";
    public const string AnswerLine = "AnswerLine";
    public const string TableSeparator = "TableSeparator";

    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Toc(int level) => "TOC" + Math.Clamp(level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ListContinue(int level) => level <= 0 ? "ListContinue" : "ListContinue" + Math.Min(level + 1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Hint(Courseware.Markdown.GitBook.Hint.HintStyle style) => "Hint" + style.ToString();

    public static string HintTable(Courseware.Markdown.GitBook.Hint.HintStyle style) => "Hint" + style.ToString() + "Table";
}
