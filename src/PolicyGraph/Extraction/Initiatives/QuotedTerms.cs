using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// Quoted slogans and programme names: “十项行动”, “三新”, “保税+”, “链长制”, ‘一项目一专班’. A quoted term is an
/// initiative when the lexicon knows it, when a programme word follows it (“十园百企”绿色转型工程), when it is a
/// numbered slogan or a formula with +, or when a policy verb governs it (坚持以“链长制”, 建设…“世界光谷”).
/// Figures of speech (由“线”向“网”, “金字招牌”) and themes (以“…”为主题) are not.
/// </summary>
internal sealed class QuotedTerms(InitiativeLexicon lexicon, IReadOnlyList<(string Head, string Kind)> heads)
{
    private const int MaxTerm = 20;
    private const int MaxTail = 8;
    private const string Numerals = "一二三四五六七八九十百千万双两多";

    private static readonly string[] PolicyVerbs =
    [
        "实施", "推进", "落实", "建设", "打造", "创建", "推广", "推行", "坚持", "聚焦", "深化", "构建", "争创", "建成",
        "叫响", "开展", "践行", "贯彻", "启动", "共建", "完善", "统筹", "打好", "锚定",
    ];

    private static readonly HashSet<string> NotSlogans =
        [.. WordList.Words("Initiatives/not-initiatives.txt"), "一站式", "一把手", "一盘棋", "一刀切", "一揽子", "一张网", "一条龙", "两头", "一次性", "一体化"];

    private readonly string[] _tails = [.. heads.Where(h => h.Kind is "tail" or "name" or "weak").Select(h => h.Head).OrderByDescending(h => h.Length).ThenBy(h => h, StringComparer.Ordinal)];

    /// <summary>The quoted initiatives of <paramref name="text"/>.</summary>
    public IEnumerable<InitiativeCandidate> Find(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] switch { '“' => '”', '‘' => '’', '「' => '」', _ => '\0' };
            if (close == '\0')
            {
                continue;
            }

            var end = text.IndexOf(close, i + 1, Math.Min(MaxTerm + 1, text.Length - i - 1));
            if (end < 0 || end - i - 1 < 2 || text.AsSpan(i + 1, end - i - 1).IndexOfAny("，。！？；：,!?;:“「‘ 　\n") >= 0)
            {
                continue;
            }

            var term = text[(i + 1)..end];
            if (Candidate(text, i, end + 1, term) is { } candidate)
            {
                yield return candidate;
            }
        }
    }

    private InitiativeCandidate? Candidate(string text, int open, int after, string term)
    {
        if (lexicon.CanonicalOf(term) is { } known)
        {
            return new InitiativeCandidate(new TextSpan(open, after), known, InitiativeSource.Quoted);
        }

        if (IsFigure(text, open, after))
        {
            return null;
        }

        // A five-year period (“十四五”) names no initiative, but its plan does (以“十四五”规划为统领), unless words
        // before the quote name a plan of their own (军队建设“十四五”规划).
        if (IsFiveYearPeriod(term) && string.CompareOrdinal(text, after, Plan, 0, Plan.Length) == 0
            && PhraseScanner.Default.NameStart(text, PhraseScanner.RunStart(text, open), open, joins: false) == open)
        {
            return new InitiativeCandidate(new TextSpan(open, after + Plan.Length), term + Plan, InitiativeSource.Quoted);
        }

        // “一箭双星”: a launch, not a programme.
        if (NotSlogans.Contains(term) || term.StartsWith("一箭", StringComparison.Ordinal))
        {
            return null;
        }

        // “五四”, “九·一八”: numerals alone are a date, unless a programme word follows (“八五”规划, “百千万”行动).
        var tail = Tail(text, after);
        if (tail == after && term.All(c => Numerals.Contains(c, StringComparison.Ordinal) || c is '·' or '.' or '•'))
        {
            return null;
        }

        // Numbered slogans: 三新, 十项行动, 一核两翼多节点; a four-character idiom opening with 一 (一枝独秀) is not one.
        var numerals = term.Count(c => Numerals.Contains(c, StringComparison.Ordinal));
        var counted = term.Length > 1 && "项个大条批种类篇".Contains(term[1], StringComparison.Ordinal);
        var slogan = (Numerals.Contains(term[0], StringComparison.Ordinal) && term.Length <= 10 && (term.Length <= 3 || numerals >= 2 || counted))
            || term.Contains('+', StringComparison.Ordinal);
        // 开启“不眠夜”模式, 进入春节“狂欢”模式: a mode switched into is a state of things, not a programme.
        if (tail > after && !(tail - after == Mode.Length && string.CompareOrdinal(text, after, Mode, 0, Mode.Length) == 0 && SwitchedInto(text, open)))
        {
            var name = lexicon.Canonicalize(term + text[after..tail]);
            return new InitiativeCandidate(new TextSpan(open, tail), name, InitiativeSource.Quoted);
        }

        // A term a policy verb governs: at least four characters, a system in 制 (链长制), or a counted task (开展河湖“清四乱”).
        var governed = (term.Length >= 4 || term.EndsWith('制') || numerals > 0) && GovernedByPolicyVerb(text, open, listed: NamesProgramme(term));

        // A programme that names itself one in words of its own (“科城英才计划”3.0版, “强基提质三年行动”, an item of the
        // 高效办成一件事 reform: “新生儿出生一件事”): a name's words that no leading word cuts (not “停止一切敌对行动”,
        // “支持伊朗弹道导弹计划”), not a figure in four characters (“形象工程”).
        var head = SelfNamedHeads.FirstOrDefault(h => term.EndsWith(h, StringComparison.Ordinal));
        var programme = term.Length >= 6 && head is not null && !term.Contains('的', StringComparison.Ordinal)
            && PhraseScanner.Default.NameStart(text, open + 1, after - 1 - head.Length, joins: true) == open + 1;

        // A term opening with a number that names itself a programme: “一号开放工程”, “千企万户大走访行动” (not “形象工程”,
        // “停止一切敌对行动”).
        var named = term.Length is >= 4 and <= 12 && Numerals.Contains(term[0], StringComparison.Ordinal) && _tails.Any(head => term.Length > head.Length + 1 && term.EndsWith(head, StringComparison.Ordinal));
        // “晋江经验”, “枫桥经验”: a model whose experience is to be learnt.
        var model = term.Length >= 4 && term.EndsWith(Experience, StringComparison.Ordinal);
        // 以“高效办成一件事”为牵引: what work is led by or built on is a programme.
        var leading = term.Length >= 4 && open > 0 && text[open - 1] == '以' && ChineseText.StartsWithAny(text, after, LeadingFrames);
        return slogan || governed || programme || named || model || leading
            ? new InitiativeCandidate(new TextSpan(open, after), term, InitiativeSource.Quoted)
            : null;
    }

    // 以“…”为牵引, 以“…”为抓手: the frames that make the quoted term what the work is led by (not 为主题 or 为主线, a
    // theme: 以“探寻工程奇迹”为主线).
    private static readonly string[] LeadingFrames = ["为牵引", "为抓手", "为统领", "为引领", "为突破口", "为切入点"];

    private const string Plan = "规划";

    private const string Experience = "经验";

    private const string Mode = "模式";

    private static readonly string[] SwitchVerbs = ["开启", "进入", "切换", "启动", "按下"];

    // A verb of switching a few characters before the quote (开启|“速冻”, 进入了春节|“狂欢”).
    private static bool SwitchedInto(string text, int open)
    {
        var from = Math.Max(0, open - 6);
        var words = text.AsSpan(from, open - from);
        foreach (var verb in SwitchVerbs)
        {
            if (words.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFiveYearPeriod(string term) =>
        term.Length is 3 or 4 && term[0] == '十' && term[^1] == '五' && term.AsSpan(1, term.Length - 2).IndexOfAnyExcept(Numerals) < 0;

    // A programme word right after the quote, within a few characters: “十园百企”绿色转型工程; not past a conjunction,
    // which joins the term to another thing (“双招双引”和|重大项目建设).
    private int Tail(string text, int after)
    {
        var limit = after;
        while (limit < text.Length && limit - after < MaxTail && text[limit] is >= '\u4e00' and <= '\u9fff' && text[limit] is not ('的' or '和' or '与' or '及'))
        {
            limit++;
        }

        for (var end = limit; end > after; end--)
        {
            foreach (var head in _tails)
            {
                if (end - head.Length >= after && string.CompareOrdinal(text, end - head.Length, head, 0, head.Length) == 0)
                {
                    return end;
                }
            }
        }

        return after;
    }

    // 由“线”向“网”, 从“卖原料”向“卖品牌”, 以“千年宁红 香飘四海”为主题: contrasts and themes, not programmes.
    private static bool IsFigure(string text, int open, int after)
    {
        var before = open > 0 ? text[open - 1] : ' ';
        var next = after < text.Length ? text[after] : ' ';
        return before is '由' or '从' || next is '向' || (after + 3 <= text.Length && text.AsSpan(after, Math.Min(3, text.Length - after)).StartsWith("为主题", StringComparison.Ordinal))
            || (before == '向' && open > 1);
    }

    // A term named by a programme word (天府青城计划, 十园百企行动).
    private bool NamesProgramme(string term) =>
        term.EndsWith(ProgrammePlan, StringComparison.Ordinal) || _tails.Any(head => term.Length > head.Length + 1 && term.EndsWith(head, StringComparison.Ordinal));

    private const string ProgrammePlan = "计划";

    private static readonly string[] SelfNamedHeads = ["计划", "行动", "工程", "一件事"];

    // Whether a policy verb opens the clause before the quote; for a term that names a programme (listed), the quoted
    // items listed before it are passed over to the verb before the first.
    private static bool GovernedByPolicyVerb(string text, int open, bool listed)
    {
        var clause = open;
        while (clause > 0 && open - clause < 16)
        {
            // 实施“天府峨眉计划”“天府青城计划”, 推进“A”、“B”: the quoted items of a list share the verb before the first.
            var item = listed && text[clause] is '“' && (text[clause - 1] == '”' || (text[clause - 1] == '、' && clause >= 2 && text[clause - 2] == '”'));
            var previous = item ? text.LastIndexOf('“', clause - 1) : -1;
            if (previous >= 0)
            {
                clause = previous;
                continue;
            }

            if (text[clause - 1] is '，' or '。' or '；' or '、' or '\n' or '”' or ',' or ';' or '：' or ':')
            {
                break;
            }

            clause--;
        }

        var words = text[clause..open];
        return PolicyVerbs.Any(v => words.Contains(v, StringComparison.Ordinal));
    }
}
