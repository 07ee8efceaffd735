using Courseware.Export;
using Courseware.Markdown.GitBook.Hint;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Text;

namespace Courseware.Pdf.Rendering;

/// <summary>Sizes, colours and spacing of a handout, in one place.</summary>
internal static class HandoutTheme
{
    public const double BodySize = 10.5;
    public const double SmallSize = 8.5;
    public const double CodeSize = 8.6;
    public const double BodyLineSpacing = 1.45;
    public const double ParagraphSpacing = 7;
    public const double BlockSpacing = 10;

    public static PdfColor Text { get; } = PdfColor.FromHex(0x1F2328);
    public static PdfColor Muted { get; } = PdfColor.FromHex(0x59636E);
    public static PdfColor Heading { get; } = PdfColor.FromHex(0x16355C);
    public static PdfColor Link { get; } = PdfColor.FromHex(0x0B5CAD);
    public static PdfColor Rule { get; } = PdfColor.FromHex(0xC9D1D9);
    public static PdfColor CodeBackground { get; } = PdfColor.FromHex(0xF3F4F6);
    public static PdfColor TableHeader { get; } = PdfColor.FromHex(0xE8EEF5);

    /// <summary>A table row of the handout: padded, ruled cells, tagged TR with TH (shaded) or TD cells.</summary>
    public static RowElement TableRow(bool header) => new()
    {
        CellPadding = 4,
        CellBorder = Rule,
        Background = header ? TableHeader : null,
        Role = StructureRole.TableRow,
        CellRole = header ? StructureRole.TableHeaderCell : StructureRole.TableCell,
    };
    public static PdfColor Mark { get; } = PdfColor.FromHex(0xFFF1A8);
    public static PdfColor Right { get; } = PdfColor.FromHex(0x1E7B34);
    public static PdfColor QuizBackground { get; } = PdfColor.FromHex(0xF7F9FC);

    public static TextStyle Body { get; } = new(BodySize) { Color = Text };

    public static TextStyle Small { get; } = new(SmallSize) { Color = Muted };

    public static TextStyle HeadingStyle(int level) => level switch
    {
        1 => new TextStyle(21, Bold: true) { Color = Heading },
        2 => new TextStyle(16, Bold: true) { Color = Heading },
        3 => new TextStyle(13.5, Bold: true) { Color = Heading },
        4 => new TextStyle(12, Bold: true) { Color = Heading },
        _ => new TextStyle(BodySize + 0.5, Bold: true, Italic: level > 5) { Color = Heading },
    };

    public static double SpaceBeforeHeading(int level) => level switch
    {
        1 => 0,
        2 => 18,
        3 => 14,
        _ => 10,
    };

    public static (PdfColor Background, PdfColor Bar) HintColors(HintStyle style) => style switch
    {
        HintStyle.Success => (PdfColor.FromHex(0xEAF6EE), PdfColor.FromHex(0x2F855A)),
        HintStyle.Warning => (PdfColor.FromHex(0xFFF6E0), PdfColor.FromHex(0xB7791F)),
        HintStyle.Danger => (PdfColor.FromHex(0xFDECEC), PdfColor.FromHex(0xC53030)),
        _ => (PdfColor.FromHex(0xE8F1FB), PdfColor.FromHex(0x2B6CB0)),
    };

    public static StructureRole HeadingRole(int level) => level switch
    {
        1 => StructureRole.Heading1,
        2 => StructureRole.Heading2,
        3 => StructureRole.Heading3,
        4 => StructureRole.Heading4,
        5 => StructureRole.Heading5,
        _ => StructureRole.Heading6,
    };
}

/// <summary>The fixed words printed on a handout, in the course language (French or English).</summary>
internal sealed record HandoutLabels(
    string Contents,
    string Page,
    string LearnerEdition,
    string TrainerEdition,
    string AnswerKey,
    string Quiz,
    string Question,
    string Answer,
    string Points,
    string True,
    string False,
    string Feedback,
    string Correct,
    string FileLabel,
    string EmbedLabel,
    string Step,
    string SeePage,
    string AnyOtherAnswer,
    string Info,
    string Success,
    string Warning,
    string Danger,
    string Notes,
    string Join,
    ApiOperationLabels Api,
    string Colon)
{
    public static HandoutLabels For(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    public string Hint(HintStyle style) => style switch
    {
        HintStyle.Success => Success,
        HintStyle.Warning => Warning,
        HintStyle.Danger => Danger,
        _ => Info,
    };

    private static readonly HandoutLabels French = new(
        "Sommaire", "page", "Support stagiaire", "Édition formateur (avec corrigés)", "Corrigé des quiz", "Quiz", "Question",
        "Réponse", "Points", "Vrai", "Faux", "Retour", "Bonne réponse", "Fichier", "Contenu intégré", "Étape", "voir page",
        "toute autre réponse", "Information", "Bon à savoir", "Attention", "Important", "Notes", "Reliez chaque élément de gauche à un élément de droite.",
        ApiOperationLabels.French,
        " : ");

    private static readonly HandoutLabels English = new(
        "Contents", "page", "Learner handout", "Trainer edition (with answers)", "Quiz answer key", "Quiz", "Question",
        "Answer", "Points", "True", "False", "Feedback", "Correct answer", "File", "Embedded content", "Step", "see page",
        "any other answer", "Information", "Good to know", "Warning", "Important", "Notes", "Join each item on the left to one on the right.",
        ApiOperationLabels.English,
        ": ");
}

