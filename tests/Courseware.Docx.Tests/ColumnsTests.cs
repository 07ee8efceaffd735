using System.IO.Abstractions.TestingHelpers;
using Courseware.Loading;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using static Courseware.Docx.Tests.DocxTestSupport;

namespace Courseware.Docx.Tests;

/// <summary>GitBook's <c>{% columns %}</c> in the Word document: the columns' content one after the other, no tag left.</summary>
public class ColumnsTests
{
    [Fact]
    public void Columns_content_follows_in_order_without_tags()
    {
        var fs = new MockFileSystem();
        fs.AddFile("/c/README.md", new MockFileData(
            "# Application\n\n{% columns %}\n{% column width=\"33.33333333333333%\" %}\nGauche\n{% endcolumn %}\n\n"
            + "{% column width=\"66.66666666666667%\" %}\n### Droite\n\n* Point un\n{% endcolumn %}\n{% endcolumns %}\n\nAprès\n"));
        var course = CourseLoader.Load(fs, "/c");
        var (sink, _) = RunExport(course);
        using var doc = Open(sink.Files.First(f => !f.Key.EndsWith("-trainer.docx", StringComparison.Ordinal)).Value);

        var paragraphs = Body(doc).Descendants<Paragraph>().Select(p => (Text: p.InnerText, Style: StyleOf(p))).Where(p => p.Text.Length > 0).ToList();
        var texts = paragraphs.Select(p => p.Text).ToList();
        var order = new[] { "Gauche", "Droite", "Point un", "Après" }.Select(t => texts.IndexOf(t)).ToList();
        Assert.All(order, i => Assert.True(i >= 0, string.Join(" | ", texts)));
        Assert.Equal(order.Order(), order);
        Assert.StartsWith("Heading", paragraphs[order[1]].Style, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", AllText(doc), StringComparison.Ordinal);
        Assert.DoesNotContain(course.Diagnostics, d => d.Code == "CW0201");
    }
}
