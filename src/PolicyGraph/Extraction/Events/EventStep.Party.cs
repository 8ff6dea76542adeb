using System.Text.RegularExpressions;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Events;

public sealed partial class EventStep
{
    private const string Numeral = "[一二三四五六七八九十]";

    // 党的二十大, 十九大, 中共十八大: a national congress of the party by its short name (terms from the 16th on, so
    // that 十大 and 十二大 of other lists are not read).
    [GeneratedRegex("(?:党的|中共)?(十[六七八九]|二十[一二]?)大(?![学众型量幅概力类局家门小项批])")]
    private static partial Regex CongressShortName();

    // 二十届三中全会, 十九届六中全会, 二十届二中、三中全会: a plenary session of a central committee.
    [GeneratedRegex("(?:党的|中共)?(十[六七八九]|二十[一二]?)届(" + Numeral + ")中((?:、" + Numeral + "中)*)全会")]
    private static partial Regex PlenumName();

    // 中国共产党第二十次全国代表大会, or 第二十次全国代表大会 right after 中国共产党, 中共 or 党的.
    [GeneratedRegex("^(中国共产党|中共)?第(" + Numeral + "{1,3})次全国代表大会$")]
    private static partial Regex CongressFullName();

    private static readonly string[] PartyNames = ["中国共产党", "中共", "党的"];

    // 国务院常务会议, 省政府常务会议, 市人民政府第12次常务会议: a government's standing meeting, named by the government.
    [GeneratedRegex("(国务院|(?:省|市|县|区|自治区|州)(?:人民)?政府)(?:第[0-9一二三四五六七八九十百]{1,5}次)?常务会议")]
    private static partial Regex StandingMeetingName();

    // 全省防汛抗旱工作会议, 全县安全生产工作电视电话会议: a province's, city's or county's work meeting on one field, named
    // by its scope and field.
    [GeneratedRegex("全(省|市|县|州)([\\u4e00-\\u9fff、]{2,16}?)工作(?:电视电话)?会议")]
    private static partial Regex LocalWorkMeetingName();

    // Words that put a scope's field inside a clause (全市上下的…工作会议) rather than name it.
    private const string NotInField = EventNamer.ClauseChars + "上下";

    // The work meetings of a province, city or county the text names where no name found covers them, where the
    // document's place is known (they are then named with it, see ScopedName).
    private static List<(int Start, int End)> LocalWorkMeetings(string text, IReadOnlyList<(int Start, int End)> found, Entities.DocumentPlace place)
    {
        var meetings = new List<(int Start, int End)>();
        foreach (Match m in LocalWorkMeetingName().Matches(text))
        {
            var end = m.Index + m.Length;
            if (place.ForPrefix(m.Groups[1].Value).Length > 0 && !found.Any(f => f.Start < end && m.Index < f.End) && m.Groups[2].ValueSpan.IndexOfAny(NotInField) < 0)
            {
                meetings.Add((m.Index, end));
            }
        }

        return meetings;
    }

    private static readonly string[] Scopes = ["全省", "全市", "全县", "全州"];

    // A meeting of the whole province, city or county named by its scope (全省防汛抗旱工作会议 in a 歙县 article) is
    // named with the place the document is about (安徽省防汛抗旱工作会议), so that two provinces' meetings are two
    // events; null where the name has no scope or the place is not known.
    private static string? ScopedName(string name, Entities.DocumentPlace place)
    {
        if (!ChineseText.StartsWithAny(name, 0, Scopes))
        {
            return null;
        }

        var scope = place.ForPrefix(name[1..2]);
        return scope.Length > 0 ? scope + name[2..] : null;
    }

    // The standing meetings of governments the text names where no name found covers them, each with its
    // government's place written out (河南省政府常务会议) so that the meetings of two provinces are two events.
    private static List<(int Start, int End, string Canonical)> StandingMeetings(string text, IReadOnlyList<(int Start, int End)> found, Entities.DocumentPlace place)
    {
        var meetings = new List<(int Start, int End, string Canonical)>();
        foreach (Match m in StandingMeetingName().Matches(text))
        {
            if (found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
            {
                continue;
            }

            var government = m.Groups[1].Value;
            var level = government == "国务院" ? string.Empty : government[..(government.StartsWith("自治区", StringComparison.Ordinal) ? 3 : 1)];
            var end = m.Index + m.Length;

            // 河南省政府常务会议: a place written before the level is part of the name.
            var named = level.Length == 0 ? -1 : NamedPlaceStart(text, m.Index, level.Length);
            if (named >= 0)
            {
                meetings.Add((named, end, text[named..end]));
                continue;
            }

            var at = level.Length == 0 ? string.Empty : place.ForPrefix(level);
            meetings.Add((m.Index, end, at.Length > 0 ? at + m.Value[level.Length..] : m.Value));
        }

        return meetings;
    }

    // Where a place the gazetteer knows starts, written right before the level at levelStart (河南|省), or -1.
    private static int NamedPlaceStart(string text, int levelStart, int levelLength)
    {
        for (var k = Math.Max(0, levelStart - 6); k <= levelStart - 2; k++)
        {
            if (Lexicon.Places.PlaceGazetteer.Default.ByFullName(text[k..(levelStart + levelLength)]).Count > 0)
            {
                return k;
            }
        }

        return -1;
    }

    // The party's congresses and plenums the text names, with their standard names, where no name found covers them.
    private static List<(int Start, int End, string Canonical)> PartyMeetings(string text, IReadOnlyList<(int Start, int End)> found)
    {
        var meetings = new List<(int Start, int End, string Canonical)>();
        foreach (Match m in CongressShortName().Matches(text))
        {
            meetings.Add((m.Index, m.Index + m.Length, Congress(m.Groups[1].Value)));
        }

        foreach (Match m in PlenumName().Matches(text))
        {
            var term = m.Groups[1].Value;
            if (m.Groups[3].Length == 0)
            {
                meetings.Add((m.Index, m.Index + m.Length, Plenum(term, m.Groups[2].Value)));
                continue;
            }

            // 二十届二中、三中全会: one session a part, the last with 全会.
            var firstEnd = m.Groups[2].Index + 2;
            meetings.Add((m.Index, firstEnd, Plenum(term, m.Groups[2].Value)));
            for (var at = firstEnd; at < m.Index + m.Length - 2; at += 3)
            {
                var end = at + 3 == m.Groups[3].Index + m.Groups[3].Length ? at + 5 : at + 3;
                meetings.Add((at + 1, end, Plenum(term, text[at + 1].ToString())));
            }
        }

        return [.. meetings.Where(p => !found.Any(f => f.Start < p.End && p.Start < f.End))];
    }

    // The standard name of a party meeting a name found otherwise stands for: a plenum (二十届三中全会), or a congress
    // of the party's name (中国共产党第十九次全国代表大会, 中国共产党|第十九次全国代表大会).
    private static string? StandardName(string text, int start, string name)
    {
        if (PlenumName().Match(name) is { Success: true } plenum && plenum.Length == name.Length && plenum.Groups[3].Length == 0)
        {
            return Plenum(plenum.Groups[1].Value, plenum.Groups[2].Value);
        }

        return CongressFullName().Match(name) is { Success: true } m
            && (m.Groups[1].Length > 0 || PartyNames.Any(p => start >= p.Length && string.CompareOrdinal(text, start - p.Length, p, 0, p.Length) == 0))
            ? Congress(m.Groups[2].Value)
            : null;
    }

    private static string Congress(string term) => "中国共产党第" + term + "次全国代表大会";

    private static string Plenum(string term, string session) => "中国共产党第" + term + "届中央委员会第" + session + "次全体会议";
}
