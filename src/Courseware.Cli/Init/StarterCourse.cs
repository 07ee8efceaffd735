using System.IO.Abstractions;

namespace Courseware.Cli.Init;

/// <summary>The files of a small starter course, in French or English: a root page, two chapters, an image, one quiz of each common type and a settings file.</summary>
internal static class StarterCourse
{
    public static IReadOnlyList<(string Path, byte[] Bytes)> Files(string language)
    {
        var fr = language == "fr";
        var text = fr ? French : English;
        return
        [
            ("courseware.yml", Utf8(text.Settings)),
            ("README.md", Utf8(text.Root)),
            ("chapitre-1.md".Replace("chapitre", fr ? "chapitre" : "chapter", StringComparison.Ordinal), Utf8(text.Chapter1)),
            ("chapitre-2.md".Replace("chapitre", fr ? "chapitre" : "chapter", StringComparison.Ordinal), Utf8(text.Chapter2)),
            (".gitbook/assets/" + (fr ? "progression.png" : "progress.png"), StarterPng.Bars()),
        ];
    }

    /// <summary>Writes the starter into <paramref name="folder"/>; refuses to overwrite any existing file.</summary>
    public static IReadOnlyList<string> Write(IFileSystem fs, string folder, string language, CliText text)
    {
        var files = Files(language);
        var existing = files.Select(f => fs.Path.Combine(folder, f.Path)).Where(fs.File.Exists).ToList();
        if (existing.Count > 0)
        {
            throw new UsageException(text.Format(nameof(Resources.CliMessages.InitFolderNotEmpty), folder, string.Join(", ", existing.Select(fs.Path.GetFileName))));
        }

        var written = new List<string>();
        foreach (var (path, bytes) in files)
        {
            var full = fs.Path.Combine(folder, path);
            fs.Directory.CreateDirectory(fs.Path.GetDirectoryName(full)!);
            fs.File.WriteAllBytes(full, bytes);
            written.Add(path);
        }

        return written;
    }

    private static byte[] Utf8(string s) => new System.Text.UTF8Encoding(false).GetBytes(s.ReplaceLineEndings("\n"));

    private sealed record Texts(string Settings, string Root, string Chapter1, string Chapter2);

    private static readonly Texts French = new(
        """
        # Réglages du cours (tous facultatifs ; les options de la ligne de commande l'emportent).
        title: Mon premier cours
        author: Votre nom
        language: fr-FR
        passPercent: 80
        sco: per-page
        paper: a4
        editions: both
        accessibility: warn   # strict : les défauts d'accessibilité (images sans alternative…) deviennent des erreurs

        """,
        """
        ---
        description: Un cours de démarrage à adapter.
        ---

        # Mon premier cours

        Bienvenue ! Ce cours de démarrage montre comment écrire un parcours : des pages en Markdown, reliées par des blocs **content-ref**, avec des quiz au format GIFT.

        {% hint style="info" %}
        Modifiez ces pages, puis lancez `courseware export` pour produire le paquet SCORM, les supports PDF et les documents Word.
        {% endhint %}

        {% content-ref url="chapitre-1.md" %}
        [chapitre-1.md](chapitre-1.md)
        {% endcontent-ref %}

        {% content-ref url="chapitre-2.md" %}
        [chapitre-2.md](chapitre-2.md)
        {% endcontent-ref %}

        """,
        """
        # Premier chapitre

        Un chapitre est une page Markdown. Il peut contenir des listes, des tableaux, des images et des encadrés.

        ![Trois barres de plus en plus hautes : la progression de l'apprenant](.gitbook/assets/progression.png)

        | Élément | Syntaxe |
        | --- | --- |
        | Titre | `# Titre` |
        | Image | `![texte alternatif](chemin.png)` |

        ## Quiz

        ```gift title="Quiz du premier chapitre"
        ::Syntaxe d'un titre:: Quel caractère ouvre un titre en Markdown ? {
        =Le dièse (\#) #Oui : « \# » pour un titre de niveau 1.
        ~L'astérisque (*) #Non : il sert aux listes et à l'emphase.
        ~Le tiret (-) #Non : il sert aux listes.
        }

        ::Ordre des chapitres:: L'ordre des chapitres vient des blocs content-ref de chaque page. {T}

        ::Éléments:: Quels éléments une page peut-elle contenir ? {
        ~%50%Des tableaux
        ~%50%Des images
        ~%-100%Des macros de traitement de texte
        }
        ```

        """,
        """
        # Second chapitre

        Les quiz s'écrivent dans des blocs de code `gift`, le format de questions de Moodle.

        ## Quiz

        ```gift title="Quiz du second chapitre" pass=60
        ::Format:: Comment s'appelle le format de questions utilisé par Moodle ? {=GIFT =gift}

        ::Nombre de chapitres:: Combien de chapitres compte ce cours de démarrage ? {#2}

        ::Associer:: Associez chaque sortie à son usage. {
        =SCORM -> Déposer le cours dans une plateforme
        =PDF -> Imprimer pour un atelier
        =Word -> Adapter le cours
        }

        ::Bilan:: En quelques phrases, que voulez-vous enseigner avec cet outil ? {}
        ```

        """);

    private static readonly Texts English = new(
        """
        # Course settings (all optional; command-line options win).
        title: My first course
        author: Your name
        language: en-GB
        passPercent: 80
        sco: per-page
        paper: a4
        editions: both
        accessibility: warn   # strict: accessibility problems (images without alt text…) become errors

        """,
        """
        ---
        description: A starter course to adapt.
        ---

        # My first course

        Welcome! This starter course shows how to write a course: Markdown pages linked by **content-ref** blocks, with quizzes in the GIFT format.

        {% hint style="info" %}
        Edit these pages, then run `courseware export` to produce the SCORM package, the PDF handouts and the Word documents.
        {% endhint %}

        {% content-ref url="chapter-1.md" %}
        [chapter-1.md](chapter-1.md)
        {% endcontent-ref %}

        {% content-ref url="chapter-2.md" %}
        [chapter-2.md](chapter-2.md)
        {% endcontent-ref %}

        """,
        """
        # First chapter

        A chapter is a Markdown page. It can hold lists, tables, images and callouts.

        ![Three bars rising: the learner's progress](.gitbook/assets/progress.png)

        | Element | Syntax |
        | --- | --- |
        | Heading | `# Heading` |
        | Image | `![alternative text](path.png)` |

        ## Quiz

        ```gift title="First chapter quiz"
        ::Heading syntax:: Which character starts a heading in Markdown? {
        =The hash (\#) #Yes: "\#" for a level-1 heading.
        ~The asterisk (*) #No: it is for lists and emphasis.
        ~The dash (-) #No: it is for lists.
        }

        ::Chapter order:: The order of chapters comes from the content-ref blocks of each page. {T}

        ::Elements:: Which elements can a page hold? {
        ~%50%Tables
        ~%50%Images
        ~%-100%Word-processor macros
        }
        ```

        """,
        """
        # Second chapter

        Quizzes are written in `gift` code blocks, Moodle's question format.

        ## Quiz

        ```gift title="Second chapter quiz" pass=60
        ::Format:: What is the name of Moodle's question format? {=GIFT =gift}

        ::Chapter count:: How many chapters does this starter course have? {#2}

        ::Match:: Match each output with its use. {
        =SCORM -> Upload the course to a learning platform
        =PDF -> Print for a workshop
        =Word -> Adapt the course
        }

        ::Wrap-up:: In a few sentences, what do you want to teach with this tool? {}
        ```

        """);
}
