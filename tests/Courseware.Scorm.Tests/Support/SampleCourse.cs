using Courseware.Markdown;
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

namespace Courseware.Scorm.Tests.Support;

/// <summary>A small course that uses every construct the SCORM pages render: GitBook blocks, links of every kind, assets, raw HTML and a quiz of every question type.</summary>
public static class SampleCourse
{
    /// <summary>A 1x1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    public static readonly byte[] Pdf = "%PDF-1.4\n% sample\n"u8.ToArray();

    public static Course Create(Action<CourseBuilder, Page>? configure = null, string? remoteImage = null)
    {
        var b = new CourseBuilder();
        var logo = b.AddLocalAsset(".gitbook/assets/logo équipe.png", Png);
        var guide = b.AddLocalAsset(".gitbook/assets/guide.pdf", Pdf, AssetKind.File);

        var root = b.AddPage("README.md", "Formation aux données publiques", """
            # Formation aux données publiques

            Bienvenue dans cette formation. Elle présente **l’ouverture des données** et se termine par un quiz.

            ![Logo de l’équipe](.gitbook/assets/logo.png)
            """);
        Link<LinkInline>(root, l => l.IsImage, new ResolvedLink(LinkTargetKind.Asset, ".gitbook/assets/logo.png", Asset: logo));

        var chapter = b.AddPage("chapitre-1/README.md", "Chapitre 1 : les principes", """
            # Chapitre 1 : les principes

            ## Pourquoi ouvrir ?

            Voir [la section suivante](section.md#definitions) et [plus bas](#a-retenir), ou le site [data.gouv.fr](https://www.data.gouv.fr).

            | Principe | Exemple |
            | --- | --- |
            | Gratuité | Téléchargement libre |

            <p onclick="alert(1)">Texte <script>alert('x')</script>en HTML</p>

            ## À retenir

            - [x] Une licence ouverte
            - [ ] Un format propriétaire
            """, root);
        var section = b.AddPage("chapitre-1/section.md", "Définitions", """
            # Définitions {#definitions}

            Une **donnée publique** est produite par une administration.
            """, chapter);
        var quizPage = b.AddPage("quiz.md", "Évaluation", """
            # Évaluation

            Répondez aux questions ci-dessous.
            """, root);

        // GitBook blocks, built as the loader would.
        var hint = CourseBuilder.Fill(new HintBlock(null) { Style = HintStyle.Warning, TagName = "hint" }, "Les données personnelles ne sont **jamais** ouvertes.");
        var tabs = new TabsBlock(null) { TagName = "tabs" };
        tabs.Add(CourseBuilder.Fill(new TabBlock(null) { Title = "Pour les agents", TagName = "tab" }, "Publiez sur data.gouv.fr."));
        tabs.Add(CourseBuilder.Fill(new TabBlock(null) { Title = "Pour les usagers", TagName = "tab" }, "Réutilisez librement."));
        var file = CourseBuilder.Fill(new FileBlock(null) { Src = ".gitbook/assets/guide.pdf", TagName = "file" }, "Guide de l’ouverture");
        CourseBuilder.Resolve(file, new ResolvedLink(LinkTargetKind.Asset, ".gitbook/assets/guide.pdf", Asset: guide));
        var embed = new EmbedBlock(null) { Url = "https://www.youtube.com/watch?v=abc123", Caption = "Présentation en vidéo", TagName = "embed" };
        CourseBuilder.Resolve(embed, new ResolvedLink(LinkTargetKind.External, embed.Url, ExternalUrl: embed.Url));
        var details = CourseBuilder.Fill(new DetailsBlock(null), "Les données sont publiées sous **Licence Ouverte**.");
        details.Summary.AppendChild(new LiteralInline("En savoir plus sur la licence"));
        var figure = new FigureBlock(null) { Source = ".gitbook/assets/logo.png", Alt = "Schéma de publication" };
        figure.Caption.AppendChild(new LiteralInline("Le circuit de publication"));
        CourseBuilder.Resolve(figure, new ResolvedLink(LinkTargetKind.Asset, figure.Source, Asset: logo));
        var stepper = new StepperBlock(null) { TagName = "stepper" };
        stepper.Add(CourseBuilder.Fill(new StepBlock(null) { TagName = "step" }, "Inventorier les données."));
        stepper.Add(CourseBuilder.Fill(new StepBlock(null) { TagName = "step" }, "Publier."));
        var insertAt = chapter.Document.IndexOf(chapter.Document.OfType<HeadingBlock>().Last());
        foreach (var block in new Block[] { hint, tabs, file, embed, details, figure, stepper }.Reverse())
        {
            chapter.Document.Insert(insertAt, block);
        }

        Link<LinkInline>(chapter, l => l.Url == "section.md#definitions", new ResolvedLink(LinkTargetKind.Page, "section.md#definitions", Page: section, Anchor: "definitions"));
        Link<LinkInline>(chapter, l => l.Url == "#a-retenir", new ResolvedLink(LinkTargetKind.Anchor, "#a-retenir", Anchor: "a-retenir"));
        Link<LinkInline>(chapter, l => l.Url!.StartsWith("https", StringComparison.Ordinal), new ResolvedLink(LinkTargetKind.External, "https://www.data.gouv.fr", ExternalUrl: "https://www.data.gouv.fr"));
        chapter.Headings = [new HeadingAnchor(1, "Chapitre 1 : les principes", "chapitre-1-les-principes", "chapitre-1-les-principes", 1), new HeadingAnchor(2, "Pourquoi ouvrir ?", "pourquoi-ouvrir", "pourquoi-ouvrir", 3), new HeadingAnchor(2, "À retenir", "a-retenir", "a-retenir", 13)];
        section.Headings = [new HeadingAnchor(1, "Définitions", "definitions", "definitions", 1)];

        // Content-refs on the root build the tree; the loader keeps them as cards.
        foreach (var target in new[] { chapter, quizPage })
        {
            var card = new ContentRefBlock(null) { Url = target.Path, TagName = "content-ref" };
            CourseBuilder.Resolve(card, new ResolvedLink(LinkTargetKind.Page, target.Path, Page: target));
            root.Document.Add(card);
        }

        if (remoteImage is not null)
        {
            var remote = b.AddRemoteAsset(remoteImage);
            var parsed = CourseBuilder.Parse($"![Image distante]({remoteImage})");
            var paragraph = (ParagraphBlock)parsed[0];
            parsed.RemoveAt(0);
            quizPage.Document.Add(paragraph);
            CourseBuilder.Resolve(paragraph.Inline!.FirstChild!, new ResolvedLink(LinkTargetKind.Asset, remoteImage, Asset: remote));
        }

        quizPage.Document.Add(new QuizBlock(null) { Quiz = Quiz() });
        configure?.Invoke(b, root);
        return b.Build();
    }

    /// <summary>One question of each kind; the right answers are listed in <see cref="RightAnswers"/>.</summary>
    public static Quiz Quiz() => new()
    {
        Id = "quiz.md#quiz-1",
        Title = "Vérifier ses connaissances",
        PassPercent = 80,
        Attempts = 3,
        Location = new Courseware.Diagnostics.SourceLocation("quiz.md", 5, 1),
        Questions =
        [
            new Question
            {
                Id = "quiz.md#quiz-1/q1", Type = QuestionType.SingleChoice, Stem = new QuizText("Quelle licence utiliser pour des données publiques ?"), StemPlain = "Quelle licence utiliser pour des données publiques ?",
                Choices = [new Choice(new QuizText("La Licence Ouverte"), 1, new QuizText("Exactement.")), new Choice(new QuizText("Une licence propriétaire"), 0, new QuizText("Non : elle empêche la réutilisation.")), new Choice(new QuizText("Aucune licence"), 0)],
            },
            new Question
            {
                Id = "quiz.md#quiz-1/q2", Type = QuestionType.MultipleChoice, Stem = new QuizText("Quels formats sont ouverts ?"), StemPlain = "Quels formats sont ouverts ?",
                Choices = [new Choice(new QuizText("CSV"), 0.5), new Choice(new QuizText("XLS"), -1), new Choice(new QuizText("JSON"), 0.5)],
            },
            new Question { Id = "quiz.md#quiz-1/q3", Type = QuestionType.TrueFalse, Stem = new QuizText("Les données personnelles sont publiées."), StemPlain = "Les données personnelles sont publiées.", Correct = false, FeedbackWrong = new QuizText("Elles sont protégées.") },
            new Question
            {
                Id = "quiz.md#quiz-1/q4", Type = QuestionType.ShortAnswer, Stem = new QuizText("Le portail national des données est"), StemAfter = new QuizText("."), MissingWord = true, StemPlain = "Le portail national des données est _____.",
                Choices = [new Choice(new QuizText("data.gouv.fr"), 1), new Choice(new QuizText("datagouv"), 1)],
            },
            new Question { Id = "quiz.md#quiz-1/q5", Type = QuestionType.Numerical, Stem = new QuizText("En quelle année la loi pour une République numérique a-t-elle été promulguée ?"), StemPlain = "En quelle année la loi pour une République numérique a-t-elle été promulguée ?", Numeric = [new NumericAnswer(1, Value: 2016)] },
            new Question
            {
                Id = "quiz.md#quiz-1/q6", Type = QuestionType.Matching, Stem = new QuizText("Associez chaque format à son usage."), StemPlain = "Associez chaque format à son usage.",
                Pairs = [new MatchPair(new QuizText("CSV"), "Tableaux"), new MatchPair(new QuizText("GeoJSON"), "Cartes"), new MatchPair(QuizText.Empty, "Images")],
            },
            new Question { Id = "quiz.md#quiz-1/q7", Type = QuestionType.Essay, Stem = new QuizText("Quelle donnée aimeriez-vous voir ouverte ?"), StemPlain = "Quelle donnée aimeriez-vous voir ouverte ?" },
        ],
    };

    private static void Link<T>(Page page, Func<T, bool> match, ResolvedLink link)
        where T : Inline
    {
        var node = page.Document.Descendants<T>().First(match);
        CourseBuilder.Resolve(node, link);
    }
}
