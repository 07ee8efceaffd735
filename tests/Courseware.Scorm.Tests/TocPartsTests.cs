using System.Text.RegularExpressions;
using System.Xml.Linq;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Xunit;

namespace Courseware.Scorm.Tests;

/// <summary>The navigation of a package follows SUMMARY.md as GitBook's sidebar does: entry titles, pages grouped under their parts.</summary>
public sealed class TocPartsTests
{
    public static TheoryData<ScormVersion> Versions => new() { ScormVersion.Scorm12, ScormVersion.Scorm2004 };

    [Theory]
    [MemberData(nameof(Versions))]
    public void Manifest_items_carry_the_summary_titles_and_each_part_is_a_cluster_of_its_pages(ScormVersion version)
    {
        var package = ScormPackage.Export(RealCourse.FromFiles(PartsCourse.Files()), version);
        XNamespace cp = version == ScormVersion.Scorm12 ? "http://www.imsproject.org/xsd/imscp_rootv1p1p2" : "http://www.imsglobal.org/xsd/imscp_v1p1";
        var organization = package.Manifest.Descendants(cp + "organization").Single();

        string Outline(XElement item) =>
            item.Element(cp + "title")!.Value
            + (item.Attribute("identifierref") is null ? "[" + string.Join(" | ", item.Elements(cp + "item").Select(Outline)) + "]" : string.Empty);

        Assert.Equal(
            [
                "Avant de commencer[Bienvenue au jardin | Outils du jardinier]",
                "Au potager[Semer les tomates[Semer les tomates | Arroser sans excès] | Récolter]",
            ],
            organization.Elements(cp + "item").Select(Outline));
        var parts = organization.Elements(cp + "item").ToList();
        Assert.All(parts, p => Assert.StartsWith("PART-", p.Attribute("identifier")!.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(organization.Descendants(cp + "item"), i => i.Element(cp + "title")!.Value == "Le jardin partagé du quartier");
    }

    [SkippableTheory]
    [MemberData(nameof(ManifestTests.Variants), MemberType = typeof(ManifestTests))]
    public void A_manifest_with_parts_validates_against_the_official_schemas(ScormVersion version, ScoLayout sco)
    {
        var schemas = SchemaValidator.SchemaDirectory();
        Skip.If(schemas is null, SchemaValidator.MissingReason);
        var package = ScormPackage.Export(RealCourse.FromFiles(PartsCourse.Files()), version, new ExportOptions { Sco = sco });

        Assert.Empty(SchemaValidator.Validate(package.Files["imsmanifest.xml"], version == ScormVersion.Scorm12, schemas!));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void The_single_sco_menu_groups_links_under_part_labels_and_pages_keep_their_own_headings(ScormVersion version)
    {
        var package = ScormPackage.Export(RealCourse.FromFiles(PartsCourse.Files()), version, new ExportOptions { Sco = ScoLayout.Single });
        var html = package.Text(PackageLayout.SingleScoFile);
        var nav = Regex.Match(html, "<nav class=\"cw-toc\".*?</nav>", RegexOptions.Singleline).Value;

        // Labels and links in document order: a part label is a heading, not a link.
        var items = Regex.Matches(nav, "<h3 class=\"cw-toc-part\" id=\"([^\"]+)\">([^<]+)</h3>|<a [^>]*>([^<]+)</a>")
            .Select(m => m.Groups[2].Success ? "# " + m.Groups[2].Value : m.Groups[3].Value);
        Assert.Equal(["# Avant de commencer", "Bienvenue au jardin", "Outils du jardinier", "# Au potager", "Semer les tomates", "Arroser sans excès", "Récolter"], items);
        Assert.Contains("<h3 class=\"cw-toc-part\" id=\"toc-part-2\">Au potager</h3><ol aria-labelledby=\"toc-part-2\"><li><a", nav, StringComparison.Ordinal);
        Assert.Matches("<li><a [^>]*>Semer les tomates</a><ol><li><a [^>]*>Arroser sans excès</a></li></ol></li>", nav);

        var headings = Regex.Matches(html, "<h1 id=\"[^\"]+-title\">([^<]+)</h1>").Select(m => m.Groups[1].Value);
        Assert.Equal(["Le jardin partagé du quartier", "Les outils de base", "Semis de tomates en godets", "Arrosage des jeunes plants", "La récolte en été"], headings);
    }

    [Fact]
    public void The_pager_names_the_next_page_by_its_summary_title()
    {
        var package = ScormPackage.Export(RealCourse.FromFiles(PartsCourse.Files()), ScormVersion.Scorm2004);
        var first = package.Text(package.Entries.Single(e => e.StartsWith("pages/", StringComparison.Ordinal) && e.Contains("readme", StringComparison.OrdinalIgnoreCase)));

        Assert.Contains("<span class=\"cw-visually-hidden\"> : Outils du jardinier</span>", first, StringComparison.Ordinal);
        Assert.Contains("<h1 id=\"", first, StringComparison.Ordinal);
        Assert.Contains(">Le jardin partagé du quartier</h1>", first, StringComparison.Ordinal);
    }
}
