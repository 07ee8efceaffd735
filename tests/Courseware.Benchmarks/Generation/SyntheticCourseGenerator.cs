using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Courseware.Benchmarks.Generation;

/// <summary>What a generated course holds, for the report and the comparisons.</summary>
public sealed record GeneratedCourse(string RootDirectory, int Pages, int Depth, IReadOnlyList<string> PageFiles, long MarkdownBytes, int Images, long ImageBytes, int ImageUses, int Quizzes);

/// <summary>
/// Writes a synthetic GitBook course of N pages: a content-ref tree up to 5 levels deep, French prose with accents and emoji,
/// headings, nested lists, tables, hints, tabs, details, links between pages, a pool of PNG/JPEG images used several times each,
/// and a 5-question GIFT quiz (all question types in turn) on every tenth page. Same (pages, seed) → same bytes.
/// </summary>
public sealed class SyntheticCourseGenerator(int pages, int seed)
{
    /// <summary>Bumped whenever the output changes, so cached courses are regenerated.</summary>
    public const int Version = 2;

    private const int MaxDepth = 5;

    private static readonly string[] Words =
    [
        "déploiement", "usager", "service", "numérique", "public", "équipe", "démarche", "accès", "réseau", "mairie", "préfecture", "conseiller",
        "formulaire", "données", "sécurité", "accessibilité", "qualité", "étape", "mesure", "indicateur", "retour", "expérience", "évaluation",
        "besoin", "problème", "solution", "parcours", "guichet", "agent", "élu", "collectivité", "territoire", "région", "département", "état",
        "à", "de", "la", "le", "les", "des", "pour", "avec", "sans", "sur", "dans", "chez", "vers", "où", "très", "déjà", "après", "même",
        "améliorer", "vérifier", "créer", "gérer", "élaborer", "préparer", "réussir", "connaître", "répondre", "suivre", "développer", "mesurer",
        "simple", "rapide", "fiable", "ouvert", "complet", "clair", "précis", "régulier", "économique", "pédagogique", "pratique", "concret",
        "hôpital", "école", "bibliothèque", "forêt", "île", "cœur", "œuvre", "façon", "reçu", "garçon", "naïf", "Noël", "maïs", "août", "être",
        "règlement", "procédure", "téléservice", "attestation", "justificatif", "dossier", "rendez-vous", "courriel", "téléphone", "accueil",
    ];

    private static readonly string[] Emoji = ["🚀", "📈", "✅", "💡", "🔍", "⚠️", "🎯", "📝", "🇫🇷", "👩‍💻", "🧭", "📊"];

    private static readonly string[] HintStyles = ["info", "success", "warning", "danger"];

    /// <summary>Writes the course under <paramref name="cacheDirectory"/> (reusing a previous identical generation) and describes it.</summary>
    public GeneratedCourse Generate(string cacheDirectory)
    {
        var root = Path.Combine(cacheDirectory, string.Create(CultureInfo.InvariantCulture, $"course-{pages}-seed{seed}-v{Version}"));
        var marker = Path.Combine(root, ".generated.json");
        if (File.Exists(marker))
        {
            var cached = JsonSerializer.Deserialize<GeneratedCourse>(File.ReadAllText(marker));
            if (cached is not null)
            {
                return cached with { RootDirectory = root };
            }
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);

        // 1. The tree: breadth first, the same fan-out everywhere, at most five levels.
        var tree = BuildTree();

        // 2. The image pool, painted in parallel (each image has its own seed).
        var images = WriteImages(root, Math.Max(6, pages / 25));

        // 3. The pages.
        long markdownBytes = 0;
        var imageUses = 0;
        var quizzes = 0;
        var files = new string[tree.Count];
        for (var i = 0; i < tree.Count; i++)
        {
            files[i] = tree[i].File;
        }

        for (var i = 0; i < tree.Count; i++)
        {
            var random = new Random(unchecked((seed * 1_000_003) + i));
            var text = new PageWriter(random, tree, i, images).Write(out var uses, out var hasQuiz);
            imageUses += uses;
            quizzes += hasQuiz ? 1 : 0;
            var bytes = new UTF8Encoding(false).GetBytes(text);
            markdownBytes += bytes.Length;
            var path = Path.Combine(root, tree[i].File);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }

        var result = new GeneratedCourse(root, tree.Count, tree.Max(n => n.Depth), files, markdownBytes, images.Count, images.Sum(i => i.Bytes), imageUses, quizzes);
        File.WriteAllText(marker, JsonSerializer.Serialize(result));
        return result;
    }

    private List<TreeNode> BuildTree()
    {
        // Smallest fan-out b with 1 + b + b² + b³ + b⁴ ≥ pages.
        var fanOut = 1;
        while (1 + fanOut + (fanOut * fanOut) + (fanOut * fanOut * fanOut) + (fanOut * fanOut * fanOut * fanOut) < pages)
        {
            fanOut++;
        }

        var nodes = new List<TreeNode> { new(-1, 1, "README.md", "Parcours de formation au déploiement") };
        var queue = new Queue<int>();
        queue.Enqueue(0);
        var children = new List<List<int>> { new() };
        while (nodes.Count < pages && queue.Count > 0)
        {
            var parent = queue.Dequeue();
            if (nodes[parent].Depth >= MaxDepth)
            {
                continue;
            }

            for (var c = 0; c < fanOut && nodes.Count < pages; c++)
            {
                var index = nodes.Count;
                nodes.Add(new TreeNode(parent, nodes[parent].Depth + 1, string.Empty, string.Empty));
                children.Add([]);
                children[parent].Add(index);
                queue.Enqueue(index);
            }
        }

        // A page with children is a folder's README.md; a leaf is a file beside its siblings.
        for (var i = 1; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var parentFolder = Path.GetDirectoryName(nodes[node.Parent].File) ?? string.Empty;
            var ordinal = children[node.Parent].IndexOf(i) + 1;
            var kind = node.Depth switch { 2 => "chapitre", 3 => "section", 4 => "lecon", _ => "fiche" };
            var slug = string.Create(CultureInfo.InvariantCulture, $"{kind}-{ordinal:00}");
            var file = children[i].Count > 0 ? Path.Combine(parentFolder, slug, "README.md") : Path.Combine(parentFolder, slug + ".md");
            var title = string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(kind[0])}{kind[1..]} {ordinal} : {Words[(i * 7) % 35]} et {Words[(i * 13 + 3) % 35]}").Replace("Lecon", "Leçon", StringComparison.Ordinal);
            nodes[i] = node with { File = file.Replace('\\', '/'), Title = title };
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            nodes[i] = nodes[i] with { Children = children[i] };
        }

        return nodes;
    }

    private List<PoolImage> WriteImages(string root, int count)
    {
        var folder = Path.Combine(root, ".gitbook", "assets");
        Directory.CreateDirectory(folder);
        var result = new PoolImage[count];
        Parallel.For(0, count, i =>
        {
            var random = new Random(unchecked((seed * 7919) + i));
            byte[] bytes;
            string name;
            if (i % 5 < 3)
            {
                (int W, int H)[] sizes = [(1280, 800), (1440, 900), (1024, 640), (800, 500)];
                var (w, h) = sizes[random.Next(sizes.Length)];
                bytes = PngEncoder.Encode(w, h, ImagePainter.Screenshot(w, h, random));
                name = string.Create(CultureInfo.InvariantCulture, $"capture-ecran-{i:0000}.png");
            }
            else
            {
                (int W, int H)[] sizes = [(1024, 683), (1600, 1067), (800, 533)];
                var (w, h) = sizes[random.Next(sizes.Length)];
                bytes = JpegEncoder.Encode(w, h, ImagePainter.Photo(w, h, random), 85);
                name = string.Create(CultureInfo.InvariantCulture, $"photo-terrain-{i:0000}.jpg");
            }

            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            result[i] = new PoolImage(".gitbook/assets/" + name, bytes.Length);
        });

        return [.. result];
    }

    /// <summary>One page of the tree: its parent, depth (root = 1), file relative to the course root, title and children.</summary>
    private sealed record TreeNode(int Parent, int Depth, string File, string Title)
    {
        public IReadOnlyList<int> Children { get; init; } = [];
    }

    private sealed record PoolImage(string Path, long Bytes);

    /// <summary>Writes the Markdown of one page from its own random stream.</summary>
    private sealed class PageWriter(Random random, List<TreeNode> tree, int index, List<PoolImage> images)
    {
        private readonly StringBuilder _text = new();
        private readonly TreeNode _node = tree[index];
        private int _imageUses;

        public string Write(out int imageUses, out bool hasQuiz)
        {
            // 1. Front matter and title.
            _text.Append("---\ndescription: \"").Append(Sentence(8, 16).TrimEnd('.', ' ', '!', '?').Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n");
            if (index == 0)
            {
                _text.Append("author: Équipe Courseware\nid: fr.courseware.synthetique\nslug: cours-synthetique\n");
            }

            _text.Append("---\n\n# ").Append(Emoji[random.Next(Emoji.Length)]).Append(' ').Append(_node.Title).Append("\n\n");
            _text.Append(Paragraph()).Append("\n\n");

            // 2. Two to four sections mixing every block GitBook pages hold.
            var sections = random.Next(2, 5);
            for (var s = 0; s < sections; s++)
            {
                _text.Append("## ").Append(Capitalize(Phrase(3, 7))).Append(random.Next(4) == 0 ? " " + Emoji[random.Next(Emoji.Length)] : string.Empty).Append("\n\n");
                _text.Append(Paragraph()).Append("\n\n");
                switch ((s + index) % 4)
                {
                    case 0: NestedList(); Table(); break;
                    case 1: Hint(); NestedList(); break;
                    case 2: Tabs(); break;
                    default: Details(); Table(); break;
                }

                if (random.Next(3) != 0)
                {
                    Image();
                }

                if (random.Next(3) == 0)
                {
                    _text.Append("### ").Append(Capitalize(Phrase(2, 5))).Append("\n\n").Append(Paragraph()).Append("\n\n");
                }
            }

            // 3. A quiz on one page in ten.
            hasQuiz = index % 10 == 9;
            if (hasQuiz)
            {
                Quiz();
            }

            // 4. The children, as content-refs.
            if (_node.Children.Count > 0)
            {
                _text.Append("## Au programme\n\n");
                foreach (var child in _node.Children)
                {
                    var url = RelativeUrl(tree[child].File, folderLink: true);
                    _text.Append("{% content-ref url=\"").Append(url).Append("\" %}\n[").Append(url).Append("](").Append(url).Append(")\n{% endcontent-ref %}\n\n");
                }
            }

            imageUses = _imageUses;
            return _text.ToString();
        }

        private string Word() => Words[random.Next(Words.Length)];

        private string Phrase(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Word()));

        private string Sentence(int min, int max)
        {
            var words = Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Word()).ToArray();
            var pick = random.Next(words.Length);
            words[pick] = random.Next(6) switch
            {
                0 => "**" + words[pick] + "**",
                1 => "*" + words[pick] + "*",
                2 => "« " + words[pick] + " »",
                3 => "`" + words[pick] + "`",
                _ => words[pick],
            };
            var end = random.Next(8) switch { 0 => " !", 1 => " ?", 2 => " " + Emoji[random.Next(Emoji.Length)] + ".", _ => "." };
            return Capitalize(string.Join(' ', words)) + end;
        }

        private string Paragraph()
        {
            var sentences = Enumerable.Range(0, random.Next(2, 6)).Select(_ => Sentence(6, 18)).ToList();
            if (random.Next(3) == 0 && tree.Count > 1)
            {
                var target = random.Next(tree.Count);
                sentences.Insert(random.Next(sentences.Count), $"Voir aussi [{tree[target].Title}]({RelativeUrl(tree[target].File, folderLink: false)}).");
            }

            if (random.Next(10) == 0)
            {
                sentences.Add("Référence : [service-public.fr](https://www.service-public.fr/particuliers/vosdroits/F" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) + ").");
            }

            return string.Join(' ', sentences);
        }

        private void NestedList()
        {
            var items = random.Next(3, 6);
            for (var i = 0; i < items; i++)
            {
                _text.Append("* ").Append(Sentence(4, 10)).Append('\n');
                if (i == 1)
                {
                    for (var j = 1; j <= random.Next(2, 4); j++)
                    {
                        _text.Append("  ").Append(j.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Sentence(3, 8)).Append('\n');
                        if (j == 1)
                        {
                            _text.Append("     * ").Append(Sentence(3, 6)).Append('\n');
                        }
                    }
                }
            }

            _text.Append('\n');
        }

        private void Table()
        {
            var columns = random.Next(3, 5);
            _text.Append('|').AppendJoin('|', Enumerable.Range(0, columns).Select(_ => " " + Capitalize(Word()) + " ")).Append("|\n");
            _text.Append('|').AppendJoin('|', Enumerable.Repeat(" --- ", columns)).Append("|\n");
            for (var r = random.Next(3, 7); r > 0; r--)
            {
                _text.Append('|').AppendJoin('|', Enumerable.Range(0, columns).Select(c => " " + (c == columns - 1 ? random.Next(0, 100).ToString(CultureInfo.InvariantCulture) + " %" : Phrase(1, 4)) + " ")).Append("|\n");
            }

            _text.Append('\n');
        }

        private void Hint()
        {
            _text.Append("{% hint style=\"").Append(HintStyles[random.Next(HintStyles.Length)]).Append("\" %}\n")
                .Append("**").Append(Capitalize(Word())).Append(" :** ").Append(Sentence(8, 20)).Append("\n{% endhint %}\n\n");
        }

        private void Tabs()
        {
            _text.Append("{% tabs %}\n");
            for (var t = random.Next(2, 4); t > 0; t--)
            {
                _text.Append("{% tab title=\"").Append(Capitalize(Word())).Append("\" %}\n").Append(Paragraph()).Append("\n\n");
                if (t == 1)
                {
                    Hint();
                }

                _text.Append("{% endtab %}\n\n");
            }

            _text.Append("{% endtabs %}\n\n");
        }

        private void Details()
        {
            _text.Append("<details>\n\n<summary>").Append(Capitalize(Phrase(3, 6))).Append(" ?</summary>\n\n").Append(Paragraph()).Append("\n\n</details>\n\n");
        }

        private void Image()
        {
            var image = images[random.Next(images.Count)];
            _imageUses++;
            _text.Append("![").Append(Capitalize(Phrase(2, 6))).Append("](").Append(RelativeUrl(image.Path, folderLink: false)).Append(")\n\n");
        }

        private void Quiz()
        {
            _text.Append("## Quiz\n\n```gift title=\"Quiz : ").Append(_node.Title).Append("\"\n");
            var ordinal = index / 10;
            for (var q = 0; q < 5; q++)
            {
                var kind = ((ordinal * 5) + q) % 8;
                var title = string.Create(CultureInfo.InvariantCulture, $"::Q{q + 1} {Word()}:: ");
                _text.Append(title).Append(kind switch
                {
                    0 => $"{Capitalize(Phrase(5, 10))} ? {{\n={Phrase(2, 5)} #Oui : {Phrase(3, 6)}.\n~{Phrase(2, 5)} #Non.\n~{Phrase(2, 5)}\n~{Phrase(2, 5)}\n####{Sentence(5, 9)}\n}}",
                    1 => $"Lesquelles sont justes ? {{\n~%50%{Phrase(2, 4)}\n~%50%{Phrase(2, 4)}\n~%-100%{Phrase(2, 4)}\n}}",
                    2 => $"{Sentence(5, 10)} {{{(random.Next(2) == 0 ? "T" : "F")}#{Phrase(2, 5)}.#Exact.}}",
                    3 => $"Quel mot désigne {Phrase(2, 4)} ? {{=usager =usagère =%50%utilisateur #Presque.}}",
                    4 => $"Associez chaque terme à sa définition. {{\n={Word()} -> {Phrase(2, 3)}\n={Word()}x -> {Phrase(2, 3)}\n={Word()}y -> {Phrase(2, 3)}\n}}",
                    5 => $"Combien de {Word()} faut-il ? {{#{random.Next(1, 200).ToString(CultureInfo.InvariantCulture)}:{random.Next(1, 10).ToString(CultureInfo.InvariantCulture)}}}",
                    6 => $"Le {Word()} se fait {{=avec les usagers ~sans méthode ~au hasard}} dès le départ.",
                    _ => $"Décrivez {Phrase(3, 6)}.{{}}",
                }).Append("\n\n");
            }

            _text.Append("```\n\n");
        }

        private string RelativeUrl(string targetFile, bool folderLink)
        {
            var from = Path.GetDirectoryName(_node.File) ?? string.Empty;
            var target = folderLink && targetFile.EndsWith("/README.md", StringComparison.Ordinal) ? targetFile[..^"README.md".Length] : targetFile;
            var relative = Path.GetRelativePath(string.IsNullOrEmpty(from) ? "." : from, target).Replace('\\', '/');
            if (target.EndsWith('/') && !relative.EndsWith('/'))
            {
                relative += "/";
            }

            return relative;
        }

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }
}
