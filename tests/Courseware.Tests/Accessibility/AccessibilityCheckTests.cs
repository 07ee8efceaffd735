using Courseware.Accessibility;
using Courseware.Diagnostics;
using Courseware.Model;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Accessibility;

/// <summary>Each content check on small pages: what it reports, where, and what it leaves alone.</summary>
public class AccessibilityCheckTests
{
    /// <summary>The accessibility diagnostics of a one-page course, as <c>file(line,col): severity code</c>.</summary>
    private static List<string> Check(string readme, AccessibilityMode mode = AccessibilityMode.Warn, params (string Path, string Text)[] more)
    {
        var course = With([("README.md", readme), ("a.png", "PNG"), .. more]).Load(new CourseSettings { Accessibility = mode });
        return [.. course.Diagnostics
            .Where(d => d.Code.StartsWith("CW08", StringComparison.Ordinal))
            .Select(d => $"{d.Location}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}")];
    }

    private static List<Diagnostic> Diagnostics(string readme) =>
        [.. With(("README.md", readme), ("a.png", "PNG")).Load().Diagnostics.Where(d => d.Code.StartsWith("CW08", StringComparison.Ordinal))];

    // CW0801: images without a text alternative

    [Fact]
    public void Markdown_image_without_alt_is_reported_where_it_is()
    {
        Assert.Equal(["README.md(3,7): warning CW0801"], Check("# T\n\nVoici ![](a.png) une image.\n"));
        Assert.Equal("image 'a.png' has no text alternative", Diagnostics("# T\n\n![](a.png)\n").Single().Message);
    }

    [Fact]
    public void Markdown_image_with_alt_is_fine()
    {
        Assert.Empty(Check("# T\n\n![Le parcours en quatre étapes](a.png)\n"));
    }

    [Fact]
    public void Html_image_with_an_empty_alt_is_decorative_but_without_alt_is_reported()
    {
        Assert.Empty(Check("# T\n\n<img src=\"a.png\" alt=\"\">\n\nTexte <img src=\"a.png\" alt=\"\" data-size=\"line\"> icône.\n"));
        Assert.Equal(["README.md(3,7): warning CW0801"], Check("# T\n\nTexte <img src=\"a.png\"> sans alt.\n"));
        Assert.Equal(["README.md(3,1): warning CW0801"], Check("# T\n\n<img src=\"a.png\">\n"));
        Assert.Equal(["README.md(3,7): warning CW0801"], Check("# T\n\nTexte <img src=\"a.png\" alt=\" \"> blanc.\n"));
    }

    [Fact]
    public void GitBook_figure_needs_an_alt_or_a_caption_since_gitbook_writes_an_empty_alt_by_default()
    {
        Assert.Equal(["README.md(3,1): warning CW0801"], Check("# T\n\n<figure><img src=\"a.png\" alt=\"\"><figcaption></figcaption></figure>\n"));
        Assert.Equal(["README.md(3,1): warning CW0801"], Check("# T\n\n<figure><img src=\"a.png\"><figcaption></figcaption></figure>\n"));
        Assert.Empty(Check("# T\n\n<figure><img src=\"a.png\" alt=\"\"><figcaption><p>Le parcours de l'usager</p></figcaption></figure>\n"));
        Assert.Empty(Check("# T\n\n<figure><img src=\"a.png\" alt=\"Le parcours de l'usager\"><figcaption></figcaption></figure>\n"));
    }

    [Fact]
    public void Images_inside_other_raw_html_are_read_with_their_own_line_and_column()
    {
        Assert.Equal(
            ["README.md(4,3): warning CW0801"],
            Check("# T\n\n<div align=\"center\">\n  <img src=\"a.png\">\n  <img src=\"a.png\" alt=\"\">\n  <img src=\"a.png\" alt=\"Logo\">\n</div>\n"));
    }

    [Fact]
    public void An_included_block_is_reported_in_its_own_file()
    {
        var found = Check(
            "# T\n\n{% include \".gitbook/includes/bloc.md\" %}\n",
            AccessibilityMode.Warn,
            (".gitbook/includes/bloc.md", "Texte.\n\n![](../../a.png)\n"));
        Assert.Equal([".gitbook/includes/bloc.md(3,1): warning CW0801"], found);
    }

    // CW0802: the alt text is a file name

    [Theory]
    [InlineData("image.png", "a.png")]
    [InlineData("Capture d’écran 2023-01-01 à 10.00.00.png", "a.png")]
    [InlineData("Capture d'écran 2023-01-01 à 10.00.00", "a.png")]
    [InlineData("Screenshot 2024-03-05 at 09.12.44", "a.png")]
    [InlineData("image (1) (2)", "a.png")]
    [InlineData("image (1) (2).png", "a.png")]
    [InlineData("IMG_1234", "a.png")]
    [InlineData("DSC-00042", "a.png")]
    [InlineData("SCHEMA.JPEG", "a.png")]
    [InlineData("calendrier-publication", "images/calendrier-publication.png")]
    [InlineData("Schema_V2", "<images/schema_v2.png>")]
    [InlineData("plan du site (1)", "<images/plan du site (1).png>")]
    public void Alt_text_that_is_a_file_name_is_reported(string alt, string src)
    {
        Assert.Equal(["README.md(3,1): warning CW0802"], Check($"# T\n\n![{alt}]({src})\n"));
    }

    [Theory]
    [InlineData("Capture d'écran du formulaire de contact")]
    [InlineData("Le logo de .NET")]
    [InlineData("Image de synthèse d'un bâtiment public")]
    [InlineData("Courbe d'adoption : pionniers, majorité, retardataires")]
    [InlineData("Organigramme")]
    public void Descriptive_alt_text_is_not_a_file_name(string alt)
    {
        Assert.Empty(Check($"# T\n\n![{alt}](a.png)\n\n![{alt}](organigramme.png)\n", AccessibilityMode.Warn, ("organigramme.png", "PNG")));
    }

    [Fact]
    public void Alt_text_naming_the_file_is_reported_in_html_and_figures_too()
    {
        Assert.Equal(
            ["README.md(3,1): warning CW0802", "README.md(5,7): warning CW0802"],
            Check("# T\n\n<figure><img src=\"a.png\" alt=\"image (3).png\"><figcaption><p>Légende</p></figcaption></figure>\n\nTexte <img src=\"a.png\" alt=\"a.png\">.\n"));
        Assert.Equal(
            "the text alternative of image 'a.png' is a file name: 'image (3).png'",
            Diagnostics("# T\n\n<figure><img src=\"a.png\" alt=\"image (3).png\"><figcaption></figcaption></figure>\n").Single().Message);
    }

    // CW0803, CW0804: link text

    [Fact]
    public void Empty_link_text_is_reported()
    {
        Assert.Equal(["README.md(3,6): warning CW0803"], Check("# T\n\nVoir [](https://example.org).\n"));
        Assert.Equal("link to 'https://example.org' has no text", Diagnostics("# T\n\n[](https://example.org)\n").Single().Message);
    }

    [Theory]
    [InlineData("ici")]
    [InlineData("Ici")]
    [InlineData("ICI !")]
    [InlineData("cliquez ici")]
    [InlineData("Cliquez ici.")]
    [InlineData("→ ici")]
    [InlineData("en savoir plus…")]
    [InlineData("En savoir +")]
    [InlineData("lien")]
    [InlineData("là")]
    [InlineData("click here")]
    [InlineData("Here")]
    [InlineData("Read more")]
    [InlineData("*ici*")]
    public void Non_descriptive_link_text_is_reported(string text)
    {
        Assert.Equal(["README.md(3,23): warning CW0804"], Check($"# T\n\nPour le rapport, voir [{text}](https://example.org).\n"));
    }

    [Fact]
    public void Descriptive_links_autolinks_image_links_and_content_refs_are_fine()
    {
        Assert.Empty(Check(
            "# T\n\nLire [le rapport d'activité 2024](https://example.org), [ici même, le guide complet](https://example.org) et <https://example.org>.\n\n" +
            "[![Logo du ministère](a.png)](https://example.org)\n\n" + Ref("b.md"),
            AccessibilityMode.Warn,
            ("b.md", "# B\n")));
    }

    [Fact]
    public void The_non_descriptive_list_is_written_in_its_compared_form()
    {
        Assert.All(LinkTextCheck.NonDescriptive, text => Assert.Equal(LinkTextCheck.Normalise(text), text));
        Assert.Equal("cliquez ici", LinkTextCheck.Normalise("  Cliquez   ICI !!"));
        Assert.Equal("en savoir plus", LinkTextCheck.Normalise("En savoir plus…"));
    }

    // CW0805: heading levels

    [Fact]
    public void A_heading_two_levels_below_the_one_before_is_reported_once()
    {
        Assert.Equal(
            ["README.md(5,1): warning CW0805"],
            Check("# T\n\n## A\n\n#### B\n\n##### C\n\n## D\n\n### E\n"));
        Assert.Equal("heading level jumps from H2 to H4", Diagnostics("# T\n\n## A\n\n#### B\n").Single().Message);
    }

    [Fact]
    public void The_page_title_counts_as_the_h1()
    {
        // The title comes from the front matter: every output writes it as the page's H1, so H2 may come first, H3 may not.
        Assert.Empty(Check("---\ntitle: Titre\n---\n## A\n\n### B\n"));
        Assert.Equal(["README.md(4,1): warning CW0805"], Check("---\ntitle: Titre\n---\n### A\n"));
        Assert.Equal("heading level jumps from H1 to H3", Diagnostics("---\ntitle: Titre\n---\n### A\n").Single().Message);
    }

    [Fact]
    public void Headings_inside_hints_and_setext_headings_count()
    {
        Assert.Equal(
            ["README.md(8,1): warning CW0805"],
            Check("Titre\n=====\n\nSection\n-------\n\n{% hint style=\"info\" %}\n#### Dans l'encadré\n{% endhint %}\n"));
    }

    // CW0806: tables

    [Fact]
    public void Markdown_table_with_an_empty_header_row_is_reported()
    {
        Assert.Equal(["README.md(3,1): warning CW0806"], Check("# T\n\n|  |  |\n|--|--|\n| a | b |\n"));
        Assert.Empty(Check("# T\n\n| Canal | Public |\n|--|--|\n| LinkedIn | agents |\n"));
    }

    [Fact]
    public void Html_table_without_th_is_reported_but_layout_and_card_tables_are_not()
    {
        Assert.Equal(["README.md(3,1): warning CW0806"], Check("# T\n\n<table><tr><td>a</td><td>b</td></tr></table>\n"));
        Assert.Equal(["README.md(4,1): warning CW0806"], Check("# T\n\n<div>\n<table>\n<tr><td>a</td></tr>\n</table>\n</div>\n"));
        Assert.Empty(Check("# T\n\n<table><thead><tr><th>Canal</th></tr></thead><tbody><tr><td>a</td></tr></tbody></table>\n"));
        Assert.Empty(Check("# T\n\n<table role=\"presentation\"><tr><td>a</td></tr></table>\n"));
        Assert.Empty(Check("# T\n\n<table data-view=\"cards\"><thead><tr><th></th><th data-hidden data-card-target data-type=\"content-ref\"></th></tr></thead><tbody><tr><td>Carte</td><td></td></tr></tbody></table>\n"));        Assert.Equal(["README.md(3,1): warning CW0806"], Check("# T\n\n<table>\n<tr><td>a</td></tr>\n<tr><td>b</td></tr>\n</table>\n"));
    }

    [Fact]
    public void Html_table_with_a_caption_and_spanning_header_cells_has_headers_and_its_caption_is_checked()
    {
        Assert.Empty(Check("# T\n\n<table><caption>Budget</caption><thead><tr><th colspan=\"2\">Coût</th></tr></thead><tbody><tr><td rowspan=\"2\">a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>\n"));
        Assert.Equal(["README.md(3,22): warning CW0804"], Check("# T\n\n<table><caption>Voir <a href=\"https://example.org\">ici</a></caption><tr><th>A</th></tr></table>\n"));
    }

    [Fact]
    public void Card_covers_are_decorative_and_images_in_html_tables_are_checked()
    {
        Assert.Empty(Check("# T\n\n<table data-view=\"cards\"><thead><tr><th></th><th data-hidden data-card-cover data-type=\"files\"></th></tr></thead><tbody><tr><td>Carte</td><td><a href=\"a.png\">a.png</a></td></tr></tbody></table>\n"));
        Assert.Equal(["README.md(3,35): warning CW0801"], Check("# T\n\n<table><tr><th>A</th></tr><tr><td><img src=\"a.png\"></td></tr></table>\n"));
    }

    // CW0807: embeds

    [Fact]
    public void Embed_without_caption_is_reported()
    {
        Assert.Equal(["README.md(3,1): warning CW0807"], Check("# T\n\n{% embed url=\"https://www.youtube.com/watch?v=abc\" %}\n"));
        Assert.Equal(["README.md(3,1): warning CW0807"], Check("# T\n\n{% embed url=\"https://vimeo.com/1\" %}\n\n{% endembed %}\n"));
        Assert.Equal("embedded content 'https://vimeo.com/1' has no title", Diagnostics("# T\n\n{% embed url=\"https://vimeo.com/1\" %}\n").Single().Message);
    }

    [Fact]
    public void Embed_with_a_caption_body_or_attribute_is_fine()
    {
        Assert.Empty(Check("# T\n\n{% embed url=\"https://vimeo.com/1\" %}\nPrésentation du service en une minute\n{% endembed %}\n"));
        Assert.Empty(Check("# T\n\n{% embed url=\"https://vimeo.com/1\" caption=\"Présentation du service\" %}\n"));
    }

    // CW0808: colour-only highlights

    [Fact]
    public void Coloured_highlight_without_other_signal_is_reported()
    {
        Assert.Equal(["README.md(3,8): warning CW0808"], Check("# T\n\nLe mot <mark style=\"color:red;\">interdit</mark> est rouge.\n"));
        Assert.Equal(["README.md(3,1): warning CW0808"], Check("# T\n\n<mark style=\"color:$primary;background-color:$success\">Validé</mark>\n"));
        Assert.Equal(
            "highlight 'interdit' gives its meaning by colour alone (color:red)",
            Diagnostics("# T\n\nLe mot <mark style=\"color:red;\">interdit</mark>.\n").Single().Message);
    }

    [Fact]
    public void Highlight_with_bold_or_italic_or_without_colour_is_fine()
    {
        Assert.Empty(Check("# T\n\nLe mot <mark style=\"color:red;\">**interdit**</mark>, **<mark style=\"color:red\">refusé</mark>**, *<mark style=\"background:#ff0\">accepté</mark>*.\n"));
        Assert.Empty(Check("# T\n\nUn <mark>surlignage</mark> simple et <mark style=\"font-weight:bold\">un style</mark> sans couleur.\n"));
        Assert.Empty(Check("# T\n\nVide : <mark style=\"color:red\"></mark>.\n"));
    }

    [Fact]
    public void Highlights_in_card_titles_are_fine_but_not_in_card_text()
    {
        const string Cards = "<table data-view=\"cards\"><thead><tr><th></th><th></th><th data-hidden data-card-target data-type=\"content-ref\"></th></tr></thead>"
            + "<tbody><tr><td><mark style=\"color:blue;\">Créer une liste</mark></td><td>Le texte <mark style=\"color:red\">interdit</mark></td><td><a href=\"https://example.org\">site</a></td></tr></tbody></table>";
        var found = Diagnostics("# T\n\n" + Cards + "\n").Where(d => d.Code == "CW0808").Select(d => d.Message).ToList();
        Assert.Equal(["highlight 'interdit' gives its meaning by colour alone (color:red)"], found);
    }

    [Fact]
    public void Highlights_in_figure_captions_are_seen()
    {
        Assert.Equal(
            ["README.md(3,1): warning CW0808"],
            Check("# T\n\n<figure><img src=\"a.png\" alt=\"Plan\"><figcaption><p><mark style=\"color:red\">Zone interdite</mark></p></figcaption></figure>\n"));
    }

    // Modes

    [Fact]
    public void Strict_makes_every_check_an_error_and_off_runs_none()
    {
        const string Page = "# T\n\n![](a.png)\n\n#### Bas\n\n[ici](https://example.org)\n";
        Assert.Equal(
            ["README.md(3,1): warning CW0801", "README.md(5,1): warning CW0805", "README.md(7,1): warning CW0804"],
            Check(Page));
        Assert.Equal(
            ["README.md(3,1): error CW0801", "README.md(5,1): error CW0805", "README.md(7,1): error CW0804"],
            Check(Page, AccessibilityMode.Strict));
        Assert.Empty(Check(Page, AccessibilityMode.Off));
    }

    [Fact]
    public void Every_accessibility_code_is_a_warning_with_a_fix_in_the_08xx_range()
    {
        var codes = DiagnosticCodes.All.Where(d => d.Code.StartsWith("CW08", StringComparison.Ordinal)).ToList();
        Assert.Equal(["CW0801", "CW0802", "CW0803", "CW0804", "CW0805", "CW0806", "CW0807", "CW0808"], codes.Select(d => d.Code));
        Assert.All(codes, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(codes, d => Assert.EndsWith(".", d.Fix));
    }
}
