using System.Text;
using Courseware.Diagnostics;
using Courseware.Loading;
using static Courseware.Tests.TestCourse;

namespace Courseware.Tests.Loading;

public class TextRepairTests
{
    private const string Original = "# 📈 Le déploiement\n\nOn vérifie qu’il y a de l’usage → c’est « essentiel ».\n";

    [Fact]
    public void Mac_roman_mojibake_is_repaired_with_a_warning()
    {
        var garbled = Encoding.UTF8.GetBytes(MacRoman(Original));
        var bag = new DiagnosticBag();
        var text = SourceTextReader.Decode(garbled, "page.md", bag);

        Assert.Equal(Original, text);
        var d = Assert.Single(bag.ToList());
        Assert.Equal(DiagnosticCodes.MojibakeRepaired.Code, d.Code);
        Assert.Contains("Mac OS Roman", d.Message);
        Assert.Equal(new SourceLocation("page.md", 1, 1), d.Location);
    }

    [Fact]
    public void Windows_1252_mojibake_is_repaired_with_a_warning()
    {
        var garbled = Encoding.UTF8.GetBytes(Windows1252(Original));
        Assert.Contains("dÃ©ploiement", Encoding.UTF8.GetString(garbled));
        var bag = new DiagnosticBag();

        Assert.Equal(Original, SourceTextReader.Decode(garbled, "page.md", bag));
        Assert.Contains("Windows-1252", Assert.Single(bag.ToList()).Message);
    }

    [Fact]
    public void Clean_french_text_is_left_alone()
    {
        var bag = new DiagnosticBag();
        Assert.Equal(Original, SourceTextReader.Decode(Encoding.UTF8.GetBytes(Original), "page.md", bag));
        Assert.Empty(bag.ToList());
    }

    [Fact]
    public void Text_that_only_looks_garbled_in_part_is_not_changed()
    {
        // A real "√" next to a real emoji does not round-trip: nothing is repaired.
        var text = "La racine √2 vaut environ 1,414 📐\n";
        var bag = new DiagnosticBag();
        Assert.Equal(text, SourceTextReader.Decode(Encoding.UTF8.GetBytes(text), "page.md", bag));
        Assert.Empty(bag.ToList());
    }

    [Theory]
    [InlineData("Prix : 12 Ã")]        // a lead byte (0xC3) that ends the text
    [InlineData("Ã suivi d'une lettre")] // a lead byte followed by ASCII
    [InlineData("ensuite © seul")]      // a continuation byte (0xA9) with no lead byte
    public void Text_whose_bytes_would_not_be_utf8_is_not_repaired(string text)
    {
        var bag = new DiagnosticBag();
        Assert.Equal(text + "\n", SourceTextReader.Decode(Encoding.UTF8.GetBytes(text + "\n"), "page.md", bag));
        Assert.Empty(bag.ToList());
    }

    [Fact]
    public void Four_byte_mojibake_is_repaired_whole()
    {
        // 😀 is F0 9F 98 80: "ðŸ˜€" in Windows-1252.
        var bag = new DiagnosticBag();
        Assert.Equal("Bravo 😀 !\n", SourceTextReader.Decode(Encoding.UTF8.GetBytes("Bravo ðŸ˜€ !\n"), "page.md", bag));
        Assert.Contains("Windows-1252", Assert.Single(bag.ToList()).Message);
    }

    [Fact]
    public void Invalid_utf8_is_reported_with_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes("# Titre\n\nCaf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" noir\n")).ToArray();
        var bag = new DiagnosticBag();
        var text = SourceTextReader.Decode(bytes, "page.md", bag);

        Assert.Equal("# Titre\n\nCaf\uFFFD noir\n", text);
        var d = Assert.Single(bag.ToList());
        Assert.Equal(DiagnosticCodes.InvalidUtf8.Code, d.Code);
        Assert.Equal(new SourceLocation("page.md", 3, 4), d.Location);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0080')]
    [InlineData('\u0085')]
    [InlineData('\u009F')]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    public void Every_kind_of_control_character_is_removed_and_reported_even_alone_in_a_page(char control)
    {
        var bag = new DiagnosticBag();
        Assert.Equal("Texte\nsans ça\n", SourceTextReader.Decode(Encoding.UTF8.GetBytes($"Texte\nsans{control} ça\n"), "p.md", bag));
        var d = Assert.Single(bag.ToList());
        Assert.Equal(DiagnosticCodes.ControlCharacter.Code, d.Code);
        Assert.Equal(new SourceLocation("p.md", 2, 5), d.Location);
    }

    [Theory]
    [InlineData("Tabulation\tet lignes\n\n", "Tabulation\tet lignes\n\n")]
    [InlineData("Fin de ligne Mac\rseule\n", "Fin de ligne Mac\nseule\n")]
    [InlineData("Caractères permis : « é ü œ € ™ \u00A0 »\n", "Caractères permis : « é ü œ € ™ \u00A0 »\n")]
    public void Tabs_line_feeds_and_printable_characters_are_kept_and_lone_carriage_returns_become_line_feeds(string text, string expected)
    {
        var bag = new DiagnosticBag();
        Assert.Equal(expected, SourceTextReader.Decode(Encoding.UTF8.GetBytes(text), "p.md", bag));
        Assert.Empty(bag.ToList());
    }

    [Fact]
    public void Bom_crlf_and_control_characters_are_cleaned()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("# A\r\nB\u0000C\r\n")).ToArray();
        var bag = new DiagnosticBag();
        Assert.Equal("# A\nBC\n", SourceTextReader.Decode(bytes, "p.md", bag));
        var d = Assert.Single(bag.ToList());
        Assert.Equal(DiagnosticCodes.ControlCharacter.Code, d.Code);
        Assert.Equal(new SourceLocation("p.md", 2, 2), d.Location);
    }

    [Fact]
    public void The_seed_page_loads_with_its_repaired_title_and_five_children()
    {
        var seed = SharedFolder.Find("seeds/000_87080b2cdd9bb090.txt");
        if (seed is null)
        {
            Assert.Fail("../shared/seeds is missing: set COURSEWARE_SHARED to the shared folder");
        }

        var course = With(("README.md", File.ReadAllText(seed))).Load();
        Assert.Equal("📈 Le déploiement", course.Title);
        Assert.Equal("L'importance du déploiement dans la construction et le développement d'un service numérique public", course.Root.Description);
        Assert.Equal(5, course.Diagnostics.Count(d => d.Code == DiagnosticCodes.ContentRefTargetMissing.Code));
        Assert.Equal(
            ["chapitre-1.md", "chapitre-2.md", "seo.md", "reseaux-sociaux.md", "organiser-un-jeu-concours.md"],
            course.Diagnostics.Where(d => d.Code == DiagnosticCodes.ContentRefTargetMissing.Code).Select(d => d.Message.Split('\'')[1]));
        DiagnosticAssert.Single(course, DiagnosticCodes.MojibakeRepaired);
    }

    private static string MacRoman(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(10000).GetString(Encoding.UTF8.GetBytes(text));
    }

    private static string Windows1252(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes(text));
    }
}
