using System.Globalization;
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

    /// <summary>The numbering part content: every abstract definition first, then the instances, as the schema orders them.</summary>
    public DocumentFormat.OpenXml.Wordprocessing.Numbering Build()
    {
        var numbering = new DocumentFormat.OpenXml.Wordprocessing.Numbering();
        foreach (var kind in _usedKinds)
        {
            numbering.Append(AbstractFor(kind));
        }

        foreach (var (numId, kind, level, start) in _instances)
        {
            var num = new NumberingInstance(new AbstractNumId { Val = (int)kind }) { NumberID = numId };
            if (kind != ListKind.Heading)
            {
                // Word continues the count of instances sharing an abstract definition unless each level is told where to start.
                for (var l = 0; l < Levels; l++)
                {
                    num.Append(new LevelOverride(new StartOverrideNumberingValue { Val = l == level ? start : 1 }) { LevelIndex = l });
                }
            }

            numbering.Append(num);
        }

        return numbering;
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
