using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Courseware.Cli;
using Courseware.Cli.Resources;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Cli;

/// <summary>Messages follow --lang or the system culture; codes, exit codes and machine output do not change.</summary>
public sealed partial class LanguageTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "courseware-lang-" + Guid.NewGuid().ToString("N"));

    public LanguageTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "README.md"), "# Racine\n\n" + Ref("absent.md") + "\n![](images/absente.png)\n");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Dictionary<string, string?> Locale(string lang) => new() { ["LANG"] = lang, ["LC_ALL"] = null, ["LC_MESSAGES"] = null, ["LANGUAGE"] = null };

    [Fact]
    public void Lang_fr_gives_french_diagnostics_with_the_same_codes_and_exit_code()
    {
        var english = CommandTests.RunProcess(Locale("C.UTF-8"), "check", _folder);
        var french = CommandTests.RunProcess(Locale("C.UTF-8"), "check", _folder, "--lang", "fr");

        Assert.Equal(1, english.Exit);
        Assert.Equal(english.Exit, french.Exit);
        Assert.Equal(Codes(english.Out), Codes(french.Out));
        Assert.Contains("README.md(3,1): error CW0101: content-ref target not found: 'absent.md'", english.Out);
        Assert.Contains("README.md(3,1): error CW0101: cible du content-ref introuvable : « absent.md »", french.Out);
        Assert.Contains("warning CW0312: fichier introuvable : « images/absente.png »", french.Out);
        Assert.Contains("1 page(s), 0 quiz, 0 ressource(s) : 1 erreur(s), 2 avertissement(s).", french.Out);
        Assert.Contains("warning CW0801: l’image « images/absente.png » n’a pas de texte alternatif", french.Out);
    }

    [Fact]
    public void A_french_system_culture_gives_french_messages_unless_lang_en()
    {
        var french = CommandTests.RunProcess(Locale("fr_FR.UTF-8"), "check", _folder);
        Assert.Equal(1, french.Exit);
        Assert.Contains("error CW0101: cible du content-ref introuvable : « absent.md »", french.Out);

        var english = CommandTests.RunProcess(Locale("fr_FR.UTF-8"), "check", _folder, "--lang", "en");
        Assert.Contains("error CW0101: content-ref target not found: 'absent.md'", english.Out);
        Assert.Equal(Codes(english.Out), Codes(french.Out));
    }

    [Fact]
    public void Another_language_is_a_usage_error()
    {
        var (exit, stdout, stderr) = CommandTests.RunProcess(Locale("C.UTF-8"), "check", _folder, "--lang", "de");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Empty(stdout);
        Assert.Contains("error CW0901", stderr);
        Assert.Contains("'de'", stderr);
    }

    [Fact]
    public void Usage_errors_and_export_output_speak_french()
    {
        var (exit, _, stderr) = CommandTests.RunProcess(Locale("fr_FR.UTF-8"), "export", _folder, "--format", "epub");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("error CW0901: format inconnu « epub » ; formats connus : scorm12, scorm2004, pdf, docx, gift, all", stderr);

        var unknown = CommandTests.RunProcess(Locale("fr_FR.UTF-8"), "check", _folder, "--no-such-option");
        Assert.Equal(ExitCodes.Usage, unknown.Exit);
        Assert.Contains("Lancez « courseware --help » pour l’aide.", unknown.Err);
    }

    [Fact]
    public void The_export_summary_is_french_with_french_numbers()
    {
        var course = With(("README.md", "# Racine\n" + Ref("a.md")), ("a.md", "# A\n\n```gift\n::Q1:: 2 + 2 ? {#4}\n```\n"));
        var (exit, stdout, stderr) = Run(course, "export", "course", "--format", "gift", "--out", "out", "--lang", "fr");
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Matches(@"^Racine : 2 pages chargées en \d+,\d\d s$", lines[0]);
        Assert.Matches(@"^format +taille avert +err +durée +fichier$", lines[1]);
        Assert.Matches(@"^gift +\d+ o +0 +0 +\d+,\d\d s +racine-quiz-1-a\.gift$", lines[2]);
        Assert.Equal("Écrit dans /work/out", lines[3]);
        Assert.Contains("gift : commencé", stderr);
        Assert.Matches(@"gift : terminé en \d+,\d\d s", stderr);
    }

    [Fact]
    public void Tree_and_codes_speak_french()
    {
        var course = With(("README.md", "# Racine\n" + Ref("a.md") + Ref("absent.md")), ("a.md", "# A"));
        var (_, stdout, stderr) = Run(course, "tree", "course", "--lang", "fr");
        Assert.Contains("  ✗ absent.md  (absent, README.md(5,1))", stdout);
        Assert.Contains("1 erreur(s), 0 avertissement(s) : lancez « courseware check » pour les voir.", stderr);

        var codes = Run(new TestCourse(), "codes", "--lang", "fr").Out;
        Assert.Contains("CW0101  error    cible du content-ref introuvable : « {0} »", codes);
        Assert.Equal(Diagnostics.DiagnosticCodes.All.Count, Regex.Matches(codes, "pour corriger : ").Count);
    }

    [Fact]
    public void Help_gives_defaults_and_formats_in_the_language_asked()
    {
        var french = Run(new TestCourse(), "export", "--help", "--lang", "fr").Out;
        Assert.Contains("Dossier de sortie. [par défaut : exports]", french);
        Assert.Contains("courseware export [<COURSE>] [options]", french);
        Assert.Contains("[par défaut : a4]", french);
        Assert.Contains("pdf (supports PDF à imprimer : édition apprenant et édition formateur avec corrigé)", french);
        Assert.DoesNotContain("default:", french);
        Assert.DoesNotContain("with tracked quizzes", french);

        var english = Run(new TestCourse(), "export", "--help", "--lang", "en").Out;
        Assert.Contains("Output folder. [default: exports]", english);
        Assert.Contains("scorm12 (SCORM 1.2 package (zip) with tracked quizzes)", english);
        Assert.DoesNotContain("par défaut", english);
    }

    [Fact]
    public void Options_left_out_take_their_defaults()
    {
        var course = With(("README.md", "# Racine\n\nTexte."));
        var (exit, stdout0, stderr) = Run(course, "export", "course", "--format", "gift", "--lang", "en");
        Assert.True(exit == ExitCodes.Ok, stderr);
        Assert.Contains("/work/exports", stdout0);

        course.FileSystem.Directory.SetCurrentDirectory("/work/course");
        var stdout = new StringWriter();
        var here = CoursewareCommand.Run(["tree", "--lang", "en"], new CliEnvironment(course.FileSystem, stdout, new StringWriter(), _ => null));
        Assert.Equal(ExitCodes.Ok, here);
        Assert.Contains("Racine", stdout.ToString());
    }

    [Fact]
    public void Init_refuses_a_used_folder_in_french()
    {
        var (exit, _, stderr) = Run(With(("README.md", "# Mon cours")), "init", Root, "--lang", "fr");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("error CW0901: « /work/course » contient déjà README.md ; choisissez un dossier vide", stderr);
    }

    [Fact]
    public void Json_output_stays_english_whatever_the_language()
    {
        var course = With(("README.md", "# Racine\n" + Ref("absent.md")));
        var (_, stdout, _) = Run(course, "inspect", "course", "--json", "--lang", "fr");
        Assert.Contains("\"message\": \"content-ref target not found: 'absent.md'\"", stdout);
    }

    [Fact]
    public void Every_command_text_has_a_french_translation_with_the_same_placeholders()
    {
        var english = CliMessages.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        var problems = new List<string>();
        foreach (DictionaryEntry entry in english)
        {
            var key = (string)entry.Key;
            var french = CliMessages.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo("fr"), createIfNotExists: true, tryParents: false)?.GetString(key);
            if (french is null)
            {
                problems.Add($"{key}: no French text");
            }
            else if (!Placeholders((string)entry.Value!).SequenceEqual(Placeholders(french)))
            {
                problems.Add($"{key}: placeholders differ");
            }
        }

        Assert.True(problems.Count == 0, "src/Courseware.Cli/Resources/CliMessages.fr.resx:\n" + string.Join("\n", problems));
    }

    private static List<string> Codes(string output) => [.. Regex.Matches(output, @"(error|warning|info) (CW\d{4})").Select(m => m.Value)];

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, @"\{\d+(:[^}]*)?\}").Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static (int Exit, string Out, string Err) Run(TestCourse course, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        course.FileSystem.Directory.SetCurrentDirectory("/work");
        var exit = CoursewareCommand.Run(args, new CliEnvironment(course.FileSystem, stdout, stderr, _ => null));
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
