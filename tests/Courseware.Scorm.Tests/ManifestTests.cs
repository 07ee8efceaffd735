using System.Xml.Linq;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Xunit;

namespace Courseware.Scorm.Tests;

public sealed class ManifestTests
{
    private static readonly XNamespace Cp12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static readonly XNamespace Cp2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static readonly XNamespace Adlcp12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    private static readonly XNamespace Imsss = "http://www.imsglobal.org/xsd/imsss";

    public static TheoryData<ScormVersion, ScoLayout> Variants => new()
    {
        { ScormVersion.Scorm12, ScoLayout.PerPage },
        { ScormVersion.Scorm12, ScoLayout.Single },
        { ScormVersion.Scorm2004, ScoLayout.PerPage },
        { ScormVersion.Scorm2004, ScoLayout.Single },
    };

    [SkippableTheory]
    [MemberData(nameof(Variants))]
    public void Manifest_validates_against_the_official_schemas(ScormVersion version, ScoLayout sco)
    {
        var schemas = SchemaValidator.SchemaDirectory();
        Skip.If(schemas is null, SchemaValidator.MissingReason);
        var package = ScormPackage.Export(SampleCourse.Create(), version, new ExportOptions { Sco = sco });

        var errors = SchemaValidator.Validate(package.Files["imsmanifest.xml"], version == ScormVersion.Scorm12, schemas!);

        Assert.Empty(errors);
    }

    [SkippableTheory]
    [MemberData(nameof(Variants))]
    public void Titles_longer_than_200_characters_are_shortened_and_stay_schema_valid(ScormVersion version, ScoLayout sco)
    {
        var schemas = SchemaValidator.SchemaDirectory();
        Skip.If(schemas is null, SchemaValidator.MissingReason);
        var longTitle = "🎯 Valider sa proposition de valeur " + new string('#', 180) + " et sa stratégie de déploiement";
        var package = ScormPackage.Export(SampleCourse.Create((b, root) => b.AddPage("long.md", longTitle, "# " + longTitle + "\n\nTexte.\n", root)), version, new ExportOptions { Sco = sco });

        var manifest = System.Text.Encoding.UTF8.GetString(package.Files["imsmanifest.xml"]);
        Assert.Empty(SchemaValidator.Validate(package.Files["imsmanifest.xml"], version == ScormVersion.Scorm12, schemas!));
        if (sco == ScoLayout.PerPage)
        {
            var title = System.Text.RegularExpressions.Regex.Match(manifest, "<title>(🎯 Valider[^<]*)</title>").Groups[1].Value;
            Assert.Equal(200, title.Length);
            Assert.EndsWith("…", title, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Schema_validation_rejects_a_broken_manifest()
    {
        var schemas = SchemaValidator.SchemaDirectory();
        Skip.If(schemas is null, SchemaValidator.MissingReason);
        var package = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm2004);
        var broken = package.Text("imsmanifest.xml").Replace("adlcp:scormType=\"sco\"", "adlcp:scormType=\"lesson\"", StringComparison.Ordinal);

        var errors = SchemaValidator.Validate(System.Text.Encoding.UTF8.GetBytes(broken), false, schemas!);

        Assert.NotEmpty(errors);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12, "1.2")]
    [InlineData(ScormVersion.Scorm2004, "2004 4th Edition")]
    public void Metadata_names_the_scorm_version(ScormVersion version, string schemaVersion)
    {
        var manifest = ScormPackage.Export(SampleCourse.Create(), version).Manifest;
        var cp = version == ScormVersion.Scorm12 ? Cp12 : Cp2004;

        Assert.Equal("ADL SCORM", manifest.Root!.Element(cp + "metadata")!.Element(cp + "schema")!.Value);
        Assert.Equal(schemaVersion, manifest.Root!.Element(cp + "metadata")!.Element(cp + "schemaversion")!.Value);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_file_is_declared_and_every_declared_file_exists(ScormVersion version, ScoLayout sco)
    {
        var package = ScormPackage.Export(SampleCourse.Create(), version, new ExportOptions { Sco = sco });
        var cp = version == ScormVersion.Scorm12 ? Cp12 : Cp2004;

        var declared = package.Manifest.Descendants(cp + "file").Select(f => f.Attribute("href")!.Value).ToList();
        var contents = package.Entries.Where(e => e != "imsmanifest.xml").ToList();

        Assert.Equal(contents.Order(StringComparer.Ordinal), declared.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(declared.Count, declared.Distinct().Count());
        Assert.All(package.Entries, e =>
        {
            Assert.DoesNotContain("..", e, StringComparison.Ordinal);
            Assert.DoesNotContain('\\', e);
            Assert.False(e.StartsWith('/'), e);
        });
        Assert.Contains("shared/assets/logo-equipe.png", package.Entries);
        Assert.Contains("shared/assets/guide.pdf", package.Entries);
    }

    [Theory]
    [InlineData(ScormVersion.Scorm12)]
    [InlineData(ScormVersion.Scorm2004)]
    public void Organization_follows_the_content_ref_tree_with_page_titles(ScormVersion version)
    {
        var package = ScormPackage.Export(SampleCourse.Create(), version);
        var cp = version == ScormVersion.Scorm12 ? Cp12 : Cp2004;
        var organization = package.Manifest.Descendants(cp + "organization").Single();

        var top = organization.Elements(cp + "item").Select(i => (Id: i.Attribute("identifier")!.Value, Title: i.Element(cp + "title")!.Value)).ToList();
        Assert.Equal(
            [("ITEM-README", "Formation aux données publiques"), ("CLUSTER-chapitre-1-README", "Chapitre 1 : les principes"), ("ITEM-quiz", "Évaluation")],
            top);
        var cluster = organization.Elements(cp + "item").Single(i => i.Attribute("identifier")!.Value == "CLUSTER-chapitre-1-README");
        Assert.Null(cluster.Attribute("identifierref"));
        Assert.Equal(["ITEM-chapitre-1-README", "ITEM-chapitre-1-section"], cluster.Elements(cp + "item").Select(i => i.Attribute("identifier")!.Value));

        var ids = package.Manifest.Descendants().Select(e => e.Attribute("identifier")?.Value).OfType<string>().ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var resources = package.Manifest.Descendants(cp + "resource").Select(r => r.Attribute("identifier")!.Value).ToHashSet();
        Assert.All(organization.Descendants(cp + "item").Select(i => i.Attribute("identifierref")?.Value).OfType<string>(), r => Assert.Contains(r, resources));
    }

    [Fact]
    public void Identifiers_stay_the_same_when_the_course_is_edited()
    {
        var before = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm2004).Manifest;
        var after = ScormPackage.Export(SampleCourse.Create((b, root) => b.AddPage("annexe.md", "Annexe", "# Annexe", root)), ScormVersion.Scorm2004).Manifest;
        static IEnumerable<string> Ids(XDocument d) => d.Descendants(Cp2004 + "item").Select(i => i.Attribute("identifier")!.Value);

        Assert.Equal(before.Root!.Attribute("identifier")!.Value, after.Root!.Attribute("identifier")!.Value);
        Assert.Equal("MANIFEST-formation-donnees", before.Root!.Attribute("identifier")!.Value);
        Assert.Subset(Ids(after).ToHashSet(), Ids(before).ToHashSet());
        Assert.Contains("ITEM-annexe", Ids(after));
    }

    [Fact]
    public void Scorm12_quiz_sco_carries_the_mastery_score()
    {
        var manifest = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12).Manifest;
        var items = manifest.Descendants(Cp12 + "item").ToDictionary(i => i.Attribute("identifier")!.Value);

        Assert.Equal("80", items["ITEM-quiz"].Element(Adlcp12 + "masteryscore")!.Value);
        Assert.Null(items["ITEM-README"].Element(Adlcp12 + "masteryscore"));
        Assert.Equal("sco", manifest.Descendants(Cp12 + "resource").First().Attribute(Adlcp12 + "scormtype")!.Value);
    }

    [Fact]
    public void Scorm2004_quiz_sco_is_satisfied_by_measure_from_the_pass_mark()
    {
        var manifest = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm2004).Manifest;
        var quizItem = manifest.Descendants(Cp2004 + "item").Single(i => i.Attribute("identifier")!.Value == "ITEM-quiz");
        var primary = quizItem.Descendants(Imsss + "primaryObjective").Single();

        Assert.Equal("true", primary.Attribute("satisfiedByMeasure")!.Value);
        Assert.Equal("0.8", primary.Element(Imsss + "minNormalizedMeasure")!.Value);
        var control = manifest.Descendants(Cp2004 + "organization").Single().Element(Imsss + "sequencing")!.Element(Imsss + "controlMode")!;
        Assert.Equal("true", control.Attribute("choice")!.Value);
        Assert.Equal("true", control.Attribute("flow")!.Value);
    }

    [Fact]
    public void Single_layout_has_one_sco_launching_the_whole_course()
    {
        var package = ScormPackage.Export(SampleCourse.Create(), ScormVersion.Scorm12, new ExportOptions { Sco = ScoLayout.Single });
        var scos = package.Manifest.Descendants(Cp12 + "resource").Where(r => r.Attribute(Adlcp12 + "scormtype")!.Value == "sco").ToList();

        Assert.Single(scos);
        Assert.Equal("index.html", scos[0].Attribute("href")!.Value);
        Assert.DoesNotContain(package.Entries, e => e.StartsWith("pages/", StringComparison.Ordinal));
    }
}
