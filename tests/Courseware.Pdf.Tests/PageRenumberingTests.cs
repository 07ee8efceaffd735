using Courseware.Export;
using Courseware.Graphics;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Courseware.Pdf.Rendering;
using Courseware.Pdf.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;

namespace Courseware.Pdf.Tests;

public class PageRenumberingTests
{
    [Fact]
    public void A_recording_prints_new_page_numbers_of_the_same_length_in_its_texts_and_link_descriptions()
    {
        var link = new LinkTarget.Internal("page:b.md");
        var style = new TextStyle(10) { Link = link };
        RecordingCanvas Record() => LayoutTestKit.Paginate(new TextBlockElement(
            [new TextRun("Voir la suite ", new TextStyle(10)), new TextRun("(page 07)", style) { PageNumber = new PageNumberSpan(6, 2, "page:b.md") }],
            LayoutTestKit.Shaper()));

        var recording = Record();
        Assert.True(recording.RenumberPages(name => name == "page:b.md" ? 42 : null));
        var text = Assert.Single(recording.Pages[0].Texts, t => t.Text.Contains("page", StringComparison.Ordinal));
        Assert.Equal("(page 42)", text.Text);
        Assert.Equal("(page 42)", recording.Pages[0].Commands.OfType<BeginLinkCommand>().Single().Description);

        // A number with another count of digits would change the layout: nothing is changed.
        var longer = Record();
        Assert.False(longer.RenumberPages(_ => 123));
        Assert.Contains(longer.Pages[0].Texts, t => t.Text == "(page 07)");
        Assert.Equal("(page 07)", longer.Pages[0].Commands.OfType<BeginLinkCommand>().Single().Description);
    }

    [Theory]
    [InlineData(Edition.Learner)]
    [InlineData(Edition.Trainer)]
    public void Printing_page_numbers_in_place_gives_the_layout_another_pass_would_give(Edition edition)
    {
        var course = CrossReferencedCourse();
        var context = new ExportContext { Output = new MemoryOutputSink(), Options = new ExportOptions() };
        var scope = new HandoutScope(course.Title, null, IncludeRoot: true, course.Root.Children.ToList());

        var inPlace = new HandoutComposer(course, context, edition, LayoutTestKit.FontSet);
        var inPlaceHandout = inPlace.Compose(scope);
        var laidOutAgain = new HandoutComposer(course, context, edition, LayoutTestKit.FontSet) { RenumberInPlace = false };
        var laidOutAgainHandout = laidOutAgain.Compose(scope);

        Assert.True(inPlace.RenumberedInPlace);
        Assert.True(inPlace.Passes < laidOutAgain.Passes, $"{inPlace.Passes} passes in place, {laidOutAgain.Passes} laid out again");
        Assert.Equal(laidOutAgainHandout.Recording.Pages.Count, inPlaceHandout.Recording.Pages.Count);
        for (var i = 0; i < inPlaceHandout.Recording.Pages.Count; i++)
        {
            Assert.Equal(laidOutAgainHandout.Recording.Pages[i].Commands, inPlaceHandout.Recording.Pages[i].Commands);
        }

        // The numbers printed are where the references land.
        var destinations = inPlaceHandout.Recording.Destinations;
        var second = destinations["page:p02.md"].PageIndex + 1;
        Assert.Contains(inPlaceHandout.Recording.Pages.SelectMany(p => p.Texts), t => t.Text.EndsWith($" {second})", StringComparison.Ordinal));
        Assert.DoesNotContain(inPlaceHandout.Recording.Pages.SelectMany(p => p.Texts), t => t.Text.EndsWith(" 00)", StringComparison.Ordinal));
    }

    /// <summary>A chapter of thirty parts whose paragraphs refer to the first parts, so page numbers shorter than the first pass's "00" move text.</summary>
    private static Course CrossReferencedCourse()
    {
        var b = new TestCourseBuilder("Renvois", "fr-FR");
        var chapter = b.AddPage(b.Root, "chapitre.md", "Chapitre", "# Chapitre\n\nUn seul chapitre : ses parties se suivent sans saut de page.\n");
        var pages = new List<Page>();
        for (var i = 1; i <= 30; i++)
        {
            // References to the first two parts, printed on single-digit pages: shorter than "00", so text moves up.
            var links = string.Join(" ", Enumerable.Range(0, 12 + (i % 7)).Select(k => $"Lire [la partie {(k % 2) + 1}](p{(k % 2) + 1:00}.md) puis continuer."));
            var quiz = i % 5 == 0 ? "\n\n::: quiz\n:::\n" : string.Empty;
            pages.Add(b.AddPage(chapter, $"p{i:00}.md", $"Partie {i}", $"# Partie {i}\n\n{links}\n\n{LayoutTestKit.Words(200, "mot")}\n{quiz}"));
        }

        foreach (var page in pages)
        {
            foreach (var link in page.Document.Descendants<LinkInline>())
            {
                var target = pages.Single(p => p.Path == link.Url);
                TestCourseBuilder.Resolve(link, new ResolvedLink(LinkTargetKind.Page, link.Url!, Page: target));
            }
        }

        return b.Build();
    }
}
