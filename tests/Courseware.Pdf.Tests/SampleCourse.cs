using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Embed;
using Courseware.Markdown.GitBook.File;
using Courseware.Markdown.GitBook.Hint;
using Courseware.Markdown.GitBook.Html;
using Courseware.Markdown.GitBook.Stepper;
using Courseware.Markdown.GitBook.Tabs;
using Courseware.Model;
using Courseware.Quizzes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Pdf.Tests;

/// <summary>A course that uses every construct a handout prints, with the answers the tests look for.</summary>
internal static class SampleCourse
{
    public const string ShortAnswerText = "Kanban";
    public const string NumericAnswerText = "42";
    public const string ChoiceFeedbackText = "Exact, un lieu de pilotage partagé.";
    public const string GeneralFeedbackText = "Revoir la partie sur les rituels.";
    public const string TrueFalseFeedbackText = "Non : le comité se réunit chaque mois.";
    public const string MatchingRightText = "Produit";
    public const string AccentedText = "Éléments « très » d’accès “cités” ⇒ → é";

    public static readonly string[] TreeTitles =
    [
        "Découvrir l’incubateur", "Les rôles de l’équipe", "Le cycle de vie d’un produit", "Évaluer ses acquis", "Conclusion",
    ];

    /// <summary>Texts that only the trainer edition may contain.</summary>
    public static readonly string[] AnswerOnlyTexts =
    [
        ShortAnswerText, "42 ± 2", ChoiceFeedbackText, GeneralFeedbackText, TrueFalseFeedbackText, "Bonne réponse", "Corrigé des quiz",
    ];

    public static Course Build(out Page[] pages)
    {
        var b = new TestCourseBuilder();
        var ch1 = b.AddPage(b.Root, "decouvrir/README.md", TreeTitles[0], """
            # Découvrir l’incubateur

            Un incubateur accompagne des équipes. Texte accentué : Éléments « très » d’accès “cités” ⇒ → e\u0301.

            Styles : **gras**, *italique*, `code`, ~~barré~~, ==surligné== et un lien [vers le site](https://beta.gouv.fr/incubateurs) ainsi que <https://doc.example.org/guide>.
            Voir aussi [l’évaluation](../evaluer.md) et les emoji 📈 ➡️ 🧪.

            ## Les étapes

            1. Investigation
            2. Construction
               - Recrutement
               - Premier prototype
                 1. maquette
                 2. test
            3. Accélération
            4. Pérennisation

            - [x] Lire la charte
            - [ ] Rencontrer le coach

            > Une citation en bloc : « Faire simple est difficile. »

            | Étape | Durée | Livrable attendu |
            |---|---|---|
            | Investigation | 3 mois | Un rapport d’investigation avec les hypothèses testées |
            | Construction | 6 mois | Un produit en production utilisé par de vrais usagers |
            | Accélération | 12 mois | Des indicateurs d’impact publiés |

            ```bash
            # Installer l'outil puis lancer la démonstration avec un nom de fichier extrêmement long qui doit être replié proprement
            npm install --save-dev courseware-demo && npx courseware-demo --input ./cours --output ./exports --format pdf
            ```

            Une note de bas de page[^1].

            [^1]: La note explique le détail.
            """.Replace("e\\u0301", "e\u0301", StringComparison.Ordinal));
        var ch1a = b.AddPage(ch1, "decouvrir/roles.md", TreeTitles[1], "# Les rôles\n\nLe coach, l’intrapreneur, les développeurs.\n\n" + LongTable());
        var ch1b = b.AddPage(ch1, "decouvrir/cycle.md", TreeTitles[2], "# Cycle\n\n" + string.Join("\n\n", Enumerable.Range(1, 14).Select(i => $"Paragraphe {i} du cycle de vie. " + string.Concat(Enumerable.Repeat("Le produit évolue avec ses usagers, mesure son impact et ajuste sa feuille de route. ", 4)))) + "\n\n![Schéma du cycle](../.gitbook/assets/cycle.png)\n");
        var ch2 = b.AddPage(b.Root, "evaluer.md", TreeTitles[3], "# Évaluer\n\nAvant le quiz, relisez [les rôles](decouvrir/roles.md).\n");
        var ch3 = b.AddPage(b.Root, "conclusion.md", TreeTitles[4], "# Conclusion\n\nMerci d’avoir suivi ce cours.\n");

        // Links resolved as the loader would.
        foreach (var link in ch1.Document.Descendants<LinkInline>())
        {
            if (link.Url == "../evaluer.md")
            {
                TestCourseBuilder.Resolve(link, new ResolvedLink(LinkTargetKind.Page, link.Url, Page: ch2));
            }
            else if (link.Url?.StartsWith("https://", StringComparison.Ordinal) == true)
            {
                TestCourseBuilder.Resolve(link, new ResolvedLink(LinkTargetKind.External, link.Url, ExternalUrl: link.Url));
            }
        }

        foreach (var link in ch2.Document.Descendants<LinkInline>())
        {
            TestCourseBuilder.Resolve(link, new ResolvedLink(LinkTargetKind.Page, link.Url!, Page: ch1a));
        }

        var big = b.AddImage(".gitbook/assets/cycle.png", TestCourseBuilder.Png(1600, 2600));
        var small = b.AddImage(".gitbook/assets/logo.png", TestCourseBuilder.Png(320, 120));
        foreach (var image in ch1b.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            TestCourseBuilder.Resolve(image, new ResolvedLink(LinkTargetKind.Asset, image.Url!, Asset: big));
        }

        // GitBook blocks built by hand.
        var hint = new HintBlock(null) { Style = HintStyle.Warning, TagName = "hint" };
        Move(TestCourseBuilder.Parse("Attention : **le comité** décide des moyens.\n\n- point un\n- point deux"), hint);
        ch1.Document.Insert(3, hint);
        var info = new HintBlock(null) { Style = HintStyle.Info, TagName = "hint" };
        Move(TestCourseBuilder.Parse("Une information utile."), info);
        ch1.Document.Insert(4, info);

        var tabs = new TabsBlock(null) { TagName = "tabs" };
        foreach (var (title, text) in new[] { ("Pour l’usager", "L’usager gagne du temps."), ("Pour l’administration", "L’administration réduit ses coûts.") })
        {
            var tab = new TabBlock(null) { Title = title, TagName = "tab" };
            Move(TestCourseBuilder.Parse(text), tab);
            tabs.Add(tab);
        }

        ch2.Document.Add(tabs);
        var details = new DetailsBlock(null) { Summary = (ContainerInline)TestCourseBuilder.Parse("Voir le détail").OfType<ParagraphBlock>().First().Inline! };
        Move(TestCourseBuilder.Parse("Le détail est **déplié** sur papier."), details);
        ch2.Document.Add(details);
        var embed = new EmbedBlock(null) { Url = "https://www.youtube.com/watch?v=abc123", Caption = "Présentation vidéo", TagName = "embed" };
        TestCourseBuilder.Resolve(embed, new ResolvedLink(LinkTargetKind.External, embed.Url, ExternalUrl: embed.Url));
        ch2.Document.Add(embed);
        var file = new FileBlock(null) { Src = ".gitbook/assets/charte.pdf", Caption = "La charte de l’incubateur", TagName = "file" };
        ch2.Document.Add(file);
        var figure = new FigureBlock(null) { Source = ".gitbook/assets/logo.png", Alt = "Logo de l’incubateur", Caption = (ContainerInline)TestCourseBuilder.Parse("Le *logo* officiel").OfType<ParagraphBlock>().First().Inline! };
        TestCourseBuilder.Resolve(figure, new ResolvedLink(LinkTargetKind.Asset, figure.Source, Asset: small));
        ch2.Document.Add(figure);
        var stepper = new StepperBlock(null) { TagName = "stepper" };
        foreach (var text in new[] { "Lire le cours.", "Répondre au quiz." })
        {
            var step = new StepBlock(null) { TagName = "step" };
            Move(TestCourseBuilder.Parse(text), step);
            stepper.Add(step);
        }

        ch2.Document.Add(stepper);
        var contentRef = new ContentRefBlock(null) { Url = "conclusion.md", TagName = "content-ref" };
        TestCourseBuilder.Resolve(contentRef, new ResolvedLink(LinkTargetKind.Page, "conclusion.md", Page: ch3));
        ch2.Document.Add(contentRef);

        TestCourseBuilder.InsertQuiz(ch2, ch2.Document.Count, TestCourseBuilder.Quiz("evaluer.md#quiz-1", "Les bases", Questions()));
        pages = [b.Root, ch1, ch1a, ch1b, ch2, ch3];
        return b.Build();
    }

    private static Question[] Questions() =>
    [
        new Question
        {
            Id = "q1", Type = QuestionType.SingleChoice, Stem = new QuizText("Qu’est-ce qu’un incubateur ?"), StemPlain = "Qu’est-ce qu’un incubateur ?",
            Choices = [new Choice(new QuizText("Un lieu de pilotage"), 1, new QuizText(ChoiceFeedbackText)), new Choice(new QuizText("Une banque"), 0), new Choice(new QuizText("Un logiciel"), 0)],
            GeneralFeedback = new QuizText(GeneralFeedbackText),
        },
        new Question
        {
            Id = "q2", Type = QuestionType.MultipleChoice, Stem = new QuizText("Quels rôles existent ?"), StemPlain = "Quels rôles existent ?",
            Choices = [new Choice(new QuizText("Coach"), 0.5), new Choice(new QuizText("Intrapreneur"), 0.5), new Choice(new QuizText("Trésorier"), -1)],
        },
        new Question
        {
            Id = "q3", Type = QuestionType.TrueFalse, Stem = new QuizText("Le comité se réunit chaque année."), StemPlain = "Le comité se réunit chaque année.",
            Correct = false, FeedbackWrong = new QuizText(TrueFalseFeedbackText),
        },
        new Question
        {
            Id = "q4", Type = QuestionType.ShortAnswer, Stem = new QuizText("Quelle méthode utilise un tableau de colonnes ?"), StemPlain = "Quelle méthode utilise un tableau de colonnes ?",
            Choices = [new Choice(new QuizText(ShortAnswerText), 1)],
        },
        new Question
        {
            Id = "q5", Type = QuestionType.Numerical, Stem = new QuizText("Combien de startups ?"), StemPlain = "Combien de startups ?",
            Numeric = [new NumericAnswer(1, Value: 42, Tolerance: 2)],
        },
        new Question
        {
            Id = "q6", Type = QuestionType.Matching, Stem = new QuizText("Associez."), StemPlain = "Associez chaque rôle à sa mission.",
            Pairs = [new MatchPair(new QuizText("Intrapreneur"), MatchingRightText), new MatchPair(new QuizText("Coach"), "Méthode"), new MatchPair(new QuizText("Développeur"), "Code")],
        },
        new Question
        {
            Id = "q7", Type = QuestionType.Essay, Stem = new QuizText("Décrivez votre projet."), StemPlain = "Décrivez votre projet.",
        },
        new Question
        {
            Id = "q8", Type = QuestionType.ShortAnswer, MissingWord = true, Stem = new QuizText("Un produit"), StemPlain = "Un produit _____ répond à un problème.",
            Choices = [new Choice(new QuizText("numérique"), 1)],
        },
    ];

    private static string LongTable() =>
        "| Rôle | Mission | Temps |\n|---|---|---|\n" + string.Join("\n", Enumerable.Range(1, 45).Select(i => $"| Rôle {i} | Mission numéro {i} qui décrit ce que fait la personne au quotidien | {i} j |"));

    private static void Move(MarkdownDocument from, Markdig.Syntax.ContainerBlock to)
    {
        while (from.Count > 0)
        {
            var block = from[0];
            from.RemoveAt(0);
            to.Add(block);
        }
    }
}
