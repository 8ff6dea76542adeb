using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Reads the names a tagger left out of a list of names written without separators (a committee's members:
/// 曹庆泽曹伯纯龚谷成龚育之盛华仁崔乃夫): where persons it found stand next to each other, the run of Han characters
/// is a list, and a stretch between two of its persons that splits wholly into names (a surname and one or two
/// given-name characters each) is read as those names, and so is a person that is several names run together.
/// </summary>
internal sealed class NameList
{
    private const int LongestGap = 16;

    private readonly EntityLexicon _lexicon;
    private readonly NameReader _names;

    /// <summary>A reader of name lists using <paramref name="lexicon"/>'s surnames and given-name characters.</summary>
    public NameList(EntityLexicon lexicon, NameReader names)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(names);
        _lexicon = lexicon;
        _names = names;
    }

    /// <summary>
    /// The names between the persons of <paramref name="found"/> (spans of <paramref name="text"/>) that stand in a list
    /// with them; <paramref name="taken"/> holds every span already found, so that no name overlaps one.
    /// </summary>
    public List<TextSpan> Missing(string text, IReadOnlyList<TextSpan> found, SpanIndex taken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(taken);
        var persons = found.OrderBy(p => p.Start).ToList();
        var listed = Listed(text, persons);
        var missing = new List<TextSpan>();
        for (var i = 0; i + 1 < persons.Count; i++)
        {
            var gap = new TextSpan(persons[i].End, persons[i + 1].Start);
            if (listed[i] && gap.Length is >= 2 and <= LongestGap && !taken.Overlaps(gap) && AllHan(text, gap))
            {
                missing.AddRange(Split(text, gap) ?? []);
            }
        }

        return missing;
    }

    /// <summary>
    /// The persons of <paramref name="found"/> that stand in a list and are two or more names run together
    /// (侯捷侯宗宾), each with the names it splits into.
    /// </summary>
    public List<(TextSpan Person, List<TextSpan> Names)> RunTogether(string text, IReadOnlyList<TextSpan> found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        var persons = found.OrderBy(p => p.Start).ToList();
        var listed = Listed(text, persons);
        var split = new List<(TextSpan, List<TextSpan>)>();
        for (var i = 0; i < persons.Count; i++)
        {
            if (listed[i] && persons[i].Length is >= 4 and <= LongestGap && AllHan(text, persons[i]) && Split(text, persons[i]) is { Count: >= 2 } names)
            {
                split.Add((persons[i], names));
            }
        }

        return split;
    }

    /// <summary>
    /// The names written in a list separated by 、 with two persons of <paramref name="found"/> that stand side by side
    /// in it (省领导王一鸥、谢卫江、张迎龙出席), and next to those in turn: a surname and one or two Han characters a
    /// name may use, standing as a word between the 、 and a clause start, a function word, a title or 领导 before it,
    /// or 等 or a word that follows names after it. No name overlaps one of <paramref name="mentioned"/> (every span
    /// already found), which is indexed only when there is a list to read.
    /// </summary>
    public List<TextSpan> Neighbours(string text, IReadOnlyList<TextSpan> found, IEnumerable<TextSpan> mentioned, IReadOnlySet<int> titleEnds)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(mentioned);
        ArgumentNullException.ThrowIfNull(titleEnds);
        var names = new List<TextSpan>();
        var starts = found.Select(p => p.Start).ToHashSet();
        var ends = found.Select(p => p.End).ToHashSet();
        var pending = new Stack<TextSpan>(found.Where(p => (p.Start >= 1 && text[p.Start - 1] == '、' && ends.Contains(p.Start - 1))
            || (p.End < text.Length && text[p.End] == '、' && starts.Contains(p.End + 1))));
        if (pending.Count == 0)
        {
            return names;
        }

        var taken = new SpanIndex(text.Length, mentioned);
        while (pending.Count > 0)
        {
            var person = pending.Pop();
            foreach (var name in new[] { NeighbourBefore(text, person.Start, taken, titleEnds), NeighbourAfter(text, person.End, taken) })
            {
                if (name is { } listed)
                {
                    taken.Add(listed);
                    names.Add(listed);
                    pending.Push(listed);
                }
            }
        }

        return names;
    }

    private TextSpan? NeighbourBefore(string text, int personStart, SpanIndex taken, IReadOnlySet<int> titleEnds)
    {
        var end = personStart - 1;
        if (end < 2 || text[end] != '、')
        {
            return null;
        }

        foreach (var length in NameLengths)
        {
            var start = end - length;
            if (start >= 0 && IsName(text, start, length) && !taken.Overlaps(new TextSpan(start, end))
                && (ChineseText.IsBoundaryAt(text, start - 1) || ChineseText.IsFunctionChar(text[start - 1]) || titleEnds.Contains(start)
                    || (start >= 2 && string.CompareOrdinal(text, start - 2, "领导", 0, 2) == 0)))
            {
                return new TextSpan(start, end);
            }
        }

        return null;
    }

    private TextSpan? NeighbourAfter(string text, int personEnd, SpanIndex taken)
    {
        var start = personEnd + 1;
        if (personEnd >= text.Length || text[personEnd] != '、')
        {
            return null;
        }

        foreach (var length in NameLengths)
        {
            var end = start + length;
            if (end <= text.Length && IsName(text, start, length) && !taken.Overlaps(new TextSpan(start, end))
                && (ChineseText.IsBoundaryAt(text, end) || text[end] is '、' or '等' || _names.EndsName(text, end)))
            {
                return new TextSpan(start, end);
            }
        }

        return null;
    }

    // Whether each person stands in a list: a run of persons with only Han characters between them, two of which
    // stand side by side.
    private static bool[] Listed(string text, List<TextSpan> persons)
    {
        var listed = new bool[persons.Count];
        var runStart = 0;
        for (var i = 0; i < persons.Count; i++)
        {
            var last = i + 1 == persons.Count || persons[i].End > persons[i + 1].Start || !AllHan(text, new TextSpan(persons[i].End, persons[i + 1].Start));
            if (!last)
            {
                continue;
            }

            var sideBySide = false;
            for (var k = runStart; k < i; k++)
            {
                sideBySide |= persons[k].End == persons[k + 1].Start;
            }

            Array.Fill(listed, sideBySide, runStart, i + 1 - runStart);
            runStart = i + 1;
        }

        return listed;
    }

    private static bool AllHan(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (!ChineseText.IsHan(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // The lengths of a name tried at each position, the usual three characters first.
    private static readonly int[] NameLengths = [3, 2, 4];

    // Splits the gap into names, preferring names of three characters (the commonest) and fewest names; null if
    // no split makes every piece a name.
    private List<TextSpan>? Split(string text, TextSpan gap)
    {
        var n = gap.Length;
        var cost = new int[n + 1];
        var step = new int[n + 1];
        Array.Fill(cost, int.MaxValue);
        cost[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            foreach (var len in NameLengths)
            {
                if (i + len <= n && cost[i + len] != int.MaxValue && IsName(text, gap.Start + i, len))
                {
                    var c = cost[i + len] + (len == 3 ? 1 : 2);
                    if (c < cost[i])
                    {
                        cost[i] = c;
                        step[i] = len;
                    }
                }
            }
        }

        if (cost[0] == int.MaxValue)
        {
            return null;
        }

        var names = new List<TextSpan>();
        for (var i = 0; i < n; i += step[i])
        {
            names.Add(new TextSpan(gap.Start + i, gap.Start + i + step[i]));
        }

        return names;
    }

    private bool IsName(string text, int start, int length)
    {
        var surname = _names.SurnameAt(text, start);
        var given = length - surname;
        if (surname == 0 || given is < 1 or > 2 || _lexicon.NonNames.Contains(text.AsSpan(start, length)))
        {
            return false;
        }

        for (var i = start + surname; i < start + length; i++)
        {
            if (!ChineseText.IsHan(text[i]) || text[i] == '等' || !_lexicon.MayBeGivenNameChar(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
