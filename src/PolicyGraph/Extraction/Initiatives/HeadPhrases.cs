using PolicyGraph.Extraction.Entities;
using PolicyGraph.Lexicon.Places;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// Unquoted names that end in a programme head (heads.txt): 自贸试验区提升行动, 东湖国家自主创新示范区,
/// 通道提质增效三年行动方案, 新能源汽车零部件产业园二期项目. The name begins after the last word that never begins
/// one (<see cref="PhraseScanner"/>); generic mentions (重大工程, 签约项目) are dropped.
/// </summary>
internal sealed class HeadPhrases
{
    // Characters after a head that make it part of a longer word: 工程师, 规划局, 项目部, 示范区管委会 stays (an org).
    private const string Extenders = "师局部院所处办委厅员组";

    // A head followed by these names a body: 三峡工程建设委员会, 示范区管委会.
    private static readonly string[] OrganizationTails = ["建设委员会", "建设委", "委员会", "领导小组", "指挥部", "管委会", "管理局", "办公室", "工作组"];

    private readonly InitiativeLexicon _lexicon;
    private readonly WordsByFirstChar<(string Head, string Kind)> _heads;
    private readonly HashSet<string> _generic;
    private readonly string[] _regions;
    private readonly string[] _markers = [.. WordList.Words("Initiatives/programme-markers.txt")];

    public HeadPhrases(InitiativeLexicon lexicon, IReadOnlyList<(string Head, string Kind)> heads, IEnumerable<string> generic, IEnumerable<string> regions)
    {
        _lexicon = lexicon;
        _heads = new(heads.Where(h => h.Kind is "name" or "weak" or "joins" or "project" or "place").OrderByDescending(h => h.Head.Length).ThenBy(h => h.Head, StringComparer.Ordinal), h => h.Head);
        _generic = [.. generic];
        _regions = [.. regions];
    }

    /// <summary>The head-word initiatives of <paramref name="text"/>.</summary>
    public IEnumerable<InitiativeCandidate> Find(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!_heads.TryFirstAt(text, i, out var match))
            {
                continue;
            }

            var end = i + match.Head.Length;
            if (end < text.Length && (Extenders.Contains(text[end], StringComparison.Ordinal) || (match.Head == "战略" && !EndsStrategy(text[end]))
                || ChineseText.StartsWithAny(text, end, OrganizationTails)))
            {
                continue;
            }

            if (match.Kind == "project" && ListedProject(text, i) is { } listed)
            {
                yield return listed;
            }
            else if (Name(text, i, end, match.Kind) is { } start)
            {
                var name = text[start..end];
                yield return new InitiativeCandidate(new TextSpan(start, end), _lexicon.Canonicalize(name), InitiativeSource.HeadPhrase);
            }

            i = end - 1;
        }
    }

    // 乌鲁木齐国际陆港区多式联运集散中心等重大项目: the name before 等 is a project's.
    private InitiativeCandidate? ListedProject(string text, int head)
    {
        var marker = new[] { "等重大", "等重点", "等" }.FirstOrDefault(m => head - m.Length >= 0 && string.CompareOrdinal(text, head - m.Length, m, 0, m.Length) == 0);
        if (marker is null)
        {
            return null;
        }

        var end = head - marker.Length;
        var start = PhraseScanner.Default.NameStart(text, PhraseScanner.RunStart(text, end), end, joins: false);
        return end - start >= 8 && !IsGeneric(text[start..end], project: false)
            ? new InitiativeCandidate(new TextSpan(start, end), text[start..end], InitiativeSource.HeadPhrase)
            : null;
    }

    // 战略 ends a name only where the word ends: not in 全面战略伙伴关系, 战略高度, 战略定位.
    private static bool EndsStrategy(char next) =>
        next is not (>= '\u4e00' and <= '\u9fff') || "的和与中等是为将在上下及，".Contains(next, StringComparison.Ordinal);

    private const string Capacity = "年产";

    private const string Magnitudes = "百千万";

    private static readonly string[] SigningVerbs = ["签约", "签订", "签署", "引进"];

    private static bool Signed(string text, int start) =>
        start >= 2 && SigningVerbs.Any(v => string.CompareOrdinal(text, start - 2, v, 0, 2) == 0);

    // What follows a project listed with its investment: …电驱系统项目，总投资20亿元.
    private static readonly string[] InvestmentWords = ["，总投资", "，计划总投资", "，项目总投资", "，投资额", "总投资", ",总投资"];

    private static bool InvestmentAfter(string text, int end) => ChineseText.StartsWithAny(text, end, InvestmentWords);

    // Where the numbered item of a list holding at starts (1.天心区…, （2）…, 3、…): the first character after its line's
    // number, when nothing but the item's words stands between it and at; else null.
    private static int? ItemStart(string text, int at)
    {
        var line = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var i = line;
        while (i < at && ListLine.IsSpace(text[i]))
        {
            i++;
        }

        var open = i < at && text[i] is '（' or '(';
        var digits = open ? i + 1 : i;
        var k = digits;
        while (k < at && (char.IsAsciiDigit(text[k]) || ChineseText.IsNumeral(text[k])))
        {
            k++;
        }

        if (k == digits || k >= at || !(open ? text[k] is '）' or ')' : text[k] is '.' or '．' or '、'))
        {
            return null;
        }

        // 1.宁国经济技术开发区与…有限公司签约…项目: an item that tells who signed what is a clause, not a name.
        var start = k + 1;
        return start < at && text.AsSpan(start, at - start).IndexOfAny("，。；：,;:！？签与") < 0 ? start : null;
    }

    // A project's own name before its investment: no count (7大类300个|项目) and no words of a clause (带动, 全省).
    private static bool IsListedName(string text, int start, int head)
    {
        var name = text.AsSpan(start, head - start);
        return !name.ContainsAnyInRange('0', '9') && !name.Contains("带动", StringComparison.Ordinal) && !name.Contains("全省", StringComparison.Ordinal)
            && !name.Contains("全市", StringComparison.Ordinal) && !name.Contains("个", StringComparison.Ordinal);
    }

    // A named project ends in a facility or a phase: …产业园, …分拨中心, …综合体, …二期, …研发生产.
    private static bool NamesFacility(string before) =>
        "园厂港站线路桥场馆城楼库仓体地心期产所院台湖岛坝渠".Contains(before[^1], StringComparison.Ordinal) && !before.EndsWith("遗产", StringComparison.Ordinal);

    private int? Name(string text, int head, int end, string kind)
    {
        var joins = kind == "joins";
        var start = PhraseScanner.BalancedStart(text, PhraseScanner.Default.NameStart(text, PhraseScanner.RunStart(text, head), head, joins), head);
        var project = kind == "project";

        // ——澜川新材料…项目: the dash that lists an item is no part of its name.
        while (start < head && text[start] is '—' or '－' or '-' or '─')
        {
            start++;
        }

        // 公司年产50万套…系统项目: a project named by its capacity starts at 年产.
        var capacity = project ? text.IndexOf(Capacity, start, head - start, StringComparison.Ordinal) : -1;
        start = capacity >= 0 ? capacity : start;

        // 1.天心区坡子街历史文化街区保护利用项目，总投资42亿元: a numbered item that names a project with its investment
        // is the project's name, whatever words it holds (利用).
        var item = project && capacity < 0 && InvestmentAfter(text, end) ? ItemStart(text, head) : null;
        var listed = item <= start && IsListedName(text, item!.Value, head);
        start = listed ? item!.Value : start;
        var before = text[start..head];

        // 签约新型储能电池系统集成项目, 签约楚雄300万千瓦风光储一体化基地项目: what is signed is a named project, whatever it
        // ends in; so is one named by its capacity.
        var named = project && (capacity >= 0 || Signed(text, start) || (InvestmentAfter(text, end) && IsListedName(text, start, head)));
        // 中缅|经济走廊: two countries' short names name a long head as well as three words do.
        var bilateral = !project && before.Length == 2 && before[0] == '中' && before[1] is not ('国' or '方' or '央') && end - head >= 4;
        if ((before.Length < (project ? 6 : kind == "place" ? 2 : 3) && !bilateral) || IsGeneric(before, project && capacity < 0 && !listed) || (project && !named && !NamesFacility(before))
            || (before.Any(char.IsAsciiDigit) && !named && !before.Contains('期', StringComparison.Ordinal)))
        {
            return null;
        }

        // …北接丝绸之路经济带: a name ending in a known initiative is that initiative, found by the lexicon (but a listed
        // project's: 开福区新河三角洲片区城市更新项目).
        var name = text[start..end];
        for (var k = 1; k <= name.Length - 2 && !listed; k++)
        {
            if (_lexicon.Knows(name.AsSpan(k)))
            {
                return null;
            }
        }

        // 军事行动, 解决方案, 系统工程 end like programmes; a named one carries a marker, a region or a known initiative.
        // 千名干部进万企服务行动, 百县千镇万村…工程: a programme named by its hundreds and thousands (not 百万港人…行动).
        var counted = before.Length >= 6 && Magnitudes.Contains(before[0], StringComparison.Ordinal)
            && before.AsSpan(1).TrimStart(Magnitudes).IndexOfAny(Magnitudes) >= 0;
        if (kind == "weak" && !counted && !_markers.Any(m => before.Contains(m, StringComparison.Ordinal))
            && !_regions.Any(r => before.StartsWith(r, StringComparison.Ordinal))
            && !Enumerable.Range(0, before.Length).Any(k => _lexicon.FormAt(before, k) is not null))
        {
            return null;
        }

        if (kind == "place")
        {
            var opening = PlaceGoalStart(before, text[head..end]);
            return opening < 0 ? null : start + opening;
        }

        if (joins && (before.Length > 10 || !_regions.Any(r => before.StartsWith(r, StringComparison.Ordinal))) && _lexicon.CanonicalOf(text[start..end]) is null)
        {
            return null;
        }

        return start;
    }

    // A place's planned role (洛阳都市圈, 淮海经济区中心城市, 国家清洁能源产业高地) opens with the place or region it is
    // planned for, or with 国家 for a role the state assigns: where in the phrase that opening is (做强|长春现代化都市圈),
    // or -1. A metropolitan area is its place's (长春现代化都市圈, not 国家高速路网武汉都市圈); a central city is one of a
    // region or of the state (淮海经济区|中心城市, 郑州国家|中心城市, not 发挥上海|中心城市); a new height (对外开放新高地),
    // a count (两大都市圈) or a role without its place (区域性中心城市, 创新高地) is a phrase.
    private int PlaceGoalStart(string before, string head)
    {
        if (before.Length > 16 || before.EndsWith('新') || before.Contains('的', StringComparison.Ordinal) || before.Contains("大", StringComparison.Ordinal) && before.IndexOfAny(['两', '三', '四', '五', '六']) >= 0)
        {
            return -1;
        }

        var area = head == "都市圈";
        var city = head.EndsWith("中心城市", StringComparison.Ordinal);
        if (city && !(before.EndsWith("经济区", StringComparison.Ordinal) || before.EndsWith("城市群", StringComparison.Ordinal) || before.EndsWith("国家", StringComparison.Ordinal)))
        {
            return -1;
        }

        for (var at = 0; at <= before.Length - 2; at++)
        {
            var rest = before.AsSpan(at);
            if (!area && rest.StartsWith("国家", StringComparison.Ordinal))
            {
                return !rest.StartsWith("国家级", StringComparison.Ordinal) && rest.Length >= 6 ? at : -1;
            }

            var place = PlaceLengthAt(before, at);
            if (place > 0 && (!area || at + place == before.Length || before.AsSpan(at + place).SequenceEqual("现代化")))
            {
                return at;
            }
        }

        return -1;
    }

    // The length of the region or the place (a prefecture or above) that opens before[at..], or 0.
    private int PlaceLengthAt(string before, int at)
    {
        foreach (var region in _regions)
        {
            if (string.CompareOrdinal(before, at, region, 0, region.Length) == 0)
            {
                return region.Length;
            }
        }

        for (var length = Math.Min(before.Length - at, 6); length >= 2; length--)
        {
            if (PlaceGazetteer.Default.Find(before.Substring(at, length)).Any(p => p.Level <= PlaceLevel.Prefecture))
            {
                return length;
            }
        }

        return 0;
    }

    // Generic when made of generic words only (重大国家), or, for projects, when ending in one (现场签约).
    private bool IsGeneric(string before, bool project)
    {
        if (project && _generic.Any(g => before.EndsWith(g, StringComparison.Ordinal)))
        {
            return true;
        }

        var i = 0;
        while (i < before.Length)
        {
            var longest = 0;
            foreach (var g in _generic)
            {
                if (g.Length > longest && string.CompareOrdinal(before, i, g, 0, g.Length) == 0)
                {
                    longest = g.Length;
                }
            }

            if (longest == 0)
            {
                return false;
            }

            i += longest;
        }

        return true;
    }
}
