using System.Globalization;
using System.Text;

namespace Courseware.Pdf.Backend;

/// <summary>The ToUnicode CMap of a simple font with WinAnsiEncoding: each defined Windows-1252 byte and its Unicode character.</summary>
internal static class WinAnsiCMap
{
    /// <summary>Unicode of the Windows-1252 bytes 0x80-0x9F; 0 where the byte is undefined. The other bytes are their Latin-1 character.</summary>
    private static readonly char[] HighControls =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    /// <summary>The Unicode character of a Windows-1252 byte, or null when the byte has none (controls and the five undefined bytes).</summary>
    public static char? ToChar(byte code) => code switch
    {
        < 0x20 or 0x7F => null,
        >= 0x80 and <= 0x9F => HighControls[code - 0x80] is var c and not '\0' ? c : null,
        _ => (char)code,
    };

    /// <summary>The CMap program (ASCII), in blocks of at most 100 entries as the CMap format asks.</summary>
    public static byte[] ToUnicode()
    {
        var entries = new List<string>();
        for (var code = 0; code <= 0xFF; code++)
        {
            if (ToChar((byte)code) is { } c)
            {
                entries.Add(string.Create(CultureInfo.InvariantCulture, $"<{code:X2}> <{(int)c:X4}>"));
            }
        }

        var text = new StringBuilder();
        text.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        text.Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        text.Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        text.Append("1 begincodespacerange\n<00> <FF>\nendcodespacerange\n");
        foreach (var block in entries.Chunk(100))
        {
            text.Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var entry in block)
            {
                text.Append(entry).Append('\n');
            }

            text.Append("endbfchar\n");
        }

        text.Append("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
