using Courseware.Export;
using Courseware.Markdown.GitBook.Hint;

namespace Courseware.Docx;

/// <summary>The words the document adds around the course text, in the course language (French or English).</summary>
internal sealed record DocxLabels
{
    public required string Contents { get; init; }

    /// <summary>The colon between a label and its text: " : " in French, ": " in English.</summary>
    public required string Colon { get; init; }

    public required string TrainerEdition { get; init; }

    public required string LearnerEdition { get; init; }

    public required string Quiz { get; init; }

    public required string True { get; init; }

    public required string False { get; init; }

    public required string SeveralAnswers { get; init; }

    public required string RightAnswer { get; init; }

    public required string AcceptedAnswers { get; init; }

    public required string Feedback { get; init; }

    public required string AnswerKey { get; init; }

    public required string MatchItem { get; init; }

    public required string MatchOption { get; init; }

    public required string MatchInstruction { get; init; }

    public required string OpenAnswer { get; init; }

    public required string Image { get; init; }

    public required string ImageUnavailable { get; init; }

    public required string File { get; init; }

    public required string Video { get; init; }

    public required string Step { get; init; }

    public required string Page { get; init; }

    public required Func<HintStyle, string> Hint { get; init; }

    /// <summary>The words of API operation blocks.</summary>
    public required ApiOperationLabels Api { get; init; }

    public static DocxLabels For(string language) =>
        language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;

    public static DocxLabels French { get; } = new()
    {
        Contents = "Table des matières",
        Colon = " : ",
        TrainerEdition = "Version formateur",
        LearnerEdition = "Version apprenant",
        Quiz = "Quiz",
        True = "Vrai",
        False = "Faux",
        SeveralAnswers = "Plusieurs réponses possibles.",
        RightAnswer = "Bonne réponse",
        AcceptedAnswers = "Réponses acceptées",
        Feedback = "Commentaire",
        AnswerKey = "Corrigé des quiz",
        MatchItem = "Élément",
        MatchOption = "Proposition",
        MatchInstruction = "Associez chaque élément à une proposition (inscrivez la lettre).",
        OpenAnswer = "Réponse libre, appréciée par le formateur.",
        Image = "Image",
        ImageUnavailable = "image non disponible",
        File = "Fichier",
        Video = "Contenu en ligne",
        Step = "Étape",
        Page = "page",
        Api = ApiOperationLabels.French,
        Hint = style => style switch
        {
            HintStyle.Success => "Bon à savoir",
            HintStyle.Warning => "Attention",
            HintStyle.Danger => "Important",
            _ => "Information",
        },
    };

    public static DocxLabels English { get; } = new()
    {
        Contents = "Contents",
        Colon = ": ",
        TrainerEdition = "Trainer edition",
        LearnerEdition = "Learner edition",
        Quiz = "Quiz",
        True = "True",
        False = "False",
        SeveralAnswers = "Several answers may be right.",
        RightAnswer = "Right answer",
        AcceptedAnswers = "Accepted answers",
        Feedback = "Feedback",
        AnswerKey = "Quiz answer key",
        MatchItem = "Item",
        MatchOption = "Option",
        MatchInstruction = "Match each item with an option (write its letter).",
        OpenAnswer = "Open answer, assessed by the trainer.",
        Image = "Image",
        ImageUnavailable = "image not available",
        File = "File",
        Video = "Online content",
        Step = "Step",
        Page = "page",
        Api = ApiOperationLabels.English,
        Hint = style => style switch
        {
            HintStyle.Success => "Tip",
            HintStyle.Warning => "Warning",
            HintStyle.Danger => "Danger",
            _ => "Note",
        },
    };
}

