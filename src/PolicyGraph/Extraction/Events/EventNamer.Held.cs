using PolicyGraph.Extraction.Initiatives;
using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Events;

internal sealed partial class EventNamer
{
    // Verbs after which a meeting's name is their object, the clause's last words: 召开|全省支持小微企业融资协调工作机制推进会，
    private static readonly string[] HoldingVerbs = ["召开了", "举行了", "举办了", "召开", "举行", "举办", "出席", "参加"];

    // Verbs before which a meeting's name is their subject, the clause's first words: 包头市深化集团化办学改革推进会|召开。
    private static readonly string[] HeldVerbs = ["召开", "举行", "举办", "开幕"];

    // Adverbs between the subject and the verb: …推进会|隆重|召开.
    private static readonly string[] HeldAdverbs = ["隆重", "顺利", "正式", "近日", "日前", "随即", "随后", "同期", "同时"];

    private const string ClauseBreaks = "，。；！？：、,;!?:\n 　";

    // The words of a meeting's own name: at least this many before its head.
    private const int MinHeldMiddle = 6;

    private readonly WordsByFirstChar<string> _heldHeads =
        new(WordList.Words("Events/held-heads.txt").Concat(WordList.Words("Events/event-heads.txt")).Distinct(StringComparer.Ordinal)
            .OrderByDescending(h => h.Length).ThenBy(h => h, StringComparer.Ordinal), h => h);

    /// <summary>
    /// Meetings named where the text says they are held, with or without a place or a year in their names: the whole
    /// object of 召开/举行/出席 up to the clause's end (蓬安县召开|全县作风建设暨…集中整治推进会|，), or the whole subject of
    /// 召开/举行, at the clause's start (，|吉林省空天信息实验室揭牌仪式|在长春举行).
    /// </summary>
    public IEnumerable<(int Start, int End)> FindHeld(string text)
    {
        // Only the characters that open a verb are looked at (a build reads every document's text here twice).
        for (var i = text.AsSpan().IndexOfAny(HoldingVerbStarts); i >= 0 && i < text.Length; i = NextAt(text, i + 1, HoldingVerbStarts))
        {
            var verb = HoldingVerbWords.LongestAt(text, i);
            if (verb == 0)
            {
                continue;
            }

            var start = i + verb;
            var end = ClauseEnd(text, start);
            if ((start < end && text[start] == '的' ? HeldNameBeforeOn(text, start + 1, end) : HeldName(text, start, end)) is { } name)
            {
                yield return name;
            }

            i = start - 1;
        }

        for (var i = NextAt(text, 1, HeldVerbStarts); i >= 0; i = NextAt(text, i + 1, HeldVerbStarts))
        {
            if (HeldVerbWords.LongestAt(text, i) is not (> 0 and var verb) || !(ClauseEndsAt(text, i + verb) || ChineseText.StartsWithAny(text, i + verb, AfterHeld)))
            {
                continue;
            }

            var subjectEnd = SubjectEnd(text, i);
            var start = subjectEnd;
            while (start > 0 && !ClauseBreaks.Contains(text[start - 1], StringComparison.Ordinal) && subjectEnd - start < MaxHeldName)
            {
                start--;
            }

            if ((start == 0 || ClauseBreaks.Contains(text[start - 1], StringComparison.Ordinal)) && HeldName(text, start, subjectEnd) is { } name)
            {
                yield return name;
            }
        }
    }

    private const int MaxHeldName = 60;

    // How long a venue between 在 and the verb may be: 在|格尔木东出口光伏园区|举行.
    private const int MaxVenue = 20;

    // What may follow the verb of a meeting held as the subject: 召开|以来, 召开|之际.
    private static readonly string[] AfterHeld = ["以来", "之际", "期间", "之后", "后", "前"];

    private const string Ceremony = "仪式";

    private static readonly System.Buffers.SearchValues<char> HoldingVerbStarts = System.Buffers.SearchValues.Create([.. HoldingVerbs.Select(v => v[0]).Distinct()]);

    private static readonly System.Buffers.SearchValues<char> HeldVerbStarts = System.Buffers.SearchValues.Create([.. HeldVerbs.Select(v => v[0]).Distinct()]);

    // The next position at or after from where one of starts is, or -1.
    private static int NextAt(string text, int from, System.Buffers.SearchValues<char> starts)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var next = text.AsSpan(from).IndexOfAny(starts);
        return next < 0 ? -1 : from + next;
    }

    private static readonly WordSet HoldingVerbWords = new(HoldingVerbs);

    private static readonly WordSet HeldVerbWords = new(HeldVerbs);

    private static int ClauseEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= MaxHeldName && !ClauseBreaks.Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        return end;
    }

    private static bool ClauseEndsAt(string text, int i) => i >= text.Length || ClauseBreaks.Contains(text[i], StringComparison.Ordinal);

    // Where the subject before a verb of holding ends: before 在 and a place (…揭牌仪式|在长春举行) and the adverbs.
    private static int SubjectEnd(string text, int verb)
    {
        var end = verb;
        foreach (var adverb in HeldAdverbs)
        {
            if (end >= adverb.Length && string.CompareOrdinal(text, end - adverb.Length, adverb, 0, adverb.Length) == 0)
            {
                end -= adverb.Length;
                break;
            }
        }

        var at = text.LastIndexOf('在', end - 1, Math.Min(MaxVenue, end));
        return at > 0 && !ClauseBreaks.AsSpan().ContainsAny(text.AsSpan(at, end - at)) ? at : end;
    }

    // The span [start, end) when it is a meeting's name: it ends in a head, holds enough words of its own that are
    // not generic, and no word that puts it inside a clause.
    private (int Start, int End)? HeldName(string text, int start, int end)
    {
        start = AfterTime(text, AfterVerbs(text, start, end), end);
        if (end - start < MinHeldMiddle + 2 || end - start > MaxHeldName || !Balanced(text, start, end) || CountOrDate(text, start, end)
            || ChineseText.StartsWithAny(text, start, Determiners))
        {
            return null;
        }

        for (var head = end - 2; head > start; head--)
        {
            if (!_heldHeads.TryFirstAt(text, head, out var word) || head + word.Length != end)
            {
                continue;
            }

            // A ceremony's name says whose ceremony it is, more than what is done (盛大迎宾仪式, 项目交付仪式 name none); a
            // congress by its ordinal alone (第十九次代表大会) is no body's.
            var middle = text.AsSpan(start, head - start);
            var words = middle.Length - middle.Count('“') - middle.Count('”') - (word == Ceremony ? 2 : 0);
            if ((text[start] == '第' && text.AsSpan(start, end - start).EndsWith("代表大会", StringComparison.Ordinal)) || JoinsEvents(text, start, head))
            {
                return null;
            }

            var opens = ChineseText.IsHan(text[start]) || text[start] is '“' or '《' || char.IsAsciiDigit(text[start]);
            return opens && words >= MinHeldMiddle && !IsGeneric(text, start, head) && !HoldsClauseWord(text, start, head) && !OnlyYearAndOrdinal(text, start, head)
                ? (start, end) : null;
        }

        return null;
    }

    // 举行|2021年第一次集体学习: a year and an ordinal alone name no meeting (whose first study of the year?); written
    // after the body holding it, the whole is the name (省委理论学习中心组2024年第五次集体学习|在贵阳举行).
    private static bool OnlyYearAndOrdinal(string text, int start, int head) =>
        ChineseText.OrdinalEndAt(text, YearAt(text, start, head) ?? start, head) == head;

    // A meeting named after 举行的/召开的 and before 上, where what was said there follows (在当天举行的|…城市试点工作启动会|上表示).
    private (int Start, int End)? HeldNameBeforeOn(string text, int start, int end)
    {
        for (var on = text.IndexOf('上', start, end - start); on > start; on = on + 1 < end ? text.IndexOf('上', on + 1, end - on - 1) : -1)
        {
            if (HeldName(text, start, on) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    // Years before a date: 去年|9月|全国新型工业化推进大会.
    private static readonly string[] RelativeYears = ["去年", "今年", "前年", "明年"];

    // Where the words after a time written first start: 去年9月|全国…大会, 4月16日|…仪式.
    private static int AfterTime(string text, int start, int end)
    {
        var month = ChineseText.StartsWithAny(text, start, RelativeYears) ? start + 2 : start;
        var digits = month;
        while (digits < end && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits == month || digits >= end || text[digits] != '月')
        {
            return start;
        }

        var day = digits + 1;
        var dayEnd = day;
        while (dayEnd < end && char.IsAsciiDigit(text[dayEnd]))
        {
            dayEnd++;
        }

        return dayEnd > day && dayEnd < end && text[dayEnd] is '日' or '号' ? dayEnd + 1 : day;
    }

    // Words that open a mention of a meeting, not its name: 该项目动工仪式, 今年二十国集团领导人峰会, 新一届…峰会.
    private static readonly string[] Determiners = ["该", "这", "此", "首次", "本次", "本届", "今年", "明年", "去年", "新一届", "下一届", "上述", "各", "每"];

    // Verbs of announcing, greeting and attending that a subject may hold before the meeting's name
    // (韩正宣布|2020年中国国际服务贸易交易会|开幕, 习近平致信祝贺|首届全民阅读大会|开幕).
    private static readonly string[] AnnouncingVerbs = ["宣布", "祝贺", "致信", "致电", "致辞", "出席", "参加", "主持", "抗议", "召开", "举行", "举办", "值此"];

    // Where the name starts: after the last verb of announcing, and after a verb it opens with (听取|…意见座谈会).
    private int AfterVerbs(string text, int start, int end)
    {
        var after = start;
        for (var i = start; i < end - 1; i++)
        {
            if (ChineseText.StartsWithAny(text, i, AnnouncingVerbs))
            {
                after = i + 2;
            }
        }

        return AfterVerb(text, after, end);
    }

    // Quotes and title marks closed within the name (not 文明互鉴”文化遗产保护论坛, cut inside a quote).
    private static bool Balanced(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        return span.Count('“') == span.Count('”') && span.Count('‘') == span.Count('’') && span.Count('《') == span.Count('》')
            && span.Count('（') == span.Count('）');
    }

    // 100多场论坛, 3场专题研讨会, 多场平行分论坛: a number of meetings; 9月二十国集团领导人杭州峰会: a date before one.
    private static bool CountOrDate(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsAsciiDigit(text[i]) || "一二三四五六七八九十百千两多余超近约".Contains(text[i], StringComparison.Ordinal)))
        {
            i++;
        }

        return i > start && i < end && "场个项次批家月日".Contains(text[i], StringComparison.Ordinal);
    }

    // Two events joined by 和, 与, 及 or a dash (…经济论坛与第二届…论坛, …电影节——法国电影周) are two names, which the
    // heads before find.
    private bool JoinsEvents(string text, int start, int head)
    {
        for (var i = start; i < head; i++)
        {
            if (_heads.TryFirstAt(text, i, out var earlier) && i + earlier.Length < head && "和与及—".Contains(text[i + earlier.Length], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A number before 场 that counts meetings (19场, 六场, 两场), not one that orders them (第五场).
    private static bool Counted(string text, int start, int measure)
    {
        var i = measure;
        while (i > start && (char.IsAsciiDigit(text[i - 1]) || "一二三四五六七八九十百两多余".Contains(text[i - 1], StringComparison.Ordinal)))
        {
            i--;
        }

        return i < measure && (i == start || text[i - 1] != '第');
    }

    // Whether the character at i is inside a place's name the gazetteer knows (成都, 都江堰, 大同): no function word there.
    private static bool InPlaceName(string text, int start, int i, int end)
    {
        var places = Lexicon.Places.PlaceGazetteer.Default;
        for (var from = Math.Max(start, i - 3); from <= i; from++)
        {
            for (var length = Math.Max(2, i - from + 1); length <= 4 && from + length <= end; length++)
            {
                if (places.Names(text.AsSpan(from, length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Function characters that put the words inside a clause (…的…, 并…, …会议到…峰会) or a count of meetings (主论坛和19场
    // 分论坛); 暨 joins two meetings of one name.
    private static bool HoldsClauseWord(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if ((ClauseChars.Contains(text[i], StringComparison.Ordinal) && !InPlaceName(text, start, i, end)) || text[i] == '到' || (text[i] == '场' && Counted(text, start, i)))
            {
                return true;
            }
        }

        return false;
    }
}
