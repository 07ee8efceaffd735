using System.Globalization;
using System.Text;
using System.Xml;
using Courseware.Docx.WordXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Courseware.Docx.ListNumbering;

/// <summary>The kinds of numbered paragraphs; each has one abstract numbering definition.</summary>
internal enum ListKind
{
    Bullet,
    Ordered,
    Task,
    QuizQuestion,
    Heading,
}

/// <summary>
/// Collects numbering definitions: one abstract numbering per list kind (9 levels), one numbering instance per list,
/// each with start overrides so that every ordered list restarts at its own start number.
/// </summary>
internal sealed class NumberingBuilder
{
    private const int Levels = 9;
    private readonly List<(int NumId, ListKind Kind, int Level, int Start)> _instances = [];
    private readonly SortedSet<ListKind> _usedKinds = [];
    private readonly Func<int, string> _headingStyleId;

    public NumberingBuilder(Func<int, string> headingStyleId) => _headingStyleId = headingStyleId;

    public bool IsEmpty => _instances.Count == 0;

    /// <summary>A new numbering instance for one list whose items sit at <paramref name="level"/> (0-8), starting at <paramref name="start"/>.</summary>
    public int NewInstance(ListKind kind, int level = 0, int start = 1)
    {
        _usedKinds.Add(kind);
        var numId = _instances.Count + 1;
        _instances.Add((numId, kind, Math.Clamp(level, 0, Levels - 1), Math.Max(0, start)));
        return numId;
    }

    /// <summary>
    /// Writes the numbering part: every abstract definition first, then the instances, as the schema orders them. The
    /// instances (one per list, thousands in a long course) are written as text, not built as elements.
    /// </summary>
    public void WriteTo(Stream stream)
    {
        var abstracts = new DocumentFormat.OpenXml.Wordprocessing.Numbering();
        foreach (var kind in _usedKinds)
        {
            abstracts.Append(AbstractFor(kind));
        }

        // The definitions are a few elements: serialised by the SDK, the instances spliced in before the closing tag.
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, CloseOutput = false };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(text, settings))
        {
            abstracts.WriteTo(xml);
        }

        var markup = text.ToString();
        var end = markup.LastIndexOf("</", StringComparison.Ordinal);
        using var output = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        output.Write(WordXmlWriter.Declaration);
        output.Write(markup.AsSpan(0, end));
        var writer = new WordXmlWriter(output);
        foreach (var (numId, kind, level, start) in _instances)
        {
            writer.Open("w:num");
            writer.Attribute("w:numId", numId);
            writer.EndStart();
            writer.Empty("w:abstractNumId", "w:val", (int)kind);
            if (kind != ListKind.Heading)
            {
                // Word continues the count of instances sharing an abstract definition unless each level is told where to start.
                for (var l = 0; l < Levels; l++)
                {
                    writer.Open("w:lvlOverride");
                    writer.Attribute("w:ilvl", l);
                    writer.EndStart();
                    writer.Empty("w:startOverride", "w:val", l == level ? start : 1);
                    writer.Close("w:lvlOverride");
                }
            }

            writer.Close("w:num");
        }

        output.Write(markup.AsSpan(end));
    }

    private AbstractNum AbstractFor(ListKind kind)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = (int)kind };
        abstractNum.Append(new MultiLevelType { Val = kind == ListKind.Heading ? MultiLevelValues.Multilevel : MultiLevelValues.HybridMultilevel });
        for (var l = 0; l < Levels; l++)
        {
            abstractNum.Append(LevelFor(kind, l));
        }

        return abstractNum;
    }

    private Level LevelFor(ListKind kind, int l)
    {
        var indent = 720 + (360 * l);
        var level = new Level { LevelIndex = l };
        level.Append(new StartNumberingValue { Val = 1 });
        switch (kind)
        {
            case ListKind.Bullet:
                level.Append(new NumberingFormat { Val = NumberFormatValues.Bullet });
                level.Append(new LevelText { Val = (l % 3) switch { 0 => "•", 1 => "◦", _ => "▪" } });
                break;
            case ListKind.Ordered:
                level.Append(new NumberingFormat { Val = (l % 3) switch { 0 => NumberFormatValues.Decimal, 1 => NumberFormatValues.LowerLetter, _ => NumberFormatValues.LowerRoman } });
                level.Append(new LevelText { Val = "%" + (l + 1).ToString(CultureInfo.InvariantCulture) + "." });
                break;
            case ListKind.Task:
                // The box is part of the item text (☐/☒), so the bullet is a no-break space: invisible, yet a marker
                // (readers such as pandoc take an item with an empty marker for a continuation paragraph).
                level.Append(new NumberingFormat { Val = NumberFormatValues.Bullet });
                level.Append(new LevelText { Val = "\u00A0" });
                break;
            case ListKind.QuizQuestion:
                level.Append(new NumberingFormat { Val = NumberFormatValues.Decimal });
                level.Append(new LevelText { Val = "%" + (l + 1).ToString(CultureInfo.InvariantCulture) + "." });
                indent = 425 + (360 * l);
                break;
            case ListKind.Heading:
                level.Append(new NumberingFormat { Val = l < 6 ? NumberFormatValues.Decimal : NumberFormatValues.None });
                level.Append(new ParagraphStyleIdInLevel { Val = _headingStyleId(l + 1) });
                level.Append(new LevelSuffix { Val = LevelSuffixValues.Space });
                level.Append(new LevelText { Val = l < 6 ? string.Join('.', Enumerable.Range(1, l + 1).Select(i => "%" + i.ToString(CultureInfo.InvariantCulture))) + "." : string.Empty });
                break;
        }

        level.Append(new LevelJustification { Val = LevelJustificationValues.Left });
        if (kind == ListKind.Heading)
        {
            level.Append(new PreviousParagraphProperties(new Indentation { Left = "0", FirstLine = "0" }));
            return level;
        }

        level.Append(new PreviousParagraphProperties(new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture), Hanging = "360" }));
        return level;
    }
}
