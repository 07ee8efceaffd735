using System.Xml.Linq;
using Courseware.Export;
using Courseware.Scorm.Packaging;
using Courseware.Scorm.Tests.Support;
using Xunit;

namespace Courseware.Scorm.Tests;

/// <summary>The repository's sample course, read by the real loader, exported in both versions and both layouts.</summary>
public sealed class SampleCourseTests
{
    private static readonly XNamespace Cp12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static readonly XNamespace Cp2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";

    public static TheoryData<ScormVersion, ScoLayout> Variants => ManifestTests.Variants;

    [SkippableTheory]
    [MemberData(nameof(Variants))]
    public void Sample_course_manifest_validates(ScormVersion version, ScoLayout sco)
    {
        var schemas = SchemaValidator.SchemaDirectory();
        Skip.If(schemas is null, SchemaValidator.MissingReason);
        var package = ScormPackage.Export(RealCourse.Sample(), version, new ExportOptions { Sco = sco });

        Assert.Empty(SchemaValidator.Validate(package.Files["imsmanifest.xml"], version == ScormVersion.Scorm12, schemas!));
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Sample_course_package_declares_every_file_and_follows_the_page_order(ScormVersion version, ScoLayout sco)
    {
        var course = RealCourse.Sample();
        var package = ScormPackage.Export(course, version, new ExportOptions { Sco = sco });
        var cp = version == ScormVersion.Scorm12 ? Cp12 : Cp2004;
        var manifest = package.Manifest;

        var declared = manifest.Descendants(cp + "file").Select(f => f.Attribute("href")!.Value).Order(StringComparer.Ordinal);
        Assert.Equal(package.Entries.Where(e => e != "imsmanifest.xml").Order(StringComparer.Ordinal), declared);
        Assert.All(course.Assets.Where(a => a.Exists), a => Assert.Contains(package.Entries, e => e.StartsWith("shared/assets/", StringComparison.Ordinal)));
        Assert.DoesNotContain(package.Diagnostics, d => d.Severity == Courseware.Diagnostics.DiagnosticSeverity.Error);
        if (sco == ScoLayout.PerPage)
        {
            var items = manifest.Descendants(cp + "item").Where(i => i.Attribute("identifierref") is not null).Select(i => i.Element(cp + "title")!.Value).ToList();
            Assert.Equal(course.Pages.Select(p => p.Title), items);
            Assert.Equal(course.Pages.Count, package.Entries.Count(e => e.StartsWith("pages/", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Sample_course_quizzes_become_mastery_scores_and_forms()
    {
        var course = RealCourse.Sample();
        var package = ScormPackage.Export(course, ScormVersion.Scorm12);
        var quizPages = course.Pages.Where(p => p.Quizzes.Count > 0).ToList();

        Assert.NotEmpty(quizPages);
        var masteries = package.Manifest.Descendants(XNamespace.Get("http://www.adlnet.org/xsd/adlcp_rootv1p2") + "masteryscore").Count();
        Assert.Equal(quizPages.Count(p => p.Quizzes.Any(q => q.Questions.Any(x => x.Type is not Courseware.Quizzes.QuestionType.Description and not Courseware.Quizzes.QuestionType.Essay))), masteries);
        foreach (var page in quizPages)
        {
            var html = package.Files.First(f => f.Key.StartsWith("pages/", StringComparison.Ordinal) && package.Text(f.Key).Contains($"data-cw-item=\"{new PackageLayout(course, ScormVersion.Scorm12, ScoLayout.PerPage)[page].ItemId}\"", StringComparison.Ordinal)).Key;
            Assert.Equal(page.Quizzes.Count, System.Text.RegularExpressions.Regex.Count(package.Text(html), "<form class=\"cw-quiz-form\""));
        }
    }

    [Fact]
    public void Sample_course_exports_byte_identical_twice()
    {
        Assert.Equal(ScormPackage.Export(RealCourse.Sample(), ScormVersion.Scorm2004).Zip, ScormPackage.Export(RealCourse.Sample(), ScormVersion.Scorm2004).Zip);
    }
}
