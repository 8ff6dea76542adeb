using PolicyGraph.Lexicon;
using PolicyGraph.Lexicon.Places;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class OrganizationStep
{
    private const int MaxNameLength = 32;

    // Units a body may have inside a longer name: 管委会 in …管委会办公室, (天津)分公司 in …有限公司天津分公司, (华西)医院 in
    // 四川大学华西医院.
    private static readonly string[] Units =
        ["管理委员会", "管委会", "办公室", "分公司", "子公司", "分行", "支行", "党委", "片区", "学院", "实验室", "研究院", "研究所", "分会", "分院", "事业部", Hospital];

    private const string Hospital = "医院";

    // Units a university or academy names at length (汽车与交通工程学院), and how long that name may be.
    private static readonly string[] Departments = ["学院", "研究院", "研究所", "实验室"];

    private const int MaxDepartmentName = 10;

    // Units counted or dated by a number written in digits before them.
    private const string NumberUnits = "年月日时个名家所位批条座项种类次届号";

    // Longest first: the first that the name starts with is skipped.
    private static readonly string[] LeadingQuantifiers =
        ["一家", "两家", "多家", "每家", "这家", "那家", "多所", "多个", "一批", "一些", "一位", "一名", "部分", "所有", "全部", "各级", "各类", "全市", "全省", "全区", "全县", "全镇", "辖区内", "辖内", "项目公司", "该", "本", "各", "某", "其", "这", "那", "此", "每"];

    // Words that make what follows a description of some body, not its name: 一个国家级数字电影产业园, 更多孔子学院, 首个省级实验室.
    private static readonly string[] Indefinites = ["一个个", "一个", "更多", "首批", "首个"];

    // Kinds of research platform a province or city accredits (省重点实验室, 省技术创新中心).
    private static readonly string[] PlatformKinds = ["重点实验室", "技术创新中心", "产业创新中心", "制造业创新中心", "工程研究中心"];

    // Kinds of zone or platform the state or a province ranks (国家高新区, 省级经开区, 国家实验室), whose places name one
    // (广州实验室).
    private static readonly string[] ZoneKinds = ["高新技术产业开发区", "高新区", "经济技术开发区", "经开区", "现代产业学院", "产业学院", "实验室"];

    // The ranks a platform or a zone is given.
    private static readonly string[] Ranks = ["国家", "国家级", "省级", "市级", "省", "市"];

    /// <summary>
    /// Whether <paramref name="name"/> is a kind of platform or zone named by its rank or by the place that accredits it
    /// alone (新认定|湖南省重点实验室|6家, 国家技术创新中心, 国家级高新区): a class of bodies, not one.
    /// </summary>
    internal static bool IsPlatformClass(string name)
    {
        var platform = PlatformKinds.FirstOrDefault(k => name.EndsWith(k, StringComparison.Ordinal));
        var kind = platform ?? ZoneKinds.FirstOrDefault(k => name.EndsWith(k, StringComparison.Ordinal));
        if (kind is null)
        {
            return false;
        }

        var owner = name[..^kind.Length];
        return Ranks.Contains(owner) || (platform is not null && PlaceGazetteer.Default.Find(owner).Any(p => p.Level <= PlaceLevel.Prefecture));
    }

    private static readonly string[] NotAfterPark = ["项目", "一期", "二期", "三期", "建设", "内", "里"];

    // A full name: an organisation word (…有限公司, …大学) and the name before it back to the clause or the word
    // that governs it. Outermost names first, so a body inside a longer name is found as its nested parent.
    private static readonly string[] WholeLevel = ["全省", "全市", "全县", "全区", "全州"];

    private void FindNamed(string text, Found found, SpanIndex titles)
    {
        var bodies = new SpanIndex(text.Length, found.Candidates.Select(f => f.Span));
        // 集团化办学, 公司化运营, 康养社区, 细分行业: an organisation word that a word goes on from names no organisation.
        var suffixes = SuffixMatches(text).Where(s => (!titles.Overlaps(new TextSpan(s.Start, s.End)) || SharesHead(text, s.Start, s.End))
            && !(s.Start > 0 && text[s.Start - 1] == '招' && text[s.Start] == '商') && !(s.End < text.Length && text[s.End] == '化')
            && !EndsInsideWord(text, s.End)).ToList();
        var suffixStarts = suffixes.ToDictionary(s => s.End, s => s.Start);
        for (var k = suffixes.Count - 1; k >= 0; k--)
        {
            var (suffixStart, end) = suffixes[k];
            var suffix = text[suffixStart..end];
            var kind = _lexicon.SuffixKinds[suffix];
            var start = NameStart(text, suffixStart, end, kind, titles, p => found.Spans.AnyEndingAt(p) ? found.Candidates.Where(c => c.Span.End == p).Min(c => c.Span.Start) : null);
            if (start < 0)
            {
                continue;
            }

            start = AfterPartyPrefix(text, start, suffixStart, kind);

            if (kind == "park" && ChineseText.StartsWithAny(text, end, NotAfterPark))
            {
                continue;
            }

            var span = new TextSpan(start, end);
            var suffixSpan = new TextSpan(suffixStart, end);

            // 2024年度全省法院: the courts of a whole province, no one body; 学校相关职能部门和学院: a description of bodies.
            if (WholeLevel.Any(w => text.AsSpan(start, end - start).Contains(w, StringComparison.Ordinal))
                || text.AsSpan(start, end - start).Contains("相关", StringComparison.Ordinal))
            {
                continue;
            }

            if (found.Spans.Holds(span) || InsideBody(bodies, start, suffixSpan))
            {
                continue;
            }

            // 新认定湖南省重点实验室6家: a platform kind a place accredits, named by the place alone, is a class of bodies.
            if (IsPlatformClass(text[start..end]))
            {
                continue;
            }

            // 市人大常委会|预算工作委员会: a unit named after a body whose name the place qualifies is qualified with it, and
            // part of it.
            var parentNested = NestedParents(text, span, suffixStarts, found);
            if (QualifiedBodyOpening(text, span, found) is { } body)
            {
                found.Add(body with { Nested = true });
                found.Add(new OrgCandidate(span, body.Canonical + text[body.Span.End..end], body.Kind, body.Place, Parent: parentNested ?? body.Canonical));
                continue;
            }

            if (UnitPartyCommittee(text, span, suffixStart, suffixStarts) is { } committee)
            {
                found.Add(committee);
                continue;
            }

            found.Add(new OrgCandidate(span, MissionName(span.Of(text)), kind, Parent: parentNested));
        }

    }

    private static readonly string[] PartyPrefixes = ["中国共产党", PartyName];

    // The length of the party's name (中国共产党, 中共) at start, or 0.
    private static int PartyPrefixLength(string text, int start) =>
        PartyPrefixes.FirstOrDefault(p => string.CompareOrdinal(text, start, p, 0, p.Length) == 0)?.Length ?? 0;

    // The kinds of unit whose name the party's may stand before, naming the unit's party organisation.
    private static readonly HashSet<string> PartyUnitKinds = new(StringComparer.Ordinal) { "education", "company" };

    // 中国共产党安徽工业大学|第五次代表大会: before a school's or a company's own name the party's is no part of it
    // (中共中央党校, 中共中央文献出版社 and the central bodies keep it).
    private static int AfterPartyPrefix(string text, int start, int suffixStart, string kind)
    {
        var prefix = PartyPrefixLength(text, start);
        return prefix == 0 || !PartyUnitKinds.Contains(kind) || suffixStart - start <= prefix + 1
            || string.CompareOrdinal(text, start + prefix, Central, 0, Central.Length) == 0
            || text.AsSpan(start + prefix, suffixStart - start - prefix).IndexOfAny('委', '党') >= 0
            ? start : start + prefix;
    }

    private const string Central = "中央";

    // 中国共产党安徽工业大学第五届委员会, 中共马鞍山钢铁集团有限公司委员会: the party committee of a unit (a name read up to
    // an organisation's word, one of unitEnds) is a party body named 中共, the unit and 委员会 whatever its term, as
    // 校党委 is named. Null where the name is no such committee.
    private static OrgCandidate? UnitPartyCommittee(string text, TextSpan span, int suffixStart, Dictionary<int, int> unitEnds)
    {
        var prefix = PartyPrefixLength(text, span.Start);
        if (prefix == 0 || span.End - suffixStart != Committee.Length || string.CompareOrdinal(text, suffixStart, Committee, 0, Committee.Length) != 0
            || string.CompareOrdinal(text, span.Start + prefix, Central, 0, Central.Length) == 0)
        {
            return null;
        }

        var name = span.Of(text);
        var term = TermAt(name);
        var unitEnd = term > 0 ? term : name.Length - Committee.Length;
        return unitEnd - prefix >= 2 && unitEnds.TryGetValue(span.Start + unitEnd, out var unitSuffix) && unitSuffix > span.Start + prefix
            ? new OrgCandidate(span, PartyName + name[prefix..unitEnd] + Committee, "party")
            : null;
    }

    /// <summary>
    /// Last characters of a body a head's title written right after it shares (国防部长 is 国防部 and 部长, 公安局长
    /// 公安局 and 局长).
    /// </summary>
    public const string SharedHeadChars = "部局厅署";

    /// <summary>Whether the one-character organisation word at start is also the first of the head's title after it (美国国防|部|长).</summary>
    public static bool SharesHead(string text, int start, int end) =>
        end == start + 1 && end < text.Length && text[end] == '长' && SharedHeadChars.Contains(text[start], StringComparison.Ordinal);

    // Names holding a character that otherwise ends the words before a name: 以色列总理办公室, not 色列…; 华为技术有限公司,
    // not 技术有限公司; 北京协和医院, 也门政府, 对外经济贸易大学.
    // Names of bodies that hold a word that elsewhere ends the words before a name: 人民代表大会 holds 代表, 新希望集团 希望.
    private static readonly string[] StopHoldingWords = ["代表大会", "希望集团", "希望控股", "希望六和"];

    // Words that end the words before a name elsewhere but name a company's business (中湘建设集团, 首钢京唐钢铁联合有限责任公司).
    private static readonly HashSet<string> BusinessWords = new(StringComparer.Ordinal) { "建设", "联合", "开发", "发展", "投资" };

    // What may stand between a company's business and its suffix: 中湘建设|集团有限公司 names its business with a word that
    // elsewhere ends the words before a name (建设).
    private static readonly HashSet<string> CompanyStructure = new(StringComparer.Ordinal)
    {
        string.Empty, "集团", "工程", "投资", "控股", "股份", "集团股份", "工程集团", "投资集团", "发展", "集团控股",
    };

    // Whether the stop word ending at j is the business a company names (中湘建设|集团有限公司): a business word, a name
    // before it that is no stop itself (not 加快建设|有限公司制), and only the company's structure after it, or a
    // company's word opening its branch's name (中国建设|银行四川省分行).
    private bool BusinessWord(string text, int j, int stop, int suffixStart, string kind)
    {
        var before = j - stop;
        return kind == "company" && BusinessWords.Contains(text[before..j]) && (CompanyStructure.Contains(text[j..suffixStart]) || OpensWithCompanyWord(text, j, suffixStart))
            && before >= 2 && ChineseText.IsHan(text[before - 1])
            && !ChineseText.IsOrganizationStop(text[before - 1]) && _lexicon.OrganizationLeftStops.LongestEndingAt(text, before, 3) == 0
            && _lexicon.Verbs.LongestEndingAt(text, before, 3) == 0;
    }

    // Whether a company's organisation word (银行, 集团) starts at start and ends before end.
    private bool OpensWithCompanyWord(string text, int start, int end) =>
        _lexicon.OrganizationSuffixes.LongestAt(text, start, end - start - 1) is > 0 and var length && _lexicon.SuffixKinds[text.Substring(start, length)] == "company";

    private static readonly string[] NamesHoldingStops = ["以色列", "华为", "也门", "协和", "和平", "和田", "太和", "对外经济", "对外友好", "对外交流", "于都", "将乐", "向阳", "即时", "自由", "到家"];

    // Whether the stop character at i stands inside one of NamesHoldingStops or a place's full name (西和县, 和平区).
    private bool InsideNameHoldingStop(string text, int i) => InsideListedNameHoldingStop(text, i) || InsidePlaceName(text, i) || AfterCountryAndOneCharacter(text, i);

    // Countries whose companies news names with the country before (日本东和精机株式会社, 韩国新宇化学株式会社).
    private static readonly WordSet CompanyCountries = new(["日本", "韩国", "美国", "德国", "法国", "英国", "意大利", "瑞士", "荷兰", "新加坡", "瑞典", "丹麦", "芬兰", "挪威", "奥地利", "比利时", "西班牙", "加拿大", "澳大利亚"]);

    // 日本东和精机株式会社: a 和 after a country and one character is inside the name that follows the country, as
    // nothing of one character is joined to another name with it.
    private static bool AfterCountryAndOneCharacter(string text, int i) =>
        text[i] == '和' && i >= 3 && ChineseText.IsHan(text[i - 1]) && ChineseText.IsHanAt(text, i + 1) && CompanyCountries.LongestEndingAt(text, i - 1, 4) > 0;

    // The longest place name looked for around a stop character.
    private const int MaxPlaceNameHoldingStop = 6;

    private bool InsidePlaceName(string text, int i)
    {
        for (var length = 3; length <= MaxPlaceNameHoldingStop; length++)
        {
            for (var start = Math.Max(0, i - length + 1); start <= i && start + length <= text.Length; start++)
            {
                // Spans, not substrings: this runs at every stop character a name's scan meets.
                if (_places.NamesInFull(text.AsSpan(start, length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool InsideListedNameHoldingStop(string text, int i)
    {
        foreach (var name in NamesHoldingStops)
        {
            for (var k = name.IndexOf(text[i]); k >= 0; k = name.IndexOf(text[i], k + 1))
            {
                if (i - k >= 0 && string.CompareOrdinal(text, i - k, name, 0, name.Length) == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 该同志拟任|昆明理工大学, 现任|东软集团: the words of an appointment before a name are no part of it
    // (AppointmentWords, beside the status words they are made of).
    private static bool AppointmentWordEndingAt(string text, int end) =>
        end >= 2 && text[end - 1] is '任' or '志' && ChineseText.StartsWithAny(text, end - 2, AppointmentWords);

    // 市委市政府: a suffix (政府) inside a government body found after the name's start is that body's, not this name's.
    private static bool InsideBody(SpanIndex bodies, int start, TextSpan suffix)
    {
        for (var p = start + 1; p <= suffix.Start; p++)
        {
            if (bodies.AnyStartingAtReaching(p, suffix.End))
            {
                return true;
            }
        }

        return false;
    }

    // Every organisation word in the text, the longest where several end at the same place (有限公司, not 公司).
    private List<(int Start, int End)> SuffixMatches(string text)
    {
        var matches = new List<(int Start, int End)>();
        var ends = new HashSet<int>();
        for (var i = 0; i < text.Length; i++)
        {
            var len = _lexicon.OrganizationSuffixes.LongestAt(text, i);
            if (len > 0 && ends.Add(i + len))
            {
                matches.Add((i, i + len));
            }
        }

        return matches;
    }

    // The longest field a school's or institute's name joins to another with 与 (工程 in 材料科学与工程学院).
    private const int FieldLength = 6;

    // Where the name before an organisation word starts: back to a clause or function word, or a word that governs
    // the name (会见|利比亚总统委员会), or any verb unless the name is a company's (a company names its business:
    // 共享经济信息咨询有限公司).
    private int NameStart(string text, int suffixStart, int end, string kind, SpanIndex titles, Func<int, int?> parentStarts)
    {
        var verbsEnd = kind != "company";
        var j = suffixStart;
        var joined = -1;
        var dataStop = -1;
        while (j > 0 && end - j < MaxNameLength)
        {
            var c = text[j - 1];
            if (ChineseText.IsHan(c))
            {
                // 泉州城市数据|集团有限公司: the 据 of 数据 ends no company's name that opens with a place (see below).
                if (dataStop < 0 && kind == "company" && IsDataJu(text, j - 1))
                {
                    dataStop = j;
                    j--;
                    continue;
                }

                // 材料科学与工程学院, 经济和管理学院: a school or institute names its two fields with 与 or 和; not two
                // bodies (浙江大学文化遗产研究院与|山西云冈石窟研究院, 中文系与|孔子学院, 绍兴市人民政府与|浙江大学).
                if (c is '与' or '和' && joined < 0 && kind is "education" or "research" && suffixStart - j <= FieldLength && ChineseText.IsHanAt(text, j - 2)
                    && _lexicon.OrganizationSuffixes.LongestEndingAt(text, j - 1) == 0 && _lexicon.BodyForms.LongestEndingAt(text, j - 1) == 0 && text[j - 2] != '系')
                {
                    joined = j;
                    j--;
                    continue;
                }

                if ((ChineseText.IsOrganizationStop(c) && !InsideNameHoldingStop(text, j - 1))
                    || (_lexicon.OrganizationLeftStops.LongestEndingAt(text, j, 3) is > 0 and var stop && !BusinessWord(text, j, stop, suffixStart, kind)
                        && !ChineseText.StartsWithAny(text, j - stop, StopHoldingWords))
                    || (verbsEnd && _lexicon.Verbs.LongestEndingAt(text, j, 3) > 0) || AppointmentWordEndingAt(text, j))
                {
                    // 西安交通大学|就业指导中心, 市人大常委会|人事代表工作委员会: a unit right after its parent names its work
                    // with words that elsewhere end a name; the name goes on to the parent's.
                    if (j >= 2 && ChineseText.StartsWithAny(text, j - 2, UnitWorkWords) && UnitAfterParent(text, j, suffixStart, parentStarts) is { } parent
                        && !titles.Overlaps(new TextSpan(parent.End, suffixStart)))
                    {
                        j = parent.Start;
                        break;
                    }

                    break;
                }
            }
            else if (!ChineseText.IsNameInner(c) && !char.IsAsciiLetter(c))
            {
                break;
            }

            j--;
        }

        // 援引…|数据研究中心: a name read across 数据 must open with a place (泉州城市数据集团有限公司).
        if (dataStop >= 0 && !OpensWithPlace(text, j, dataStop))
        {
            j = dataStop;
        }

        // 物理研究所赵忠贤院士和|…研究所: words holding a title before 和 are a person's, not the first field; 依托与|山东大学:
        // a 与 or 和 with no field before it is the clause's (not the 和 of 和田); 佛山与|华南理工大学: nor is a place.
        if (joined >= 0 && (titles.Overlaps(new TextSpan(j, joined)) || (j >= joined - 1 && !InsideNameHoldingStop(text, joined - 1))
            || (j < joined - 1 && IsCityOrProvince(text[j..(joined - 1)]) && !InsideNameHoldingStop(text, joined - 1))))
        {
            j = joined;
        }

        while (j < suffixStart && !ChineseText.IsHan(text[j]) && text[j] is not ('《' or '(' or '（') && !char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        j = AfterUnclosedBracket(text, j, suffixStart);
        j = AfterItemNumber(text, j, suffixStart);

        // 32所|中小学, 3个|农业协会, 2019年|考入…: a unit after a number is no part of a name.
        if (j > 0 && j < suffixStart && char.IsDigit(text[j - 1]) && NumberUnits.Contains(text[j], StringComparison.Ordinal))
        {
            j++;
        }
        else if (j > 0 && j + 1 < suffixStart && char.IsDigit(text[j - 1]) && text[j] is '万' or '亿' or '千' or '百' or '余' or '多'
            && NumberUnits.Contains(text[j + 1], StringComparison.Ordinal))
        {
            // 1.2万所|学校, 260余名|华南理工大学校友: the unit after a number of ten thousands, or of more than one.
            j += 2;
        }

        if (Indefinites.Any(q => string.CompareOrdinal(text, j, q, 0, q.Length) == 0) || EndsInYears(text, j, suffixStart))
        {
            return -1;
        }

        foreach (var q in LeadingQuantifiers)
        {
            if (suffixStart - j >= q.Length && string.CompareOrdinal(text, j, q, 0, q.Length) == 0)
            {
                // 部分学校, 这家公司: a quantifier and an organisation word name nothing.
                if (suffixStart - j == q.Length)
                {
                    return -1;
                }

                j += q.Length;
                break;
            }
        }

        j = AfterInvitation(text, j, end);
        // 第四届|理事会: an ordinal of its term names no body.
        return suffixStart - j < 2 || _lexicon.IsOnlyDescriptors(text, j, suffixStart) || ChineseText.OrdinalEndAt(text, j, suffixStart) == suffixStart ? -1 : j;
    }

    /// <summary>Whether the 据 at <paramref name="i"/> is the second character of 数据, no word of its own.</summary>
    internal static bool IsDataJu(string text, int i) => text[i] == '据' && i > 0 && text[i - 1] == '数';

    // Whether the words from start (before limit) open with a place's name (泉州|城市数据, 福建省|…).
    private bool OpensWithPlace(string text, int start, int limit)
    {
        for (var length = Math.Min(MaxPlaceNameHoldingStop, limit - start - 1); length >= 2; length--)
        {
            if (_places.Names(text.AsSpan(start, length)))
            {
                return true;
            }
        }

        return false;
    }

    // Words that end the words before a name elsewhere (代表|…, 指导|…) but name a unit's work right after its parent.
    private static readonly string[] UnitWorkWords = ["代表", "指导"];

    // How many characters a unit's words (就业指导, 人事代表) may run between its parent and its organisation word.
    private const int MaxUnitWords = 8;

    // Where the parent found before starts and ends when the words from j to the organisation word, holding the word that stopped the scan,
    // follow an organisation's name right away: a unit's name of at most MaxUnitWords characters, with no verb and no
    // character that ends a name among them.
    private (int Start, int End)? UnitAfterParent(string text, int j, int suffixStart, Func<int, int?> parentStarts)
    {
        for (var p = j - 1; p >= 0 && suffixStart - p <= MaxUnitWords; p--)
        {
            if (!ChineseText.IsHan(text[p]) || ChineseText.IsOrganizationStop(text[p]) || _lexicon.Verbs.LongestEndingAt(text, p + 1, 3) > 0)
            {
                return null;
            }

            if (p < j - 1 && parentStarts(p) is { } start)
            {
                return (start, p);
            }
        }

        return null;
    }

    /// <summary>
    /// Where a name starting at <paramref name="start"/> and ending at <paramref name="end"/> starts when it opens with
    /// the 应 of an invitation or a request (应|法国政府邀请, 应|伊朗总统莱希之邀, 应|伊拉克总理要求): after it. 应急管理部 is left whole.
    /// </summary>
    internal static int AfterInvitation(string text, int start, int end)
    {
        if (start >= end || text[start] != '应')
        {
            return start;
        }

        for (var i = end; i < text.Length && i - end < 80; i++)
        {
            if (text[i] == '邀' || (text[i] == '求' && text[i - 1] is '要' or '请'))
            {
                return start + 1;
            }

            if (text[i] is '，' or '。' or '；' or '\n')
            {
                break;
            }
        }

        return start;
    }

    // 中央宣传部（国务院新闻办公室）: a bracket opened inside the name and not closed before its suffix means the
    // name started after it.
    // A bracket closed inside the name that it did not open (中国（福建|）自由贸易试验区 read from 福建) means the name
    // started after it too.
    // Brackets and title marks are matched each with its own kind: 《中国（上海）自由贸易试验区… opens a title.
    private static int AfterUnclosedBracket(string text, int start, int suffixStart)
    {
        int paren = -1, title = -1;
        for (var i = start; i < suffixStart; i++)
        {
            switch (text[i])
            {
                case '（' or '(':
                    paren = i;
                    break;
                case '《':
                    title = i;
                    break;
                case '）' or ')':
                    start = paren < 0 ? i + 1 : start;
                    paren = -1;
                    break;
                case '》':
                    start = title < 0 ? i + 1 : start;
                    title = -1;
                    break;
            }
        }

        return Math.Max(paren, title) >= 0 ? Math.Max(paren, title) + 1 : start;
    }

    // 近三年|公司, 今年|公司: a time in years before an organisation word names no body.
    private static bool EndsInYears(string text, int start, int suffixStart) =>
        suffixStart - start >= 2 && text[suffixStart - 1] == '年' && (ChineseText.IsNumeral(text[suffixStart - 2]) || text[suffixStart - 2] is '今' or '去' or '明' or '前' or '当');

    // （一）绍兴市人民政府与…, (3)深圳市…有限公司: a list item's number in brackets opens no name.
    private static int AfterItemNumber(string text, int start, int suffixStart)
    {
        if (start >= suffixStart || text[start] is not ('（' or '('))
        {
            return start;
        }

        var i = start + 1;
        while (i < suffixStart && i - start <= 3 && ChineseText.IsNumeral(text[i]))
        {
            i++;
        }

        return i > start + 1 && i < suffixStart && text[i] is '）' or ')' ? i + 1 : start;
    }

    private const string Embassy = "大使馆";

    // 新加坡驻华使馆 is 新加坡驻华大使馆: a state's mission is named in full.
    internal static string MissionName(string name) =>
        name.EndsWith("使馆", StringComparison.Ordinal) && !name.EndsWith(Embassy, StringComparison.Ordinal) && name.IndexOf('驻', StringComparison.Ordinal) > 0
            ? name[..^2] + Embassy
            : name;

    // The government or party body found before that opens span and ends inside it, written shorter than its canonical
    // name (市人大常委会 for 绍兴市人民代表大会常务委员会); null when there is none.
    private static OrgCandidate? QualifiedBodyOpening(string text, TextSpan span, Found found)
    {
        OrgCandidate? opening = null;
        foreach (var c in found.Candidates)
        {
            if (c.Span.Start == span.Start && c.Span.End < span.End - 1 && !c.Nested && c.Kind is "government" or "party" && c.Place.Length > 0
                && !string.Equals(c.Canonical, c.Span.Of(text), StringComparison.Ordinal) && (opening is null || c.Span.End > opening.Span.End))
            {
                opening = c;
            }
        }

        return opening;
    }

    // Adds the bodies named inside span (天津自贸试验区管委会 in 天津自贸试验区管委会办公室) and returns the
    // canonical name of span's direct parent, or null.
    private string? NestedParents(string text, TextSpan span, Dictionary<int, int> suffixStarts, Found found)
    {
        // 四川大学|华西医院: a hospital is a unit of a school's only (not 法院|起诉接诊医院).
        var hospital = text.AsSpan(span.Start, span.Length).EndsWith(Hospital, StringComparison.Ordinal);
        var inner = Enumerable.Range(span.Start + 2, Math.Max(0, span.Length - 2))
            .Where(e => suffixStarts.TryGetValue(e, out var s) && s >= span.Start && IsUnitChain(text, e, span.End)
                && (!hospital || _lexicon.SuffixKindEndingAt(text, e) == "education")).ToList();
        string? parent = null;
        foreach (var e in inner)
        {
            var parentSpan = new TextSpan(span.Start, e);
            var name = parentSpan.Of(text);
            var kind = _lexicon.SuffixKindEndingAt(text, e) ?? "other";
            // A parent already found (a known name: 中国人民银行) is marked nested too, so that it is kept as the parent.
            found.Add(new OrgCandidate(parentSpan, name, kind, Parent: parent, Nested: true));

            parent = name;
        }

        return parent;
    }

    private static bool IsUnitChain(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var next = -1;
            for (var skip = 0; skip <= MaxDepartmentName && next < 0 && i + skip < to; skip++)
            {
                if (skip > 0 && !ChineseText.IsHan(text[i + skip - 1]))
                {
                    break;
                }

                foreach (var unit in Units)
                {
                    // 北京大学|光华管理学院, 合肥工业大学|汽车与交通工程学院: a school's or institute's own name runs
                    // longer than a branch's (天津|分公司).
                    if ((skip <= 4 || Departments.Contains(unit)) && i + skip + unit.Length <= to
                        && string.CompareOrdinal(text, i + skip, unit, 0, unit.Length) == 0)
                    {
                        next = i + skip + unit.Length;
                        break;
                    }
                }
            }

            if (next < 0)
            {
                return false;
            }

            i = next;
        }

        return true;
    }
}
