using Courseware.Export;
using Courseware.Model;
using Courseware.Pdf.Layout;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Xunit;
using static Courseware.Pdf.Tests.LayoutTestKit;
using static Courseware.Pdf.Tests.PdfReading;

namespace Courseware.Pdf.Tests;

/// <summary>
/// Lists in the tagged handout, read back from the structure tree: L > LI > Lbl + LBody (PDF/UA), in the order of the
/// Markdown, with the ListNumbering attribute, and one element for an item or a paragraph that a page breaks.
/// </summary>
public class ListStructureTests(PdfExportFixture fixture) : IClassFixture<PdfExportFixture>
{
    private const string Lists = """
        # Listes

        Avant les listes.

        - premier point
        - deuxième point **en gras**
          - imbriqué un
          - imbriqué deux
        - troisième point

        Entre deux listes.

        3. trois
        4. quatre

        Et des tâches.

        - [ ] à faire
        - [x] fait

        Et du code.

        - un exemple :

          ```
          var x = 1;
          ```
        """;

    [Fact]
    public void Each_list_is_an_L_of_LI_elements_each_with_its_marker_as_Lbl_and_its_content_as_LBody()
    {
        var tree = StructureOf(Export(Lists));
        var lists = tree.Children.Where(n => n.Type == "L").ToList();
        Assert.Equal(4, lists.Count);

        var bullets = lists[0];
        Assert.Equal("/Disc", bullets.Attributes["ListNumbering"]);
        Assert.Equal(3, bullets.Children.Count);
        Assert.All(bullets.Children, item => Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Type)));
        Assert.All(bullets.Children, item => Assert.Equal("\u2022", item.Children[0].Text));
        Assert.Equal(["premierpoint", "deuxièmepointengras", "troisièmepoint"], bullets.Children.Select(i => Squeeze(FirstParagraph(i.Children[1]))));
        // A body of one paragraph is the LBody itself; a body of several blocks holds them.
        Assert.Empty(bullets.Children[0].Children[1].Children);

        // The nested list is in the body of its item, after the item's paragraph.
        var secondBody = bullets.Children[1].Children[1];
        Assert.Equal(["P", "L"], secondBody.Children.Select(c => c.Type));
        var nested = secondBody.Children[1];
        Assert.Equal("/Circle", nested.Attributes["ListNumbering"]);
        Assert.Equal(["imbriquéun", "imbriquédeux"], nested.Children.Select(i => Squeeze(i.Children[1].Text)));
        Assert.All(nested.Children, item => Assert.Equal("\u25E6", item.Children[0].Text));

        var ordered = lists[1];
        Assert.Equal("/Decimal", ordered.Attributes["ListNumbering"]);
        Assert.Equal(["3.", "4."], ordered.Children.Select(i => i.Children[0].Text));
        Assert.Equal(["trois", "quatre"], ordered.Children.Select(i => Squeeze(i.Children[1].Text)));

        // A task's box is its label: it says whether the task is done.
        var tasks = lists[2];
        Assert.Equal("/None", tasks.Attributes["ListNumbering"]);
        Assert.Equal(["\u2610", "\u2611"], tasks.Children.Select(i => i.Children[0].Text));
        Assert.Equal(["àfaire", "fait"], tasks.Children.Select(i => Squeeze(i.Children[1].Text)));

        var code = Assert.Single(lists[3].Children).Children[1];
        Assert.Equal(2, code.Children.Count);
        Assert.Equal("unexemple:", Squeeze(code.Children[0].Text));
        Assert.Equal("varx=1;", Squeeze(code.Children[1].Text));

        // The paragraphs around the lists keep their place between them.
        var types = tree.Children.Select(c => c.Type).ToList();
        Assert.Equal(["H1", "P", "L", "P", "L", "P", "L", "P", "L"], types.Skip(types.LastIndexOf("H1")));
    }

    [Fact]
    public void An_item_broken_by_a_page_is_one_LI_whose_paragraph_goes_on_on_the_next_page()
    {
        var paragraphs = Enumerable.Range(1, 3).Select(i => string.Join(' ', Enumerable.Range(1, 400).Select(w => $"item{i}mot{w}"))).ToList();
        var pdf = Export("# Longue liste\n\n" + string.Join('\n', paragraphs.Select(p => "1. " + p)) + "\n\nAprès la liste.\n");
        var pages = PageTexts(pdf);
        // Each item is longer than a page: the breaks fall inside items.
        Assert.Contains(pages, text => text.Contains("item1mot400", StringComparison.Ordinal) && text.Contains("item2mot1 ", StringComparison.Ordinal));
        Assert.Contains(pages, text => text.Contains("item2mot1 ", StringComparison.Ordinal) && !text.Contains("item2mot400", StringComparison.Ordinal));

        var list = Assert.Single(StructureOf(pdf).Children, n => n.Type == "L");
        Assert.Equal(3, list.Children.Count);
        for (var i = 0; i < 3; i++)
        {
            var item = list.Children[i];
            Assert.Equal("LI", item.Type);
            Assert.Equal(["Lbl", "LBody"], item.Children.Select(c => c.Type));
            Assert.Equal($"{i + 1}.", item.Children[0].Text);
            // The item's one paragraph is its body: one element, whose text goes on from page to page.
            var body = item.Children[1];
            Assert.Empty(body.Children);
            Assert.Equal(Squeeze(paragraphs[i]), Squeeze(body.Text));
        }
    }

    [Fact]
    public void A_quote_holding_a_list_longer_than_a_page_is_one_BlockQuote_with_one_L()
    {
        var items = Enumerable.Range(1, 60).Select(i => $"> - point {i} " + string.Join(' ', Enumerable.Range(1, 20).Select(w => $"p{i}m{w}"))).ToList();
        var pdf = Export("# Citation\n\n" + string.Join('\n', items) + "\n\nAprès la citation.\n");
        Assert.True(PageTexts(pdf).Count(text => text.Contains("p1m1 ", StringComparison.Ordinal) || text.Contains("p60m20", StringComparison.Ordinal) || text.Contains("p30m1 ", StringComparison.Ordinal)) >= 2);

        var tree = StructureOf(pdf);
        var quote = Assert.Single(tree.Children, n => n.Type == "BlockQuote");
        var list = Assert.Single(quote.Children);
        Assert.Equal("L", list.Type);
        Assert.Equal(60, list.Children.Count);
        Assert.All(list.Children.Select((item, index) => (Text: Squeeze(item.Children[1].Text), Number: index + 1)), item => Assert.StartsWith($"point{item.Number}p{item.Number}m1p{item.Number}m2", item.Text, StringComparison.Ordinal));
        Assert.All(list.Children, item => Assert.EndsWith("m20", Squeeze(item.Text), StringComparison.Ordinal));
        var path = TempFile(pdf);
        try
        {
            Assert.Equal(0, Run("qpdf", "--check", path).ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Quiz_questions_are_a_numbered_list_and_choices_a_list_of_boxes()
    {
        foreach (var (pdf, marked) in new[] { (fixture.Learner, false), (fixture.Trainer, true) })
        {
            var tree = StructureOf(pdf);
            var all = tree.Descendants().ToList();
            var quizTitle = all.First(n => n.Type == "H4" && n.Text.StartsWith("\u270E", StringComparison.Ordinal));
            var parent = all.Prepend(tree).Single(n => n.Children.Contains(quizTitle));
            var questions = parent.Children[parent.Children.IndexOf(quizTitle) + 1];
            Assert.Equal("L", questions.Type);
            Assert.Equal("/Decimal", questions.Attributes["ListNumbering"]);
            Assert.Equal(["1.", "2.", "3."], questions.Children.Take(3).Select(q => q.Children[0].Text));
            Assert.All(questions.Children, q => Assert.Equal(["Lbl", "LBody"], q.Children.Select(c => c.Type)));

            // The first question has one right answer among three: a list of round boxes, each item its box and its text.
            var first = questions.Children[0].Children[1];
            Assert.Equal("P", first.Children[0].Type);
            var choices = first.Children.First(c => c.Type == "L");
            Assert.Equal("/Circle", choices.Attributes["ListNumbering"]);
            Assert.Equal(3, choices.Children.Count);
            Assert.All(choices.Children, c => Assert.Equal(["Lbl", "LBody"], c.Children.Select(n => n.Type)));
            Assert.Equal(marked ? ["\u25C9", "\u25CB", "\u25CB"] : ["\u25CB", "\u25CB", "\u25CB"], choices.Children.Select(c => c.Children[0].Text));
            Assert.Equal(["Unlieudepilotage", "Unebanque", "Unlogiciel"], choices.Children.Select(c => Squeeze(FirstParagraph(c.Children[1])).Replace("\u2714Bonneréponse", string.Empty, StringComparison.Ordinal)));
            if (marked)
            {
                // The trainer's feedback on a choice is in the body of that choice, after its text.
                var body = choices.Children[0].Children[1];
                Assert.Equal(["P", "P"], body.Children.Select(c => c.Type));
                Assert.StartsWith("\u21B3", body.Children[1].Text, StringComparison.Ordinal);
            }

            // The second question allows several answers: square boxes.
            var second = questions.Children[1].Children[1].Children.First(c => c.Type == "L");
            Assert.Equal("/Square", second.Attributes["ListNumbering"]);
        }
    }

    [Fact]
    public void The_handouts_have_no_list_item_outside_a_list_and_no_list_content_outside_its_items()
    {
        foreach (var pdf in new[] { fixture.Learner, fixture.Trainer })
        {
            var nodes = StructureOf(pdf).Descendants().ToList();
            Assert.Contains(nodes, n => n.Type == "L");
            foreach (var node in nodes)
            {
                if (node.Type == "L")
                {
                    Assert.All(node.Children, c => Assert.Equal("LI", c.Type));
                    Assert.NotEmpty(node.Children);
                }

                foreach (var child in node.Children.Where(c => c.Type is "LI"))
                {
                    Assert.Equal("L", node.Type);
                }

                // An item without a marker (an API response) has only its body.
                if (node.Type == "LI")
                {
                    Assert.Contains(string.Join(" ", node.Children.Select(c => c.Type)), new[] { "Lbl LBody", "LBody" });
                }
            }
        }
    }

    [Fact]
    public void A_paragraph_broken_by_the_page_is_suspended_on_the_first_page_and_resumed_on_the_next()
    {
        var recording = Paginate(new ColumnElement().Add(Paragraph(Words(200, "w"))), width: 200, height: 120);
        Assert.True(recording.Pages.Count >= 3);
        for (var i = 0; i < recording.Pages.Count; i++)
        {
            var structure = recording.Pages[i].Commands.Where(c => c is BeginStructureCommand or EndStructureCommand).ToList();
            var first = i == 0;
            var last = i == recording.Pages.Count - 1;
            Assert.Equal(new BeginStructureCommand(StructureRole.Paragraph, null, Resumes: !first), structure[0]);
            Assert.Equal(new EndStructureCommand(Suspends: !last), structure[^1]);
        }
    }

    [Fact]
    public void Every_stream_of_a_handout_with_a_transparent_png_is_a_complete_zlib_stream()
    {
        var b = new TestCourseBuilder("Transparence", "fr-FR");
        var page = b.AddPage(b.Root, "image.md", "Image", "# Image\n\n![Un damier translucide](alpha.png)\n");
        var asset = b.AddImage("alpha.png", TestCourseBuilder.Png(24, 12, 6));
        foreach (var image in page.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            TestCourseBuilder.Resolve(image, new ResolvedLink(LinkTargetKind.Asset, image.Url!, Asset: asset));
        }

        var sink = new MemoryOutputSink();
        new PdfExporter().Export(b.Build(), new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } });
        var pdf = sink.Files.Values.Single();
        using (var document = UglyToad.PdfPig.PdfDocument.Open(pdf))
        {
            var image = Assert.Single(document.GetPages().SelectMany(p => p.GetImages()));
            Assert.NotNull(image.MaskImage);
        }

        var path = TempFile(pdf);
        var rewritten = path + ".qdf.pdf";
        try
        {
            var (checkCode, check) = Run("qpdf", "--check", path);
            Assert.Equal(0, checkCode);
            Assert.DoesNotContain("WARNING", check, StringComparison.Ordinal);

            // Decoding every stream (as rewriting does) finds each one complete, its checksum included.
            var (code, output) = Run("qpdf", "--qdf", "--object-streams=disable", "--decode-level=all", path, rewritten);
            Assert.Equal(0, code);
            Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
            File.Delete(rewritten);
        }

        // The image and its mask, the font programs and their maps: each zlib stream ends with its checksum.
        var streams = FlateStreams(pdf);
        Assert.True(streams.Count >= 5, $"{streams.Count} compressed streams");
        Assert.All(streams, s => Assert.Null(Backend.ZlibTrailers.MissingChecksum(s)));
    }

    [Fact]
    public void A_missing_checksum_is_found_and_a_present_one_is_left_alone()
    {
        var data = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("zlib stream without its checksum ", 50)));
        using var buffer = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        var complete = buffer.ToArray();
        Assert.Null(Backend.ZlibTrailers.MissingChecksum(complete));
        var truncated = complete[..^4];
        Assert.Equal(complete[^4..], Backend.ZlibTrailers.MissingChecksum(truncated));
        Assert.Null(Backend.ZlibTrailers.MissingChecksum("not a zlib stream"u8));
    }

    /// <summary>The data of every /FlateDecode stream of the file, as written.</summary>
    private static List<byte[]> FlateStreams(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var streams = new List<byte[]>();
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text, @"/Length (\d+)(?:/[^>]*)?>>\nstream\n"))
        {
            var header = text.LastIndexOf("obj", match.Index, StringComparison.Ordinal);
            if (!text[header..match.Index].Contains("/FlateDecode", StringComparison.Ordinal) && !text.Substring(match.Index, match.Length).Contains("/FlateDecode", StringComparison.Ordinal))
            {
                continue;
            }

            var length = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            streams.Add(pdf.AsSpan(match.Index + match.Length, length).ToArray());
        }

        return streams;
    }

    private static byte[] Export(string markdown)
    {
        var b = new TestCourseBuilder("Listes", "fr-FR");
        b.AddPage(b.Root, "listes.md", "Listes", markdown);
        var sink = new MemoryOutputSink();
        new PdfExporter().Export(b.Build(), new ExportContext { Output = sink, Options = new ExportOptions { Editions = [Edition.Learner] } });
        return sink.Files.Values.Single();
    }

    /// <summary>The text of the first paragraph of a list item's body, or of the body itself when it is its one paragraph.</summary>
    private static string FirstParagraph(StructureNode body) =>
        body.Children.FirstOrDefault(c => c.Type == "P")?.Text ?? string.Concat(body.Texts);

    /// <summary>Text without white space: the structure text of a paragraph joins its lines without a space.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The structure tree as poppler reads it (pdfinfo -struct-text): elements, their attributes and their text.</summary>
    private static StructureNode StructureOf(byte[] pdf)
    {
        var path = TempFile(pdf);
        try
        {
            var (code, output) = Run("pdfinfo", "-struct-text", path);
            Assert.Equal(0, code);
            var root = new StructureNode("Document", -1);
            var stack = new Stack<StructureNode>();
            stack.Push(root);
            foreach (var line in output.Split('\n'))
            {
                var trimmed = line.TrimStart(' ');
                if (trimmed.Length == 0)
                {
                    continue;
                }

                var indent = line.Length - trimmed.Length;
                if (trimmed.StartsWith('"'))
                {
                    stack.Peek().Texts.Add(trimmed.TrimEnd().Trim('"'));
                    continue;
                }

                if (trimmed.StartsWith('/'))
                {
                    var parts = trimmed.Trim().Split(' ', 2);
                    stack.Peek().Attributes[parts[0].TrimStart('/')] = parts.Length > 1 ? parts[1] : string.Empty;
                    continue;
                }

                if (trimmed.StartsWith("Object ", StringComparison.Ordinal))
                {
                    continue;
                }

                while (stack.Peek().Indent >= indent)
                {
                    stack.Pop();
                }

                var node = new StructureNode(trimmed.Split(' ', 2)[0].TrimEnd(':'), indent);
                stack.Peek().Children.Add(node);
                stack.Push(node);
            }

            // pdfinfo starts with the Document element itself.
            return root.Children is [{ Type: "Document" } document] ? document : root;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed record StructureNode(string Type, int Indent)
    {
        public List<StructureNode> Children { get; } = [];

        public List<string> Texts { get; } = [];

        public Dictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal);

        /// <summary>The element's own text and its descendants', in order.</summary>
        public string Text => string.Concat(Texts) + string.Concat(Children.Select(c => c.Text));

        public IEnumerable<StructureNode> Descendants() => Children.SelectMany(c => new[] { c }.Concat(c.Descendants()));
    }
}
