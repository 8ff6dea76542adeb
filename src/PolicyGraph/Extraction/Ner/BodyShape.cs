namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Tests on the shape of a government or party body that only the CLUENER model found: that model, trained on
/// another genre, also tags words that name no particular body (政府, 公安机关, 各级党委) and pieces of words
/// (中华人民共和国充, 俄罗斯外交 out of 俄罗斯外交部长, 国政府 out of 两国政府), and reads two bodies joined by 和 as one (党委和政府).
/// </summary>
internal static class BodyShape
{
    // Last characters of a body's name, from the endings of the government labels of CLUENER2020 train: the heads of
    // OrganizationKinds and 军 (美军), 行 (央行), 门 (部门), 队, 心 (中心), 方 (军方), 关 (海关), 司, 盟, 组, 庭 ….
    private const string Heads = "部委院局厅办署会社台行所校团党处站馆军门队心方关司盟组庭室构宫协联府报网视";

    // Words for a body in general: with only qualifiers before them they name none.
    private static readonly string[] GenericHeads =
    [
        "党", "人民政府", "政府", "政府机关", "机关", "机构", "部门", "有关部门", "军队", "部队", "驻军", "全军", "中央", "党委",
        "党组织", "党支部", "组织", "法院", "公安", "公安机关", "检察机关", "司法机关", "党政机关", "国家机关", "领导机关", "干部",
    ];

    // Qualifiers that may stand before a generic head (各级地方政府, 县级人民政府, 我国政府, 人民军队).
    private static readonly string[] Qualifiers =
    [
        "各级", "各", "全国", "全", "地方", "基层", "省级", "市级", "县级", "乡级", "镇级", "村级", "省", "市", "县", "区", "乡", "镇",
        "村", "中央", "国家", "国际", "我国", "本国", "两国", "各国", "人民", "革命", "党政", "有关", "相关", "上级", "当地", "农村", "新",
        "领导", "监管", "教育", "卫生", "行政", "旅游", "工商", "税务", "财政",
    ];

    // Joining words between two names (中国共产党和政府, 中国与东盟).
    private const string Conjunctions = "和与及同、";

    /// <summary>
    /// Whether <paramref name="name"/> is a generic body word with only qualifiers before it (各级政府, 公安机关), or
    /// generic words joined (党委和政府).
    /// </summary>
    public static bool IsGeneric(ReadOnlySpan<char> name)
    {
        var join = name.IndexOfAny(Conjunctions);
        return join > 0 && join < name.Length - 1 ? IsGenericWord(name[..join]) && IsGeneric(name[(join + 1)..]) : IsGenericWord(name);
    }

    /// <summary>The length of the generic body word that ends <paramref name="name"/> (警醒政府 → 2), or 0.</summary>
    public static int GenericEnding(ReadOnlySpan<char> name)
    {
        var longest = 0;
        foreach (var head in GenericHeads)
        {
            if (head.Length >= 2 && head.Length > longest && head.Length < name.Length && name.EndsWith(head, StringComparison.Ordinal))
            {
                longest = head.Length;
            }
        }

        return longest;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a generic body word after one stray character, the end of the word before
    /// it (国政府 out of 两国政府, 期军队 out of 新时期军队).
    /// </summary>
    public static bool IsGenericPiece(ReadOnlySpan<char> name) => name.Length > 2 && IsGenericWord(name[1..]);

    private static bool IsGenericWord(ReadOnlySpan<char> name)
    {
        var rest = name;
        while (true)
        {
            foreach (var head in GenericHeads)
            {
                if (rest.SequenceEqual(head))
                {
                    return true;
                }
            }

            var qualifier = QualifierAt(rest);
            if (qualifier == 0)
            {
                return false;
            }

            rest = rest[qualifier..];
        }
    }

    private static int QualifierAt(ReadOnlySpan<char> rest)
    {
        foreach (var qualifier in Qualifiers)
        {
            if (rest.Length > qualifier.Length && rest.StartsWith(qualifier, StringComparison.Ordinal))
            {
                return qualifier.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="name"/> ends the way a body's name ends (a head character, or a Latin abbreviation).</summary>
    public static bool HasHead(ReadOnlySpan<char> name) =>
        name.Length > 0 && (char.IsAsciiLetterOrDigit(name[^1]) || name[^1] is ')' or '）'
            || (Heads.Contains(name[^1], StringComparison.Ordinal) && (name[^1] != '行' || (name.Length > 1 && BankHeads.Contains(name[^2], StringComparison.Ordinal)))));

    // 行 ends a bank's name only as 银行, 央行, 分行, 支行 …, not as a verb (香港特别行政区自行).
    private const string BankHeads = "银央分支商总投";

    /// <summary>
    /// Whether the body name ending at <paramref name="end"/> of <paramref name="text"/> is cut out of a longer word:
    /// its head character and the next one make a common word (民主党派, 干部队伍, 行政部门).
    /// </summary>
    public static bool IsCutShort(string text, int end) =>
        end > 0 && end < text.Length && Array.Exists(HeadWords, w => w[0] == text[end - 1] && w[1] == text[end]);

    // Common words that begin with a body's head character.
    private static readonly string[] HeadWords =
    [
        "党派", "党员", "党性", "党风", "党建", "党组", "队伍", "队员", "部门", "部分", "部署", "会议", "会员", "会谈", "会见", "会长", "局面", "局势",
        "院校", "院士", "院长", "军事", "军人", "军官", "社会", "社区", "团体", "团结", "团长", "委员", "处理", "办法", "办公", "行业", "行动", "所有",
        "心理", "关系", "关于", "司法", "组织", "组成", "联系", "联合",
    ];

    /// <summary>
    /// Whether the span <paramref name="start"/>..<paramref name="end"/> of <paramref name="text"/> joins a name
    /// that one of <paramref name="names"/> covers from its start to a conjunction with what follows (中共和政府部门).
    /// </summary>
    public static bool IsCoordination(string text, int start, int end, List<NerSpan> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        foreach (var n in names)
        {
            if (n.Start == start && n.End < end - 1 && Conjunctions.Contains(text[n.End], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
