using System.Text.Json;
using System.Text.RegularExpressions;
using Courseware.Diagnostics;
using Courseware.Export;
using Courseware.Model;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Browser;
using Courseware.Scorm.Tests.Support;
using Xunit;

namespace Courseware.Scorm.Tests;

public sealed class HtmlRenderingTests
{
    private static string Page(ScormPackage package, string file) => package.Text(file);

    [Fact]
    public void Hints_are_notes_that_name_their_style_in_words()
    {
        var html = Page(ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12), "pages/chapitre-1-README.html");

        Assert.Contains("<div class=\"cw-hint cw-hint-warning\" role=\"note\"><p class=\"cw-hint-label\"><span class=\"cw-icon\" aria-hidden=\"true\"></span>Attention</p>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>jamais</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Interface_strings_follow_the_course_language()
    {
        var course = SampleCourse.Create();
        var english = new Course
        {
            Title = course.Title, Language = "en-GB", Id = course.Id, Slug = course.Slug, RootDirectory = course.RootDirectory, FileSystem = course.FileSystem,
            Root = course.Root, Pages = course.Pages, Assets = course.Assets, Diagnostics = course.Diagnostics, Settings = course.Settings,
        };

        var french = Page(ScormPackage.Export(course, ScormVersion.Scorm12), "pages/quiz.html");
        var englishHtml = Page(ScormPackage.Export(english, ScormVersion.Scorm12), "pages/quiz.html");

        Assert.Contains("Valider mes réponses", french, StringComparison.Ordinal);
        Assert.Contains("Question 2 sur 7", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr-FR\"", french, StringComparison.Ordinal);
        Assert.Contains("Check my answers", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Question 2 of 7", englishHtml, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\"", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_is_sanitised_with_a_warning_at_its_place()
    {
        var package = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12);
        var html = Page(package, "pages/chapitre-1-README.html");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.Contains("Texte", html, StringComparison.Ordinal);
        var warnings = package.Diagnostics.Where(d => d.Code == "CW0501").ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal("chapitre-1/README.md", w.Location.File));
        Assert.Contains(warnings, w => w.Message.Contains("onclick", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("<script>", StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.True(w.Location.Line > 1));
    }

    [Fact]
    public void Raw_html_is_kept_when_allowed()
    {
        var package = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12, new ExportOptions { AllowRawHtml = true });

        Assert.Contains("onclick=\"alert(1)\"", Page(package, "pages/chapitre-1-README.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(package.Diagnostics, d => d.Code == "CW0501");
    }

    [Fact]
    public void Links_point_to_the_target_page_sco_anchor_or_external_site()
    {
        var perPage = Page(ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm2004), "pages/chapitre-1-README.html");
        var single = Page(ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm2004, new ExportOptions { Sco = ScoLayout.Single }), "index.html");

        Assert.Contains("<a href=\"chapitre-1-section.html#definitions\" data-cw-page=\"ITEM-chapitre-1-section\">la section suivante</a>", perPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#a-retenir\">plus bas</a>", perPage, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"a-retenir\">", perPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.data.gouv.fr\" rel=\"noopener\" class=\"cw-external\">data.gouv.fr</a>", perPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#page-chapitre-1-section--definitions\">la section suivante</a>", single, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"page-chapitre-1-README--a-retenir\">", single, StringComparison.Ordinal);
    }

    [Fact]
    public void GitBook_blocks_render_as_cards_tabs_figures_and_downloads()
    {
        var package = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12);
        var chapter = Page(package, "pages/chapitre-1-README.html");
        var root = Page(package, "pages/README.html");

        Assert.Contains("<a href=\"chapitre-1-README.html\" data-cw-page=\"ITEM-chapitre-1-README\"><span class=\"cw-icon\" aria-hidden=\"true\"></span>Chapitre 1 : les principes</a>", root, StringComparison.Ordinal);
        Assert.Contains("<img src=\"../shared/assets/logo-equipe.png\" alt=\"Logo de l’équipe\"", root, StringComparison.Ordinal);
        Assert.Matches("<div class=\"cw-tablist\" role=\"tablist\" hidden aria-label=\"Onglets\"><button type=\"button\" role=\"tab\" class=\"cw-tab\" id=\"tabs-1-1-tab\" aria-controls=\"tabs-1-1\" aria-selected=\"true\" tabindex=\"0\">Pour les agents</button>", chapter);
        Assert.Contains("<div class=\"cw-tabpanel\" id=\"tabs-1-2\" aria-labelledby=\"tabs-1-2-tab\"><p class=\"cw-tabpanel-title\"><strong>Pour les usagers</strong></p>", chapter, StringComparison.Ordinal);
        Assert.Contains("<a class=\"cw-file-link\" download href=\"../shared/assets/guide.pdf\">", chapter, StringComparison.Ordinal);
        Assert.Contains("<figure class=\"cw-figure\"><img src=\"../shared/assets/logo-equipe.png\" alt=\"Schéma de publication\" loading=\"lazy\"><figcaption>Le circuit de publication</figcaption></figure>", chapter, StringComparison.Ordinal);
        Assert.Contains("<details class=\"cw-details\"><summary>En savoir plus sur la licence</summary>", chapter, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"cw-stepper\"><li class=\"cw-step\"><p>Inventorier les données.</p>", chapter, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", chapter, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.youtube.com/watch?v=abc123\"", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void Embeds_become_iframes_only_when_asked()
    {
        var chapter = Page(ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12, new ExportOptions { EmbedIframes = true }), "pages/chapitre-1-README.html");

        Assert.Contains("<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\" title=\"Présentation en vidéo\"", chapter, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.youtube.com/watch?v=abc123\"", chapter, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiz_is_a_form_of_fieldsets_with_native_inputs_in_labels()
    {
        var html = Page(ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12), "pages/quiz.html");

        Assert.Single(Regex.Matches(html, "<form class=\"cw-quiz-form\""));
        Assert.Single(Regex.Matches(html, "<button type=\"submit\""));
        Assert.Equal(7, Regex.Matches(html, "<fieldset><legend>").Count);
        Assert.Contains("<label class=\"cw-choice\"><input type=\"radio\" name=\"quiz-quiz.md-quiz-1-q1\" value=\"0\"> <span>La Licence Ouverte</span></label>", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"quiz-quiz.md-quiz-1-q6-m1\">CSV</label> <select id=\"quiz-quiz.md-quiz-1-q6-m1\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"cw-sentence\">Le portail national des données est <label class=\"cw-visually-hidden\" for=\"quiz-quiz.md-quiz-1-q4-input\">Mot manquant</label><input type=\"text\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"status\" aria-live=\"polite\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12, "a", "a,c", "f", "1.c,2.a", "2016", "fill-in")]
    [InlineData(ScormVersion.Scorm2004, "choice-1", "choice-1[,]choice-3", "false", "item-1[.]answer-3[,]item-2[.]answer-1", "2016[:]2016", "long-fill-in")]
    public void Quiz_data_carries_each_version_s_interaction_formats(ScormVersion version, string single, string multiple, string trueFalse, string matching, string numeric, string essayType)
    {
        var html = Page(ScormPackage.Export(SampleCourse.Create(), version), "pages/quiz.html");
        var json = Regex.Match(html, "<script type=\"application/json\" class=\"cw-quiz-data\">(.*?)</script>").Groups[1].Value;
        var questions = JsonDocument.Parse(json).RootElement.GetProperty("questions").EnumerateArray().ToList();
        string Pattern(int i) => questions[i].GetProperty("patterns")[0].GetString()!;

        Assert.Equal(single, Pattern(0));
        Assert.Equal(multiple, Pattern(1));
        Assert.Equal(trueFalse, Pattern(2));
        Assert.Equal(["data.gouv.fr", "datagouv"], questions[3].GetProperty("patterns").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(numeric, Pattern(4));
        Assert.Equal(matching, Pattern(5));
        Assert.Equal(essayType, questions[6].GetProperty("type").GetString());
        Assert.Equal(0, questions[6].GetProperty("weight").GetDouble());
        Assert.Equal("quiz.md-quiz-1-q1", questions[0].GetProperty("iid").GetString());
        Assert.DoesNotContain("</script", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Titles_are_escaped_and_control_characters_dropped()
    {
        var course = SampleCourse.Create((b, root) => b.AddPage("special.md", "A <b> & \"C\"\u0007", "Texte\u0001 simple <i>ok</i>", root));
        var package = ScormPackage.Export(course, ScormVersion.Scorm12);
        var html = Page(package, "pages/special.html");

        Assert.Contains("<h1 id=\"page-special-title\">A &lt;b&gt; &amp; &quot;C&quot;</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', html);
        Assert.DoesNotContain('\u0007', package.Text("imsmanifest.xml"));
        Assert.Contains("<title>A &lt;b&gt; &amp; \"C\"</title>", package.Text("imsmanifest.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Remote_images_are_kept_as_links_with_a_warning_by_default()
    {
        var package = ScormPackage.Export(SampleCourse.Create(remoteImage: "https://example.org/img/carte.png"), ScormVersion.Scorm12);

        Assert.Contains("<img src=\"https://example.org/img/carte.png\" alt=\"Image distante\"", Page(package, "pages/quiz.html"), StringComparison.Ordinal);
        Assert.Contains(package.Diagnostics, d => d.Code == "CW0502" && d.Message.Contains("https://example.org/img/carte.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remote_images_are_downloaded_into_the_package_when_asked()
    {
        using var server = new StaticFileServer();
        var url = server.Handle("/img/carte.png", async context =>
        {
            context.Response.ContentType = "image/png";
            await context.Response.OutputStream.WriteAsync(SampleCourse.Png);
            context.Response.Close();
        });
        using var http = new HttpClient();

        var package = ScormPackage.Export(SampleCourse.Create(remoteImage: url), ScormVersion.Scorm2004, new ExportOptions { RemoteAssets = RemoteAssetPolicy.Download }, http);

        var entry = Assert.Single(package.Entries, e => e.StartsWith("shared/assets/remote-127.0.0.1", StringComparison.Ordinal));
        Assert.Equal(SampleCourse.Png, package.Files[entry]);
        Assert.Contains($"<img src=\"../{entry}\" alt=\"Image distante\"", Page(package, "pages/quiz.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(package.Diagnostics, d => d.Code is "CW0502" or "CW0503");
    }

    [Fact]
    public void Failed_or_oversized_downloads_fall_back_to_links_with_warnings()
    {
        using var server = new StaticFileServer();
        var missing = server.Handle("/missing.png", context =>
        {
            context.Response.StatusCode = 404;
            context.Response.Close();
            return Task.CompletedTask;
        });
        var large = server.Handle("/large.png", async context =>
        {
            context.Response.ContentType = "image/png";
            await context.Response.OutputStream.WriteAsync(new byte[4096]);
            context.Response.Close();
        });
        using var http = new HttpClient();
        var options = new ExportOptions { RemoteAssets = RemoteAssetPolicy.Download, MaxDownloadBytes = 1000 };

        var notFound = ScormPackage.Export(SampleCourse.Create(remoteImage: missing), ScormVersion.Scorm12, options, http);
        var tooLarge = ScormPackage.Export(SampleCourse.Create(remoteImage: large), ScormVersion.Scorm12, options, http);

        Assert.Contains(notFound.Diagnostics, d => d.Code == "CW0503" && d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("404", StringComparison.Ordinal));
        Assert.Contains($"<img src=\"{missing}\"", Page(notFound, "pages/quiz.html"), StringComparison.Ordinal);
        Assert.Contains(tooLarge.Diagnostics, d => d.Code == "CW0504");
        Assert.Contains($"<img src=\"{large}\"", Page(tooLarge, "pages/quiz.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(tooLarge.Entries, e => e.Contains("remote", StringComparison.Ordinal));
    }

    [Fact]
    public void Download_timeout_falls_back_to_a_link()
    {
        using var server = new StaticFileServer();
        var slow = server.Handle("/slow.png", async context =>
        {
            await Task.Delay(3000);
            context.Response.Close();
        });
        using var http = new HttpClient();

        var package = ScormPackage.Export(SampleCourse.Create(remoteImage: slow), ScormVersion.Scorm12, new ExportOptions { RemoteAssets = RemoteAssetPolicy.Download, DownloadTimeout = TimeSpan.FromMilliseconds(300) }, http);

        Assert.Contains(package.Diagnostics, d => d.Code == "CW0503" && d.Message.Contains("timed out", StringComparison.Ordinal));
        Assert.Contains($"<img src=\"{slow}\"", Page(package, "pages/quiz.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_details_written_as_separate_blocks_keep_their_markdown_inside()
    {
        var course = RealCourse.FromFiles(new Dictionary<string, string>
        {
            ["README.md"] = "# Cours\n\n<details>\n\n<summary>Pourquoi ?</summary>\n\nTexte **gras**.\n\n</details>\n\nAprès <kbd onclick=\"x()\">Ctrl</kbd>.\n",
        });
        var package = ScormPackage.Export(course, ScormVersion.Scorm12);
        var html = Regex.Replace(package.Text(package.Entries.Single(e => e.StartsWith("pages/", StringComparison.Ordinal))), @"\s+", " ");

        // Whether the loader turns it into a DetailsBlock or leaves raw HTML blocks, the Markdown stays inside <details>.
        Assert.Matches("<details[^>]*> ?<summary>Pourquoi \\?</summary> ?(<div class=\"cw-details-body\">)? ?<p>Texte <strong>gras</strong>.</p> ?(</div>)? ?</details>", html);
        Assert.Contains("Après <kbd>Ctrl</kbd>.", html, StringComparison.Ordinal);
        Assert.Contains(package.Diagnostics, d => d.Code == "CW0501" && d.Location.File == "README.md" && d.Message.Contains("onclick", StringComparison.Ordinal));
    }

    [Fact]
    public void Raw_html_tags_in_separate_blocks_are_kept_as_tags()
    {
        var course = SampleCourse.Create((b, root) => b.AddPage("brut.md", "Brut", "<div class=\"x\" onmouseover=\"y()\">\n\nTexte **gras**.\n\n</div>\n\n<iframe src=\"https://example.org\">\n", root));
        var package = ScormPackage.Export(course, ScormVersion.Scorm12);
        var html = Regex.Replace(package.Text("pages/brut.html"), @"\s+", " ");

        Assert.Contains("<div> <p>Texte <strong>gras</strong>.</p> </div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.Contains(package.Diagnostics, d => d.Code == "CW0501" && d.Location.File == "brut.md" && d.Message.Contains("onmouseover", StringComparison.Ordinal));
        Assert.Contains(package.Diagnostics, d => d.Code == "CW0501" && d.Location.File == "brut.md" && d.Location.Line == 7 && d.Message.Contains("<iframe>", StringComparison.Ordinal));
    }

    [Fact]
    public void Remote_image_warning_points_at_the_line_of_the_image_not_the_top_of_the_page()
    {
        var course = RealCourse.FromFiles(new Dictionary<string, string>
        {
            ["README.md"] = "# Cours\n\nIntroduction.\n\nSuite du texte.\n\nVoir ![Plan du site](https://example.org/plan.png) ici.\n",
        });
        var package = ScormPackage.Export(course, ScormVersion.Scorm12);

        var remote = Assert.Single(package.Diagnostics, d => d.Code == "CW0502");
        Assert.Equal(("README.md", 7, 6), (remote.Location.File, remote.Location.Line, remote.Location.Column));
    }
}
