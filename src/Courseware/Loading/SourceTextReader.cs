using System.Text;
using Courseware.Diagnostics;

namespace Courseware.Loading;

/// <summary>Turns the bytes of a course file into clean text: UTF-8 (BOM and CRLF accepted), invalid bytes reported, mojibake repaired, control characters removed.</summary>
public static class SourceTextReader
{
    private const int MaxReportsPerFile = 10;

    /// <summary>The characters <see cref="Clean"/> changes: CR, control characters other than tab and LF, DEL, C1 controls, U+FFFE and U+FFFF.</summary>
    private static readonly System.Buffers.SearchValues<char> NeedCleaning = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    /// <summary>Decodes <paramref name="bytes"/> read from <paramref name="file"/> (course-relative path used in diagnostics).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        // 1. Byte order marks: UTF-8 is skipped, UTF-16 is honoured.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Clean(utf16.GetString(bytes[2..]), file, diagnostics);
        }

        // UTF-16 saved without a byte order mark shows as every other byte being NUL.
        if (GuessBomLessUtf16(bytes) is { } guessed)
        {
            diagnostics.Report(DiagnosticCodes.Utf16WithoutBom, new SourceLocation(file, 1, 1), guessed == Encoding.Unicode ? "LE" : "BE");
            return Clean(guessed.GetString(bytes[..(bytes.Length & ~1)]), file, diagnostics);
        }

        // 2. Invalid UTF-8 sequences are reported with their line, then replaced by U+FFFD.
        ReportInvalidUtf8(bytes, file, diagnostics);
        var text = Encoding.UTF8.GetString(bytes);

        // 3. Mojibake: repaired when the whole text round-trips cleanly.
        var repair = MojibakeRepair.TryRepair(text);
        if (repair is { } r)
        {
            diagnostics.Report(DiagnosticCodes.MojibakeRepaired, new SourceLocation(file, 1, 1), MojibakeRepair.Name(r.Encoding), r.Example);
            text = r.Text;
        }

        return Clean(text, file, diagnostics);
    }

    /// <summary>UTF-16 LE or BE when the first bytes look like it (NUL bytes on one side of most pairs, none on the other), else null.</summary>
    private static Encoding? GuessBomLessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenNuls += sample[i] == 0 ? 1 : 0;
            oddNuls += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddNuls * 10 >= pairs * 4 && evenNuls * 20 < pairs)
        {
            return Encoding.Unicode;
        }

        return evenNuls * 10 >= pairs * 4 && oddNuls * 20 < pairs ? Encoding.BigEndianUnicode : null;
    }

    /// <summary>Normalises line ends to '\n' and removes control characters other than tab and line feed.</summary>
    private static string Clean(string text, string file, DiagnosticBag diagnostics)
    {
        if (!text.AsSpan().ContainsAny(NeedCleaning))
        {
            // Most files: LF line ends and no control character, checked many characters at a time.
            return text;
        }

        StringBuilder? sb = null;
        var line = 1;
        var column = 1;
        var reports = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                sb.Append('\n');
                line++;
                column = 1;
                continue;
            }

            if (c == '\n')
            {
                sb?.Append(c);
                line++;
                column = 1;
                continue;
            }

            if ((c < 0x20 && c != '\t') || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF')
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                if (reports++ < MaxReportsPerFile)
                {
                    diagnostics.Report(DiagnosticCodes.ControlCharacter, new SourceLocation(file, line, column), (int)c);
                }

                column++;
                continue;
            }

            sb?.Append(c);
            column++;
        }

        return sb?.ToString() ?? text;
    }

    private static void ReportInvalidUtf8(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return;
        }

        var line = 1;
        var lineStart = 0;
        var reports = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
                i++;
                continue;
            }

            if (b < 0x80)
            {
                i++;
                continue;
            }

            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                i += consumed;
                continue;
            }

            if (reports++ < MaxReportsPerFile)
            {
                var column = Encoding.UTF8.GetCharCount(bytes[lineStart..i]) + 1;
                diagnostics.Report(DiagnosticCodes.InvalidUtf8, new SourceLocation(file, line, column), Convert.ToHexString(bytes.Slice(i, Math.Max(1, consumed))));
            }

            i += Math.Max(1, consumed);
        }
    }
}
