using System.IO.Abstractions.TestingHelpers;
using System.Reflection;
using Courseware.Diagnostics;
using Courseware.Markdown;
using Courseware.Markdown.GitBook;
using Courseware.Markdown.GitBook.Code;
using Courseware.Markdown.GitBook.ContentRef;
using Courseware.Markdown.GitBook.Embed;
using Courseware.Markdown.GitBook.File;
using Courseware.Markdown.GitBook.Hint;
using Courseware.Markdown.GitBook.Html;
using Courseware.Markdown.GitBook.Include;
using Courseware.Markdown.GitBook.Stepper;
using Courseware.Markdown.GitBook.Tabs;
using Courseware.Model;
using Courseware.Quizzes;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Courseware.Docx.Tests;

/// <summary>
/// A course built by hand (the loader is not used here) that holds every Markdown and GitBook construct the Word export
/// renders, with resolved links, local and remote images, and quizzes of every question type.
/// </summary>
internal static class TestCourse
{
    public const string Root = "/course";
    public const string LogoPath = ".gitbook/assets/logo.png";
    public const string PhotoPath = ".gitbook/assets/photo.png";
    public const string IconPath = ".gitbook/assets/icon.gif";
    public const string RemoteImage = "https://images.example.org/remote.png";

    // Strings that only the trainer edition may contain.
    public const string ShortAnswerSecret = "Marianne-réponse-secrète";
    public const string ChoiceFeedbackSecret = "Rétroaction-choix-confidentielle";
    public const string GeneralFeedbackSecret = "Commentaire-général-réservé";
    public const string TrueFalseFeedbackSecret = "Rétroaction-vrai-faux-cachée";
    public const string NumericValue = "1789";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static Course Build(string language = "fr-FR")
    {
        var fs = new MockFileSystem();
        fs.AddFile($"{Root}/{LogoPath}", new MockFileData(TestImages.Png(240, 120, 0x1F, 0x38, 0x64, dpi: 96)));
        fs.AddFile($"{Root}/{PhotoPath}", new MockFileData(TestImages.Png(1600, 900, 0x2E, 0x7D, 0x32, dpi: 72)));
        fs.AddFile($"{Root}/{IconPath}", new MockFileData(TestImages.Gif()));
        fs.AddFile($"{Root}/.gitbook/assets/guide.pdf", new MockFileData("%PDF-1.4"));

        var logo = LocalAsset(fs, LogoPath);
        var photo = LocalAsset(fs, PhotoPath);
        var icon = LocalAsset(fs, IconPath);
        var pdf = new Asset { Key = ".gitbook/assets/guide.pdf", Kind = AssetKind.File, Path = ".gitbook/assets/guide.pdf", Size = 8 };
        var remote = new Asset { Key = RemoteImage, Kind = AssetKind.Image, RemoteUrl = new Uri(RemoteImage) };

        var root = NewPage("README.md", "Formation d'essai", """
            # Formation d'essai

            Cette formation montre **chaque** construction que l'export Word sait rendre.
            """);
        var chapter1 = NewPage("chapitre-1/README.md", "Premier chapitre", """
            # Premier chapitre

            Texte **gras**, *italique*, ***les deux***, ~~barré~~, `code en ligne`, H~2~O, x^2^, un [lien externe](https://example.org/page?a=1&b=2), un lien [vers le chapitre 2](../chapitre-2.md), une [ancre](#section-deux) et une note[^1].\
            Ligne après un saut forcé, avec&#x20;une entité et <https://gitbook.com>.

            ## Section un

            1. un
            2. deux
               - imbriqué a
               - imbriqué b
                 1. très imbriqué
            3. trois

            Une seconde liste numérotée doit recommencer à 1 :

            1. alpha
            2. bêta

            - [ ] tâche à faire
            - [x] tâche faite

            | Colonne A | Colonne B |
            |:----------|----------:|
            | a1        | b1        |
            | a2<br>suite | b2      |

            > Une citation de deux
            > lignes.

            ```python
            def f(x):
                return x * 2  # deux espaces gardés
            ```

            ![Logo du cours](../.gitbook/assets/logo.png)

            Une icône ![icône](../.gitbook/assets/icon.gif) dans le texte.

            ![Image distante](https://images.example.org/remote.png)

            ---

            ## Section deux

            Texte de la section deux.

            [^1]: La note de bas de page.
            """);
        var subPage = NewPage("chapitre-1/sous-page.md", "Sous-page", """
            # Sous-page

            Introduction de la sous-page.

            ### Détail

            Texte du détail.
            """);
        var chapter2 = NewPage("chapitre-2.md", "Deuxième chapitre", """
            # Deuxième chapitre

            Une liste qui commence à 3 :

            3. trois
            4. quatre

            Retour à la [section deux](chapitre-1/README.md#section-deux).
            """);

        Attach(root, chapter1);
        Attach(chapter1, subPage);
        Attach(root, chapter2);

        // Resolved links, as the loader would attach them.
        foreach (var link in chapter1.Document.Descendants<LinkInline>())
        {
            switch (link.Url)
            {
                case "../chapitre-2.md":
                    Resolve(link, new ResolvedLink(LinkTargetKind.Page, link.Url, chapter2));
                    break;
                case "#section-deux":
                    Resolve(link, new ResolvedLink(LinkTargetKind.Anchor, link.Url, chapter1, "section-deux"));
                    break;
                case "https://example.org/page?a=1&b=2":
                    Resolve(link, new ResolvedLink(LinkTargetKind.External, link.Url, ExternalUrl: link.Url));
                    break;
                case "../.gitbook/assets/logo.png":
                    Resolve(link, new ResolvedLink(LinkTargetKind.Asset, link.Url, Asset: logo));
                    break;
                case "../.gitbook/assets/icon.gif":
                    Resolve(link, new ResolvedLink(LinkTargetKind.Asset, link.Url, Asset: icon));
                    Markdig.Renderers.Html.HtmlAttributesExtensions.GetAttributes(link).AddProperty("data-size", "line");
                    break;
                case RemoteImage:
                    Resolve(link, new ResolvedLink(LinkTargetKind.Asset, link.Url, Asset: remote));
                    break;
            }
        }

        chapter1.Headings =
        [
            new HeadingAnchor(1, "Premier chapitre", "premier-chapitre", "premier-chapitre", 1),
            new HeadingAnchor(2, "Section un", "section-un", "section-un", 6),
            new HeadingAnchor(2, "Section deux", "section-deux", "section-deux", 50),
        ];
        foreach (var link in chapter2.Document.Descendants<LinkInline>())
        {
            Resolve(link, new ResolvedLink(LinkTargetKind.Page, link.Url!, chapter1, "section-deux"));
        }

        // GitBook blocks, built as the GitBook parsers would.
        var hint = new HintBlock(null) { Style = HintStyle.Warning, TagName = "hint" };
        Move(Parse("Attention : **ne pas** oublier.\n\n- point un\n- point deux\n"), hint);
        var hintInfo = new HintBlock(null) { Style = HintStyle.Info, TagName = "hint" };
        Move(Parse("Une information utile."), hintInfo);
        var tabs = new TabsBlock(null) { TagName = "tabs" };
        var tabA = new TabBlock(null) { Title = "Windows", TagName = "tab" };
        Move(Parse("Ouvrir le menu Démarrer."), tabA);
        var tabB = new TabBlock(null) { Title = "Linux", TagName = "tab" };
        Move(Parse("Ouvrir un terminal."), tabB);
        var tabHint = new HintBlock(null) { Style = HintStyle.Success, TagName = "hint" };
        Move(Parse("Réussi dans un onglet."), tabHint);
        tabB.Add(tabHint);
        tabs.Add(tabA);
        tabs.Add(tabB);
        var details = new DetailsBlock(null);
        details.Summary.AppendChild(new LiteralInline("Voir la solution"));
        Move(Parse("La solution détaillée."), details);
        var figure = new FigureBlock(null) { Source = "../.gitbook/assets/logo.png", Alt = "Logo en figure" };
        figure.Caption.AppendChild(new LiteralInline("Figure : le logo du cours"));
        Resolve(figure, new ResolvedLink(LinkTargetKind.Asset, figure.Source, Asset: logo));
        var photoFigure = new FigureBlock(null) { Source = "../.gitbook/assets/photo.png", Alt = "Une grande photo", Width = 3000 };
        Resolve(photoFigure, new ResolvedLink(LinkTargetKind.Asset, photoFigure.Source, Asset: photo));
        var embed = new EmbedBlock(null) { Url = "https://www.youtube.com/watch?v=abc", Caption = "Vidéo de présentation", TagName = "embed" };
        Resolve(embed, new ResolvedLink(LinkTargetKind.External, embed.Url, ExternalUrl: embed.Url));
        var file = new FileBlock(null) { Src = "../.gitbook/assets/guide.pdf", Caption = "Guide à imprimer", TagName = "file" };
        Resolve(file, new ResolvedLink(LinkTargetKind.Asset, file.Src, Asset: pdf));
        var contentRef = new ContentRefBlock(null) { Url = "../chapitre-2.md", TagName = "content-ref" };
        Move(Parse("[../chapitre-2.md](../chapitre-2.md)"), contentRef);
        Resolve(contentRef, new ResolvedLink(LinkTargetKind.Page, contentRef.Url, chapter2));
        var stepper = new StepperBlock(null) { TagName = "stepper" };
        var step1 = new StepBlock(null) { TagName = "step" };
        Move(Parse("Première étape."), step1);
        var step2 = new StepBlock(null) { TagName = "step" };
        Move(Parse("Seconde étape."), step2);
        stepper.Add(step1);
        stepper.Add(step2);
        var codeTitle = new CodeTitleBlock(null) { Title = "exemple.sh", TagName = "code" };
        Move(Parse("```bash\necho \"bonjour\"\n```"), codeTitle);
        var include = new IncludeBlock(null) { Path = ".gitbook/includes/commun.md", TagName = "include" };
        Move(Parse("Texte inclus depuis un bloc commun."), include);
        var marked = Parse("Un passage surligné : ");
        var markParagraph = (ParagraphBlock)marked[0];
        var mark = new MarkInline { Style = "color:$primary;background-color:$success" };
        mark.AppendChild(new LiteralInline("important"));
        markParagraph.Inline!.AppendChild(mark);

        var subDoc = subPage.Document;
        foreach (var block in new Block[] { hint, hintInfo, tabs, details, figure, photoFigure, embed, file, contentRef, stepper, codeTitle, include })
        {
            subDoc.Add(block);
        }

        Move(marked, subDoc);
        subDoc.Add(new QuizBlock(null) { Quiz = ChoiceQuiz() });
        chapter2.Document.Add(new QuizBlock(null) { Quiz = OtherQuiz() });

        var pages = new List<Page> { root, chapter1, subPage, chapter2 };
        return new Course
        {
            Title = "Formation d'essai",
            Language = language,
            Description = "Un cours de démonstration",
            Author = "Équipe pédagogique",
            Id = "formation-essai",
            Slug = "formation-essai",
            RootDirectory = Root,
            FileSystem = fs,
            Root = root,
            Pages = pages,
            Assets = [logo, photo, icon, pdf, remote],
            Diagnostics = [],
            Settings = new CourseSettings(),
        };
    }

    /// <summary>Expected headings of the full document: (level, text), in order.</summary>
    public static IReadOnlyList<(int Level, string Text)> ExpectedHeadings { get; } =
    [
        (1, "Formation d'essai"),
        (1, "Premier chapitre"),
        (2, "Section un"),
        (2, "Section deux"),
        (2, "Sous-page"),
        (3, "Détail"),
        (1, "Deuxième chapitre"),
    ];

    private static Quiz ChoiceQuiz() => new()
    {
        Id = "chapitre-1/sous-page.md#quiz-1",
        Title = "Vérifier ses acquis",
        Questions =
        [
            new Question
            {
                Id = "q1", Type = QuestionType.SingleChoice, Stem = new QuizText("Quelle est la capitale de la France ?"), StemPlain = "Quelle est la capitale de la France ?",
                Choices = [new Choice(new QuizText("Paris"), 1, new QuizText(ChoiceFeedbackSecret)), new Choice(new QuizText("Lyon"), 0), new Choice(new QuizText("Marseille"), 0)],
                GeneralFeedback = new QuizText(GeneralFeedbackSecret),
            },
            new Question
            {
                Id = "q2", Type = QuestionType.MultipleChoice, Stem = new QuizText("Lesquels sont des fleuves ?"), StemPlain = "Lesquels sont des fleuves ?",
                Choices = [new Choice(new QuizText("La Loire"), 0.5), new Choice(new QuizText("La Seine"), 0.5), new Choice(new QuizText("Le Mont Blanc"), -1)],
            },
            new Question
            {
                Id = "q3", Type = QuestionType.TrueFalse, Stem = new QuizText("La Terre est plate."), StemPlain = "La Terre est plate.", Correct = false,
                FeedbackWrong = new QuizText(TrueFalseFeedbackSecret), FeedbackRight = new QuizText("Bien vu."),
            },
        ],
    };

    private static Quiz OtherQuiz() => new()
    {
        Id = "chapitre-2.md#quiz-1",
        Questions =
        [
            new Question { Id = "d", Type = QuestionType.Description, Stem = new QuizText("Répondez aux questions suivantes."), StemPlain = "Répondez aux questions suivantes." },
            new Question
            {
                Id = "s", Type = QuestionType.ShortAnswer, Stem = new QuizText("Quel est le nom du symbole de la République ?"), StemPlain = "Quel est le nom du symbole de la République ?",
                Choices = [new Choice(new QuizText(ShortAnswerSecret), 1)],
            },
            new Question
            {
                Id = "n", Type = QuestionType.Numerical, Stem = new QuizText("En quelle année a eu lieu la Révolution ?"), StemPlain = "En quelle année a eu lieu la Révolution ?",
                Numeric = [new NumericAnswer(1, Value: 1789, Tolerance: 0)],
            },
            new Question
            {
                Id = "m", Type = QuestionType.Matching, Stem = new QuizText("Associez chaque pays à sa capitale."), StemPlain = "Associez chaque pays à sa capitale.",
                Pairs = [new MatchPair(new QuizText("Italie"), "Rome"), new MatchPair(new QuizText("Espagne"), "Madrid"), new MatchPair(new QuizText("Allemagne"), "Berlin")],
            },
            new Question { Id = "e", Type = QuestionType.Essay, Stem = new QuizText("Décrivez votre service."), StemPlain = "Décrivez votre service." },
            new Question
            {
                Id = "w", Type = QuestionType.ShortAnswer, MissingWord = true, Stem = new QuizText("Le drapeau est bleu, blanc et"), StemPlain = "Le drapeau est bleu, blanc et _____.",
                Choices = [new Choice(new QuizText("rouge"), 1)],
            },
        ],
    };

    private static Asset LocalAsset(MockFileSystem fs, string path) =>
        new() { Key = path, Kind = AssetKind.Image, Path = path, Size = fs.File.ReadAllBytes($"{Root}/{path}").Length };

    private static Page NewPage(string path, string title, string markdown) => new()
    {
        Path = path,
        DiskPath = path,
        Title = title,
        Document = Parse(markdown),
    };

    private static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>Moves the blocks of a parsed fragment into a GitBook container.</summary>
    private static void Move(MarkdownDocument from, ContainerBlock to)
    {
        foreach (var block in from.ToList())
        {
            from.Remove(block);
            to.Add(block);
        }
    }

    private static void Resolve(Markdig.Syntax.MarkdownObject node, ResolvedLink link) => node.SetData(typeof(ResolvedLink), link);

    // The tree setters are internal to the core library; the loader sets them.
    private static void Attach(Page parent, Page child)
    {
        var list = (List<Page>)typeof(Page).GetProperty("ChildList", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(parent)!;
        list.Add(child);
        typeof(Page).GetProperty(nameof(Page.Parent))!.SetValue(child, parent);
        typeof(Page).GetProperty(nameof(Page.Depth))!.SetValue(child, parent.Depth + 1);
        typeof(Page).GetProperty(nameof(Page.Number))!.SetValue(child, string.IsNullOrEmpty(parent.Number) ? list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) : parent.Number + "." + list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Diagnostics codes unused here; referenced to keep the import meaningful for readers of failures.</summary>
    internal static IReadOnlyList<DiagnosticDescriptor> DocxCodes => [.. DiagnosticCodes.All.Where(d => d.Code.StartsWith("CW07", StringComparison.Ordinal))];
}
