using System.Text;

namespace Courseware.Hostile.Tests.Support;

/// <summary>Random damage to a Markdown page: byte flips, cuts, deleted or repeated slices, and inserted tags, braces, HTML and odd Unicode, often aimed at its GIFT blocks.</summary>
public static class Mutator
{
    private static readonly string[] Insertions =
    [
        "{", "}", "{{", "}}", "\\", "\\\\", "\\{", "{%", "%}", "{% %}", "{%%}", "{% hint style=\"info\" %}", "{% endhint %}", "{% hint style=\"", "{% embed url=\"https://x.test/v %}",
        "{% tabs %}", "{% tab title=\"T\" %}", "{% endtab %}", "{% endtabs %}", "{% content-ref url=\"missing.md\" %}", "{% endcontent-ref %}", "{% file src=\"../../x\" %}", "{% include \"README.md\" %}",
        "{% stepper %}", "{% step %}", "{% code title=\"", "<details><summary>S", "</details>", "<figure><img src=\"x.png\"><figcaption>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=\"https://evil.test\">", "<div>", "</div>", "<!--", "-->", "<![CDATA[", "]]>", "&#0;", "&#x1;", "&amp;", "```", "```gift\n", "\n```\n", "~~~",
        "::", "::T::", "~", "=", "#", "####", "->", "%50%", "%-100%", "[html]", "[markdown]", "$CATEGORY: a/b", "{#1..2}", "{#1:0.1}", "{T}", "{F#x#y#z}", "====", "|", "| a | b |\n|---|---|\n",
        "![x](", "](", "[^1]", "](javascript:alert(1))", "](file:///etc/passwd)", "](C:\\secret.txt)", "](../../../../etc/passwd)", "---\n", "\n---\ntitle: [\n---\n", "*", "**", "_", "`", "> ", "- ", "1. ", "    ",
        "\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\u200B", "\u200D", "\u202E", "\u2028", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "𝕏", "👩‍👩‍👧", "é", "e\u0301", "ﬁ", "İ", "ı", "\r", "\r\n", "\t", "\n\n",
    ];

    public static byte[] Mutate(byte[] original, Random random)
    {
        var text = Encoding.UTF8.GetString(original);
        var count = 1 + random.Next(8);
        for (var i = 0; i < count; i++)
        {
            text = MutateText(text, random);
        }

        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        if (random.Next(4) == 0 && bytes.Count > 0)
        {
            // Byte-level damage: flipped bits, a lone surrogate's bytes, a cut sequence.
            var flips = 1 + random.Next(4);
            for (var i = 0; i < flips; i++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                    case 1: bytes.InsertRange(at, [0xED, 0xA0, 0x80]); break;
                    default: bytes.Insert(at, (byte)(0x80 + random.Next(0x80))); break;
                }
            }
        }

        return [.. bytes];
    }

    private static string MutateText(string text, Random random)
    {
        var at = Position(text, random);
        switch (random.Next(10))
        {
            case 0:
                return text[..at];
            case 1:
                var length = Math.Min(text.Length - at, random.Next(200));
                return text.Remove(at, length);
            case 2:
                var slice = text.Substring(at, Math.Min(text.Length - at, random.Next(400)));
                return text.Insert(at, string.Concat(Enumerable.Repeat(slice, 1 + random.Next(5))));
            case 3:
                return text.Insert(at, string.Concat(Enumerable.Repeat(Insertions[random.Next(Insertions.Length)], 1 + random.Next(50))));
            default:
                return text.Insert(at, Insertions[random.Next(Insertions.Length)]);
        }
    }

    /// <summary>Half the time a place inside a GIFT block, when the page has one.</summary>
    private static int Position(string text, Random random)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var gift = text.IndexOf("```gift", StringComparison.Ordinal);
        if (gift >= 0 && random.Next(2) == 0)
        {
            var end = text.IndexOf("\n```", gift + 7, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            var position = gift + 7 + random.Next(Math.Max(1, end - gift - 7));
            return Math.Min(position, text.Length);
        }

        var at = random.Next(text.Length + 1);

        // Never split a surrogate pair by accident: lone surrogates are inserted on purpose at the byte level.
        return at < text.Length && char.IsLowSurrogate(text[at]) ? at - 1 : at;
    }
}
