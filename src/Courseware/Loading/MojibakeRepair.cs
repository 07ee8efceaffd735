using System.Text;

namespace Courseware.Loading;

/// <summary>
/// Undoes "mojibake": UTF-8 text that was decoded with a single-byte code page (Mac OS Roman, Windows-1252) and saved again,
/// turning <c>déploiement</c> into <c>d√©ploiement</c> or <c>dÃ©ploiement</c>. A repair is made only when the whole text
/// maps back to bytes that are valid UTF-8 and the result differs: a clean round trip.
/// </summary>
public static class MojibakeRepair
{
    /// <summary>Code page whose decoding produced the mojibake.</summary>
    public enum SourceEncoding
    {
        MacRoman,
        Windows1252,
    }

    // Characters of bytes 0x80-0xFF in each code page.
    private const string MacRomanHigh = "\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9\u2122\u00B4\u00A8\u2260\u00C6\u00D8\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0\u222B\u00AA\u00BA\u03A9\u00E6\u00F8\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026\u00A0\u00C0\u00C3\u00D5\u0152\u0153\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178\u2044\u20AC\u2039\u203A\uFB01\uFB02\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7";
    private const string Windows1252High = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF";

    private static readonly Dictionary<char, byte> MacRomanReverse = BuildReverse(MacRomanHigh, ('\u00A4', 0xDB));
    private static readonly Dictionary<char, byte> Windows1252Reverse = BuildReverse(Windows1252High);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Tries both code pages; returns the repaired text, the code page and an example of the garbled text, or null when the text is not mojibake.</summary>
    public static (string Text, SourceEncoding Encoding, string Example)? TryRepair(string text)
    {
        if (!HasNonAscii(text))
        {
            return null;
        }

        foreach (var (encoding, reverse) in new[] { (SourceEncoding.MacRoman, MacRomanReverse), (SourceEncoding.Windows1252, Windows1252Reverse) })
        {
            var repaired = TryRoundTrip(text, reverse);
            if (repaired is not null && !string.Equals(repaired, text, StringComparison.Ordinal))
            {
                return (repaired, encoding, FirstGarbledWord(text));
            }
        }

        return null;
    }

    public static string Name(SourceEncoding encoding) => encoding == SourceEncoding.MacRoman ? "Mac OS Roman" : "Windows-1252";

    private static string? TryRoundTrip(string text, Dictionary<char, byte> reverse)
    {
        // Most texts are not mojibake, and show it at their first non-ASCII character: check the bytes the text maps back
        // to as UTF-8 before making them (no array, no decoder exception for every clean page).
        if (!MapsToUtf8(text, reverse))
        {
            return null;
        }

        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bytes[i] = c < 0x80 ? (byte)c : reverse[c];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>True when every character has a byte in the code page and those bytes form well-made UTF-8 sequences.</summary>
    private static bool MapsToUtf8(string text, Dictionary<char, byte> reverse)
    {
        var pending = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            byte b;
            if (c < 0x80)
            {
                b = (byte)c;
            }
            else if (!reverse.TryGetValue(c, out b))
            {
                return false;
            }

            if (pending > 0)
            {
                if ((b & 0xC0) != 0x80)
                {
                    return false;
                }

                pending--;
            }
            else if (b >= 0x80)
            {
                // Lead bytes of two-, three- and four-byte sequences (0xC2-0xF4); a lone continuation byte is not UTF-8.
                pending = b switch
                {
                    >= 0xC2 and <= 0xDF => 1,
                    >= 0xE0 and <= 0xEF => 2,
                    >= 0xF0 and <= 0xF4 => 3,
                    _ => -1,
                };
                if (pending < 0)
                {
                    return false;
                }
            }
        }

        return pending == 0;
    }

    private static bool HasNonAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstGarbledWord(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] < 0x80)
        {
            i++;
        }

        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && i - start < 12)
        {
            start--;
        }

        var end = i;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - start < 24)
        {
            end++;
        }

        return text[start..end];
    }

    private static Dictionary<char, byte> BuildReverse(string high, params (char Char, byte Byte)[] extra)
    {
        var map = new Dictionary<char, byte>();
        for (var i = 0; i < high.Length; i++)
        {
            map.TryAdd(high[i], (byte)(0x80 + i));
        }

        foreach (var (c, b) in extra)
        {
            map.TryAdd(c, b);
        }

        return map;
    }
}
