using System.Text.RegularExpressions;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Xunit;

namespace Courseware.Scorm.Tests;

/// <summary>GitBook's <c>{% columns %}</c> in the package's pages (a flex row whose columns grow in the page's shares), and other markup met in real spaces.</summary>
public sealed class RealSpaceMarkupTests
{
    private static ScormPackage Package() => ScormPackage.Export(
        RealCourse.FromFiles(new Dictionary<string, string>
        {
            ["README.md"] = "# Application\n\n{% columns %}\n{% column width=\"33.33333333333333%\" %}\nGauche\n{% endcolumn %}\n\n"
                + "{% column width=\"66.66666666666667%\" %}\n### Droite\n\nTexte de droite.\n{% endcolumn %}\n{% endcolumns %}\n\n{% columns %}\n{% column %}\nUn\n{% endcolumn %}\n{% column %}\nDeux\n{% endcolumn %}\n{% endcolumns %}\n",
        }),
        ScormVersion.Scorm12);

    [Fact]
    public void Columns_are_a_row_of_divs_growing_in_the_written_shares()
    {
        var package = Package();
        var html = package.Text(package.Entries.Single(e => e.StartsWith("pages/", StringComparison.Ordinal) && e.EndsWith(".html", StringComparison.Ordinal)));

        Assert.Contains("<div class=\"cw-column\" style=\"flex-grow: 33.33\">\n<p>Gauche</p>\n</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"cw-column\" style=\"flex-grow: 66.67\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "style=\"flex-grow: 50\"").Count);
        Assert.Equal(2, Regex.Matches(html, "<div class=\"cw-columns\">").Count);
        Assert.Matches("<h3[^>]*>Droite</h3>", html);
        Assert.DoesNotContain("{%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stylesheet_lays_columns_out_in_a_row_that_stacks_on_small_screens()
    {
        var package = Package();
        var css = package.Text(package.Entries.Single(e => e.EndsWith("courseware.css", StringComparison.Ordinal)));

        Assert.Matches(@"\.cw-columns \{[^}]*display: flex", css);
        Assert.Matches(@"\.cw-column \{[^}]*flex: 1 1 0", css);
        Assert.Matches(@"@media \(max-width: 30rem\) \{\s*\.cw-columns \{ flex-direction: column; \}", css);
    }

    [Fact]
    public void A_placeholder_written_like_a_tag_is_shown_as_text_not_sanitised_away()
    {
        var package = ScormPackage.Export(
            RealCourse.FromFiles(new Dictionary<string, string> { ["README.md"] = "# Export\n\nUne colonne **<sans titre>**, des copies \"fichier-<n>.csv\" et un <kbd>Tab</kbd>.\n" }),
            ScormVersion.Scorm12);
        var html = package.Text(package.Entries.Single(e => e.StartsWith("pages/", StringComparison.Ordinal) && e.EndsWith(".html", StringComparison.Ordinal)));

        Assert.Contains("<strong>&lt;sans titre&gt;</strong>", html, StringComparison.Ordinal);
        Assert.Contains("fichier-&lt;n&gt;.csv", html, StringComparison.Ordinal);
        Assert.Contains("<kbd>Tab</kbd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(package.Diagnostics, d => d.Code == "CW0501");
    }
}
