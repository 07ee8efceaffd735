using Courseware.Export;
using Courseware.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using Xunit;
using static Courseware.Pdf.Tests.PdfReading;

namespace Courseware.Pdf.Tests;

/// <summary>The structure tree read back from the handouts: links are Link elements tied to their annotations, figures have alternative text (PDF/UA).</summary>
public class TaggedStructureTests(PdfExportFixture fixture) : IClassFixture<PdfExportFixture>
{
    public static TheoryData<string> Editions() => ["learner", "trainer"];

    private byte[] Pdf(string edition) => edition == "trainer" ? fixture.Trainer : fixture.Learner;

    [Theory]
    [MemberData(nameof(Editions))]
    public void Every_link_annotation_belongs_to_a_Link_structure_element_through_the_parent_tree(string edition)
    {
        using var document = PdfDocument.Open(Pdf(edition));
        var parentTree = ParentTree(document);
        var internalLinks = 0;
        var externalLinks = 0;
        foreach (var page in document.GetPages())
        {
            var annotations = page.GetAnnotations().ToList();
            if (annotations.Count > 0)
            {
                // Pages with annotations take their tab order from the structure.
                Assert.True(page.Dictionary.TryGet(NameToken.Create("Tabs"), out NameToken tabs) && tabs.Data == "S", $"page {page.Number}: no /Tabs /S");
            }

            foreach (var annotation in annotations)
            {
                var dictionary = annotation.AnnotationDictionary;
                Assert.True(dictionary.TryGet(NameToken.Create("StructParent"), out NumericToken key), $"page {page.Number}: a link annotation without /StructParent");
                Assert.True(parentTree.TryGetValue(key.Int, out var element), $"page {page.Number}: /StructParent {key.Int} is not in the parent tree");
                var link = Resolve<DictionaryToken>(document, element);
                Assert.Equal("Link", Resolve<NameToken>(document, link.Data["S"]).Data);

                // The Link element refers back to this very annotation with an object reference (OBJR).
                var kids = Resolve<ArrayToken>(document, link.Data["K"]).Data.Select(k => Resolve<IToken>(document, k)).OfType<DictionaryToken>().ToList();
                var objr = Assert.Single(kids, k => k.TryGet(NameToken.Create("Type"), out NameToken type) && type.Data == "OBJR");
                var target = Resolve<DictionaryToken>(document, objr.Data["Obj"]);
                Assert.True(target.TryGet(NameToken.Create("StructParent"), out NumericToken back) && back.Int == key.Int);

                // The link's text is content of the Link element, and the annotation says what it is.
                Assert.Contains(kids.Concat<IToken>(Resolve<ArrayToken>(document, link.Data["K"]).Data), k => k is NumericToken || (k is DictionaryToken d && d.ContainsKey(NameToken.Create("MCID"))));
                Assert.False(string.IsNullOrWhiteSpace(annotation.Content), $"page {page.Number}: a link annotation without /Contents");
                if (dictionary.ContainsKey(NameToken.Create("Dest")))
                {
                    internalLinks++;
                }
                else
                {
                    externalLinks++;
                }
            }
        }

        Assert.True(internalLinks > 10, $"{internalLinks} internal links");
        Assert.True(externalLinks > 0, $"{externalLinks} external links");
    }

    [Fact]
    public void Pdfinfo_shows_each_link_as_a_Link_element_with_its_annotation()
    {
        var path = TempFile(fixture.Learner);
        try
        {
            var (code, structure) = Run("pdfinfo", "-struct", path);
            Assert.Equal(0, code);
            var lines = structure.Split('\n');
            var links = lines.Select((line, index) => (line, index)).Where(l => l.line.Trim() == "Link (inline)").ToList();
            using var document = PdfDocument.Open(fixture.Learner);
            Assert.Equal(document.GetPages().Sum(p => p.GetAnnotations().Count()), links.Count);
            Assert.All(links, l => Assert.Matches(@"^\s+Object \d+ 0$", lines[l.index + 1]));
            Assert.All(links, l => Assert.True(lines[l.index - 1].Length > 0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Images_with_alternative_text_are_figures_and_images_without_are_artifacts()
    {
        var b = new TestCourseBuilder("Images", "en-GB");
        var page = b.AddPage(b.Root, "images.md", "Images", """
            # Images

            ![A bar chart of sales](chart.png)

            ![](divider.png)
            """);
        var assets = new Dictionary<string, Asset>
        {
            ["chart.png"] = b.AddImage("chart.png", TestCourseBuilder.Png(40, 20)),
            ["divider.png"] = b.AddImage("divider.png", TestCourseBuilder.Png(60, 4)),
        };
        foreach (var image in page.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            TestCourseBuilder.Resolve(image, new ResolvedLink(LinkTargetKind.Asset, image.Url!, Asset: assets[image.Url!]));
        }

        var sink = new MemoryOutputSink();
        new PdfExporter().Export(b.Build(), new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } });
        var pdf = sink.Files.Values.Single();

        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal(2, document.GetPages().Sum(p => p.GetImages().Count()));
        }

        var path = TempFile(pdf);
        try
        {
            var (_, structure) = Run("pdfinfo", "-struct", path);
            Assert.Single(structure.Split('\n'), l => l.Trim().StartsWith("Figure", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }

        var raw = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Matches(@"/Alt\s*\(A bar chart of sales\)", raw);
        Assert.DoesNotMatch(@"/Alt\s*\(\)", raw);
    }

    /// <summary>The structure parent tree: key → structure element (or array of them for a page).</summary>
    private static Dictionary<int, IToken> ParentTree(PdfDocument document)
    {
        var root = Resolve<DictionaryToken>(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var tree = Resolve<DictionaryToken>(document, root.Data["ParentTree"]);
        var nums = Resolve<ArrayToken>(document, tree.Data["Nums"]).Data;
        var map = new Dictionary<int, IToken>();
        for (var i = 0; i + 1 < nums.Count; i += 2)
        {
            map.Add(Resolve<NumericToken>(document, nums[i]).Int, nums[i + 1]);
        }

        return map;
    }

    private static T Resolve<T>(PdfDocument document, IToken token)
        where T : IToken =>
        (T)(token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token);
}
