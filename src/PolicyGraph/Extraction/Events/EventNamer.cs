using PolicyGraph.Extraction.Initiatives;
using PolicyGraph.Lexicon;
using PolicyGraph.Lexicon.Places;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Events;

/// <summary>
/// Recognises the full names of events in text: a head word (博览会, 论坛, 峰会, 全会 …) with what names it before
/// — a year (2024世界智能产业博览会), an ordinal (第七届…, 首届…), or a proper qualifier (中国…, 合肥…). A head with
/// only generic words before it (主题论坛, 这次大会) names no event.
/// </summary>
internal sealed partial class EventNamer
{
    private static readonly string[] HeadFollowersThatExtend = ["堂", "议室", "员", "场", "址", "馆", "厅", "刊", "报社", "办公室", "秘书处", "组委会", "执委会", "常务委员会", "常委会", "主席团"];

    private readonly WordsByFirstChar<string> _heads =
        new(WordList.Words("Events/event-heads.txt").OrderByDescending(h => h.Length).ThenBy(h => h, StringComparer.Ordinal), h => h);
    private readonly string[] _proper = [.. WordList.Words("Events/proper-markers.txt")];
    private readonly WordSet _generic = new(WordList.Words("Events/generic-modifiers.txt"));

    private readonly EntityLexicon _lexicon;

    private const string NationalCongress = "全国代表";

    // The heads of a body's meeting of sessions (…委员会第一次全体会议).
    private static readonly HashSet<string> BodyMeetings = new(StringComparer.Ordinal) { "全体会议", "会议", "全会" };

    // The words between a session's ordinal and 大会 that make it a body's congress.
    private static readonly HashSet<string> Congresses = new(StringComparer.Ordinal) { "代表", "全国代表", "党员代表", "职工代表", "会员代表" };

    /// <summary>A recogniser over the embedded word lists, ending names on the left at <paramref name="lexicon"/>'s verbs.</summary>
    public EventNamer(EntityLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The recogniser over the embedded word lists and the default lexicon.</summary>
    public static EventNamer Default { get; } = new(EntityLexicon.Default);

    /// <summary>
    /// Every event name in <paramref name="text"/> as (start, end), non-overlapping, in order.
    /// <paramref name="organizationStarts"/> maps where each organisation's name found in the text ends to where it
    /// starts, for the meetings named with their body (…委员会第一次全体会议).
    /// </summary>
    public IReadOnlyList<(int Start, int End)> Find(string text, IReadOnlyDictionary<int, int>? organizationStarts = null)
    {
        var found = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length; i++)
        {
            var head = _heads.TryFirstAt(text, i, out var listed) ? listed
                : string.CompareOrdinal(text, i, "会议", 0, 2) == 0 ? "会议"
                : text[i] == '节' ? "节"
                : string.CompareOrdinal(text, i, Activity, 0, Activity.Length) == 0 ? Activity
                : ChineseText.StartsWithAny(text, i, Drills) ? text.Substring(i, 2) : null;
            if (head is null)
            {
                continue;
            }

            var end = i + head.Length;
            if (!ExtendsHead(text, end) && Name(text, i, end, organizationStarts) is { } start)
            {
                found.Add((start, end));
            }

            i = end - 1;
        }

        found.AddRange(FindHeld(text).Where(h => !found.Contains(h)));

        // A name ending in an earlier head may be part of a longer one (第十四届全国人民代表大会第二次会议).
        return [.. found.Where(f => !found.Any(g => g != f && g.Start <= f.Start && g.End >= f.End)).Distinct().OrderBy(f => f.Start)];
    }

    private int? Name(string text, int head, int end, IReadOnlyDictionary<int, int>? organizationStarts)
    {
        // 第二十届中国安吉白茶开茶节: a festival not in the list of heads is named only with the ordinal of its session
        // right before it (not 春节, 2024年中秋节, 讲话（节选）, 艺术节恰逢国庆佳节).
        if (end - head == 1 && text[head] == '节')
        {
            return NotFestival(text, head) ? null : Session(text, OrdinalStart(text, PhraseScanner.RunStart(text, head), head), head, 3);
        }

        // 2025年岳西县森林火灾扑救综合应急演练, “东方-2018”战略演习: a drill is an event only with its year first or
        // with its name in quotation marks (not 首次全要素合成演练, 导弹发射实弹演练).
        if (Array.IndexOf(Drills, text.Substring(head, end - head)) >= 0)
        {
            return Drill(text, head);
        }

        // 2024中国（郑州）产业转移系列对接活动: a programme of activities is an event only with its year or session.
        if (text.AsSpan(head, end - head).SequenceEqual(Activity))
        {
            var activities = NameStartPastVerb(text, head, joins: true);
            return Prefix(text, activities, head) is { } dated && dated.Start == activities ? Session(text, dated, head, 4) : YearActivity(text, head);
        }

        var runStart = PhraseScanner.BalancedStart(text, PhraseScanner.Default.NameStart(text, AfterJoinedEvent(text, PhraseScanner.RunStart(text, head), head), head, joins: true), head);
        if (Prefix(text, runStart, head) is { } prefixed)
        {
            // 共青团陕西省第十五次代表大会, 中华全国总工会第十八次全国代表大会: a congress of sessions is named with the body
            // whose congress it is, written before the ordinal.
            if (text.AsSpan(head, end - head) is "大会" && Congresses.Contains(text[prefixed.MiddleStart..head]) && CongressBody(text, runStart, prefixed.Start) is { } body)
            {
                return body;
            }

            // 中共安徽工业大学纪律检查委员会第一次全体会议, 中哈合作委员会农业合作分委会第十二次会议: a body's meeting of sessions is
            // named with the body, an organisation's name written right before the ordinal.
            if (head == prefixed.MiddleStart && BodyMeetings.Contains(text[head..end]) && organizationStarts is not null
                && organizationStarts.TryGetValue(prefixed.Start, out var meetingBody))
            {
                return meetingBody;
            }

            // 党的第十二次全国代表大会: a congress by its ordinal is read for its standard name.
            return head - prefixed.MiddleStart >= 2 && (text.AsSpan(prefixed.MiddleStart, head - prefixed.MiddleStart) is NationalCongress || !IsGeneric(text, prefixed.MiddleStart, head))
                ? prefixed.Start : null;
        }

        var start = AfterVerb(text, PhraseScanner.Default.NameStart(text, runStart, head, joins: false), head);
        if (head - start < 2 || IsGeneric(text, start, head))
        {
            return null;
        }

        var name = text[start..end];
        if (name.EndsWith("会议", StringComparison.Ordinal))
        {
            // 会议 names an event without an ordinal only at national level: 中央经济工作会议, 全国…工作电视电话会议.
            return name.Length >= 6 && (name.EndsWith("工作会议", StringComparison.Ordinal) || name.EndsWith("工作电视电话会议", StringComparison.Ordinal))
                && (name.StartsWith("中央", StringComparison.Ordinal) || name.StartsWith("全国", StringComparison.Ordinal)) ? start : null;
        }

        if (name.EndsWith("代表大会", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var proper in _proper)
        {
            if (name.StartsWith(proper, StringComparison.Ordinal) || (name.Length > 6 && name.AsSpan(0, 4).Contains(proper, StringComparison.Ordinal)))
            {
                return start;
            }
        }

        return StartsWithPlace(name) ? start : null;
    }

    // Where the body holding a congress is named before its ordinal (致|中国少年先锋队|第九次全国代表大会), cut at the
    // words and verbs before a name, a dash or another event's head; null when nothing of two characters is left.
    private int? CongressBody(string text, int runStart, int ordinal)
    {
        var start = AfterVerb(text, PhraseScanner.Default.NameStart(text, runStart, ordinal, joins: false), ordinal);
        for (var i = ordinal - 1; i >= start; i--)
        {
            if (text[i] is '—' or '-' or '致' || (_lexicon.Verbs.LongestEndingAt(text, i + 1, 3) > 0 && i + 1 < ordinal))
            {
                start = i + 1;
                break;
            }

            if (_heads.TryFirstAt(text, i, out var earlier) && i + earlier.Length <= ordinal)
            {
                start = i + earlier.Length;
                break;
            }
        }

        return ordinal - start >= 2 && ChineseText.IsHan(text[start]) ? start : null;
    }

    // 留坝县文旅产业招商推介会: a county, city or district of the gazetteer named first makes the name proper (not
    // 全县…, 资本市场…).
    private static bool StartsWithPlace(string name)
    {
        for (var level = 2; level <= 4 && level < name.Length - 3; level++)
        {
            if (PlaceNames.LevelChars.Contains(name[level], StringComparison.Ordinal))
            {
                return PlaceGazetteer.Default.ByFullName(name[..(level + 1)]).Count > 0;
            }
        }

        return false;
    }

    // 2024成都国际软件产业博览会和|第十届中国（成都）生物医药产业峰会: a name starts after another event's head and
    // the word or dash that joins the two.
    private int AfterJoinedEvent(string text, int runStart, int head)
    {
        for (var i = head - 1; i > runStart; i--)
        {
            if (!"和与及、—".Contains(text[i], StringComparison.Ordinal))
            {
                continue;
            }

            // 第十四届北京国际电影节——|法国电影周: a dash, single or double, sets off an event held within another.
            var joiner = text[i] == '—' && text[i - 1] == '—' ? i - 1 : i;
            for (var j = runStart; j < joiner; j++)
            {
                if (_heads.TryFirstAt(text, j, out var earlier) && j + earlier.Length == joiner)
                {
                    return i + 1;
                }
            }
        }

        return runStart;
    }

    // Where the name ending at head starts: the run of name characters cut at the words that open no name, holding
    // whole quotations, past a verb before it.
    private int NameStartPastVerb(string text, int head, bool joins) =>
        AfterVerb(text, PhraseScanner.BalancedStart(text, PhraseScanner.Default.NameStart(text, PhraseScanner.RunStart(text, head), head, joins), head), head);

    // 相信|北京冬奥会, 预祝|北京冬奥会: a verb (org-left-verbs.txt) before the name is no part of it.
    private int AfterVerb(string text, int start, int head)
    {
        var verb = _lexicon.Verbs.LongestAt(text, start, 3);
        return verb > 0 && head - start - verb >= 2 ? start + verb : start;
    }

    // A year (2024, 2024年) or an ordinal (第七届, 首届, 第二次) that opens the name. One inside a quotation opens the
    // name at its open mark, the quotation then naming it (“和平使命-2015”联合军事演习).
    private static (int Start, int MiddleStart)? Prefix(string text, int runStart, int head)
    {
        var quote = -1;
        for (var i = runStart; i < head; i++)
        {
            if (text[i] == '“')
            {
                quote = i;
            }
            else if (text[i] == '”')
            {
                quote = -1;
            }

            if (YearAt(text, i, head) is { } yearEnd && (i == runStart || !char.IsAsciiDigit(text[i - 1])))
            {
                return quote >= 0 ? (quote, quote) : (i, ChineseText.OrdinalEndAt(text, yearEnd, head) ?? yearEnd);
            }

            if (ChineseText.OrdinalEndAt(text, i, head) is { } ordinalEnd)
            {
                return quote >= 0 ? (quote, quote) : (i, ordinalEnd);
            }
        }

        return null;
    }

    private const string Activity = "活动";

    // Words that make the words after a year a clause rather than an activity's name: a time (期间), a verb of
    // organising or launching (开展走访慰问活动, 推出30项重点活动).
    private static readonly string[] ClauseWordsAfterYear = ["期间", "开展", "实施", "推出", "宣布", "启动", "举办", "举行", "开启", "完成", "出席", "从事"];

    // Function characters, digits (dates, counts) or a clause word between the year and the head.
    private static bool SaysMoreThanAName(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (ChineseText.IsFunctionChar(text[i]) || char.IsAsciiDigit(text[i]) || ChineseText.StartsWithAny(text, i, ClauseWordsAfterYear))
            {
                return true;
            }
        }

        return false;
    }

    // The words a year's round of activities names itself with, when they are generic ones.
    private const int MinYearActivity = 8;

    // 2026年第一季度全省重大项目集中开工活动: a year's round of activities named by the year and words of its own, however
    // generic, which no function word puts in a clause; where it starts, or null.
    private int? YearActivity(string text, int head)
    {
        var runStart = PhraseScanner.RunStart(text, head);
        for (var i = head - MinYearActivity - 4; i >= runStart; i--)
        {
            if ((i == runStart || !char.IsAsciiDigit(text[i - 1])) && YearAt(text, i, head) is { } yearEnd)
            {
                return head - yearEnd >= MinYearActivity && !HoldsHeadOrFunctionWord(text, yearEnd, head) && !SaysMoreThanAName(text, yearEnd, head) ? i : null;
            }
        }

        return null;
    }

    private static readonly string[] Drills = ["演练", "演习"];

    private int? Drill(string text, int head)
    {
        var start = NameStartPastVerb(text, head, joins: false);
        if (start < head && text[start] == '“')
        {
            var close = text.IndexOf('”', start, head - start);
            return close > start + 2 && !HoldsHeadOrFunctionWord(text, close + 1, head) ? start : null;
        }

        return YearAt(text, start, head) is { } yearEnd ? Session(text, (start, yearEnd), head, 4) : null;
    }

    // The holidays and the words 节 starts (节选, 节目) that name no festival of sessions.
    private static readonly string[] Holidays = ["春节", "佳节", "中秋", "国庆", "端午", "元宵", "清明", "重阳", "七夕", "劳动", "儿童", "教师", "圣诞"];

    // Every holiday word is two characters: it ends with this 节 (春节) or right before it (中秋|节).
    private static bool NotFestival(string text, int head) =>
        (head + 1 < text.Length && "选目日约能点奏假庆拍段气俭制".Contains(text[head + 1], StringComparison.Ordinal))
        || (head >= 1 && ChineseText.StartsWithAny(text, head - 1, Holidays))
        || (head >= 2 && ChineseText.StartsWithAny(text, head - 2, Holidays));

    // A name opened by a year or a session's ordinal (prefix) whose own words, at least minMiddle of them, are neither
    // generic nor hold a clause or another event: where it starts, or null.
    private int? Session(string text, (int Start, int MiddleStart)? prefix, int head, int minMiddle) =>
        prefix is { } p && head - p.MiddleStart >= minMiddle && !IsGeneric(text, p.MiddleStart, head) && !HoldsHeadOrFunctionWord(text, p.MiddleStart, head)
            ? p.Start : null;

    // Function characters that put a name inside a clause (…启动仪式在|大型音诗画节); not 对 (对接), 与 (中国与东盟).
    internal const string ClauseChars = "的了在是将着等把被就也都并又还已使而或即当每据";

    private bool HoldsHeadOrFunctionWord(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (ClauseChars.Contains(text[i], StringComparison.Ordinal) || text[i] is '“' or '”' || _heads.TryFirstAt(text, i, out _))
            {
                return true;
            }
        }

        return false;
    }

    // The last ordinal of a session (第七届, 首届) in the run before a head.
    private static (int Start, int MiddleStart)? OrdinalStart(string text, int runStart, int head)
    {
        for (var i = head - 1; i >= runStart; i--)
        {
            if (ChineseText.OrdinalEndAt(text, i, head) is { } ordinalEnd && text[ordinalEnd - 1] == '届')
            {
                // 第|七届: the ordinal read from its first character.
                while (i > runStart && ChineseText.OrdinalEndAt(text, i - 1, head) == ordinalEnd)
                {
                    i--;
                }

                return (i, ordinalEnd);
            }
        }

        return null;
    }

    private static int? YearAt(string text, int i, int limit)
    {
        if (i + 4 > limit || !(text.AsSpan(i, 2).SequenceEqual("19") || text.AsSpan(i, 2).SequenceEqual("20"))
            || !char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3]) || (i + 4 < limit && char.IsAsciiDigit(text[i + 4])))
        {
            return null;
        }

        var end = i + 4;

        // 2000多场, 2000余个: a count, not a year.
        if (end < limit && text[end] is '多' or '余' or '个' or '场' or '项' or '次' or '名' or '家')
        {
            return null;
        }

        if (end < limit && text[end] == '年')
        {
            // 2008年来, 2018年以来, 2020年底: a time, not the year of an event.
            return end + 1 < limit && "来以前后底初末".Contains(text[end + 1], StringComparison.Ordinal) ? null : end + 1;
        }

        return end;
    }

    // Generic when made of generic words only (这次, 重大项目集中签约).
    private bool IsGeneric(string text, int start, int head)
    {
        for (var i = start; i < head;)
        {
            var longest = _generic.LongestAt(text, i, head - i);
            if (longest == 0)
            {
                return false;
            }

            i += longest;
        }

        return true;
    }

    private static bool ExtendsHead(string text, int end) =>
        HeadFollowersThatExtend.Any(f => string.CompareOrdinal(text, end, f, 0, f.Length) == 0);
}
