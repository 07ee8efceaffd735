using System.Globalization;
using System.Text;

namespace Courseware.Hostile.Tests.Support;

/// <summary>
/// One broken or malicious course kept as a single text file: a header of expectations, then the course files.
/// Header lines: <c>exit:</c> (exit code of a plain export), <c>codes:</c> (the exact set of warning and error codes 'check' prints),
/// <c>export-codes:</c> (codes the forced export must print), <c>args:</c> (extra export arguments), <c>out:</c> (output folder relative to
/// the temporary parent folder), <c>forced: no</c> (skip the forced export), <c>absent:</c> (text that no output may contain), <c>known-missing:</c> (outputs known not to be written).
/// Each file starts with a line <c>@@@ path [kind]</c>; kinds: <c>text</c> (default), <c>escaped</c> (\xHH bytes and \uHHHH characters),
/// <c>blob NAME</c> (see <see cref="HostileImages.Named"/>), <c>symlink TARGET</c>, <c>dirlink TARGET</c>, <c>generate GENERATOR N</c>.
/// <c>{outside}</c> in text and link targets stands for a folder beside the course holding secret files.
/// </summary>
public sealed class HostileCase
{
    public required string Name { get; init; }

    public int Exit { get; private set; }

    public SortedSet<string> Codes { get; } = new(StringComparer.Ordinal);

    public List<string> ExportCodes { get; } = [];

    public List<string> Args { get; } = [];

    public List<string> Absent { get; } = [];

    /// <summary>Output name endings the forced export is known not to write for this case (each one is a reported defect).</summary>
    public List<string> KnownMissing { get; } = [];

    public string? Out { get; private set; }

    public bool Forced { get; private set; } = true;

    public List<CaseFile> Files { get; } = [];

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Cases");

    public static IEnumerable<string> AllNames() =>
        Directory.EnumerateFiles(Folder, "*.case").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal);

    public static HostileCase Load(string name) => Parse(name, File.ReadAllText(Path.Combine(Folder, name + ".case"), Encoding.UTF8));

    public static HostileCase Parse(string name, string text)
    {
        var result = new HostileCase { Name = name };
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        CaseFile? current = null;
        var body = new StringBuilder();
        void Flush()
        {
            if (current is not null)
            {
                current.Body = body.ToString();
                result.Files.Add(current);
            }

            body.Clear();
        }

        foreach (var line in lines.Take(lines.Length - (text.EndsWith('\n') ? 1 : 0)))
        {
            if (line.StartsWith("@@@ ", StringComparison.Ordinal))
            {
                Flush();
                var parts = line[4..].Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
                current = new CaseFile(parts[0], parts.Length > 1 ? parts[1] : "text", parts.Length > 2 ? parts[2] : null);
                continue;
            }

            if (current is not null)
            {
                body.Append(line).Append('\n');
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (key)
            {
                case "exit": result.Exit = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "codes": result.Codes.UnionWith(words); break;
                case "export-codes": result.ExportCodes.AddRange(words); break;
                case "args": result.Args.AddRange(words); break;
                case "absent": result.Absent.Add(value); break;
                case "known-missing": result.KnownMissing.AddRange(words); break;
                case "out": result.Out = value; break;
                case "forced": result.Forced = value != "no"; break;
                default: throw new FormatException($"{name}: unknown header '{key}'");
            }
        }

        Flush();
        return result;
    }

    /// <summary>Writes the course files into the temporary tree.</summary>
    public void Materialize(TempTree tree)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(tree.Course, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            switch (file.Kind)
            {
                case "text":
                    File.WriteAllBytes(path, Encoding.UTF8.GetBytes(Expand(file.Body, tree)));
                    break;
                case "escaped":
                    File.WriteAllBytes(path, Unescape(Expand(file.Body, tree)));
                    break;
                case "blob":
                    File.WriteAllBytes(path, HostileImages.Named(file.Argument!));
                    break;
                case "symlink":
                    File.CreateSymbolicLink(path, Expand(file.Argument!, tree));
                    break;
                case "dirlink":
                    Directory.CreateSymbolicLink(path, Expand(file.Argument!, tree));
                    break;
                case "generate":
                    var parts = file.Argument!.Split(' ');
                    CourseGenerators.Run(parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), tree.Course, path);
                    break;
                default:
                    throw new FormatException($"{Name}: unknown file kind '{file.Kind}'");
            }
        }
    }

    public override string ToString() => Name;

    private static string Expand(string text, TempTree tree) => text.Replace("{outside}", tree.Outside, StringComparison.Ordinal);

    /// <summary>Turns \xHH into that raw byte and \uHHHH into the UTF-8 of that UTF-16 unit (lone surrogates become invalid UTF-8 on purpose).</summary>
    private static byte[] Unescape(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 3 < text.Length && text[i + 1] == 'x')
            {
                bytes.Add(byte.Parse(text.AsSpan(i + 2, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 3;
            }
            else if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u')
            {
                var unit = int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (unit is >= 0xD800 and <= 0xDFFF)
                {
                    // CESU-style encoding of a lone surrogate: not valid UTF-8.
                    bytes.Add((byte)(0xE0 | (unit >> 12)));
                    bytes.Add((byte)(0x80 | ((unit >> 6) & 0x3F)));
                    bytes.Add((byte)(0x80 | (unit & 0x3F)));
                }
                else
                {
                    bytes.AddRange(Encoding.UTF8.GetBytes(((char)unit).ToString()));
                }

                i += 5;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }
}

/// <summary>One file of a case.</summary>
public sealed record CaseFile(string Path, string Kind, string? Argument)
{
    public string Body { get; set; } = string.Empty;
}
