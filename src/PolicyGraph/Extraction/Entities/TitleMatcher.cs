using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Finds an office title at a position: a head from the title lexicon with the prefixes news writes before it
/// (常务副市长, 代县长, 代理主任, 执行总裁, 第一书记, 高级副总裁), longest first, and not where the characters belong to a
/// longer common word (城市长远, 银行长期, 委员会, 董事会, 大使馆).
/// </summary>
internal static class TitleMatcher
{
    private static readonly string[] Prefixes = ["", "常务副", "常务", "代理", "执行副", "执行", "第一", "高级副", "高级", "资深", "代", "副"];

    // Two-character words whose second character starts a title head: 城市 before 市长, 集团 before 团长, 公司 before 司长 …
    private static readonly HashSet<string> WordsBefore = new(StringComparer.Ordinal)
    {
        "城市", "都市", "超市", "股市", "楼市", "全市", "本市", "我市", "该市", "各市", "地区", "园区", "社区", "景区", "城区",
        "市区", "辖区", "全区", "本区", "我区", "山区", "片区", "新区", "县区", "学院", "法院", "医院", "剧院", "全院", "场所", "公司",
        "诊所", "格局", "布局", "大局", "全局", "结局", "当局", "执行", "进行", "举行", "实行", "发行", "银行", "运行", "旅行",
        "流行", "施行", "通行", "同行", "平行", "践行", "履行", "推行", "先行", "试行", "可行", "自行", "出行", "社会", "大会",
        "机会", "协会", "商会", "学会", "全会", "年会", "峰会", "不会", "将会", "也会", "都会", "只会", "就会", "全部", "内部",
        "外部", "西部", "东部", "南部", "北部", "中部", "局部", "干部", "总部", "本部", "集团", "部队", "团队", "球队", "车站",
        "网站", "平台", "舞台", "后台", "前台", "场馆", "展馆", "作社", "全县", "本县", "我县", "该县", "各县", "全省", "本省",
        "我省", "该省", "各省", "外省", "全镇", "乡镇", "城镇", "村镇", "全村", "农村", "乡村", "各处", "到处",
        "时代", "年代", "世代", "一代", "现代", "当代", "近代", "古代", "取代", "替代", "换代", "迭代", "交代", "历代", "后代",
    };

    // Officers of a company written in Latin letters (小米集团CEO雷军).
    private static readonly string[] LatinTitles = ["CEO", "CFO", "COO", "CTO", "CIO", "CMO"];

    /// <summary>The length of the office title starting at <paramref name="start"/>, or 0.</summary>
    public static int MatchAt(string text, int start, EntityLexicon lexicon)
    {
        if (start < text.Length && char.IsAsciiLetterUpper(text[start]))
        {
            return LatinTitleAt(text, start);
        }

        var best = 0;
        var headStart = 0;
        foreach (var prefix in Prefixes)
        {
            // The first character is compared first: most positions start with none of the prefixes. 宁德时代|董事长:
            // nor does a prefix that ends a word (代 of 时代).
            if (prefix.Length > 0 && (start >= text.Length || text[start] != prefix[0] || string.CompareOrdinal(text, start, prefix, 0, prefix.Length) != 0
                || (start > 0 && WordsBefore.Contains(text.Substring(start - 1, 2)))))
            {
                continue;
            }

            var head = lexicon.Titles.LongestAt(text, start + prefix.Length);
            if (head > 0 && prefix.Length + head > best)
            {
                best = prefix.Length + head;
                headStart = start + prefix.Length;
            }
        }

        var business = BusinessTitles.LongestAt(text, start);
        if (business > best)
        {
            best = business;
            headStart = start;
        }

        if (best == 0)
        {
            return 0;
        }

        return IsInsideWord(text, start, start + best, headStart) ? 0 : best;
    }

    // A company's offices are named by the function they run (营销总监, 客户经理, 高级策划经理, 项目总经理): the
    // function is part of the title, not the end of the organisation's name before it.
    private static readonly string[] Grades = ["高级", "资深", ""];

    private static readonly string[] Functions =
    [
        "营销", "销售", "设计", "策划", "创意", "艺术", "市场", "技术", "公关", "品牌", "业务", "运营", "行政", "客户", "理财",
        "项目", "产品", "拓展", "研发", "投资", "法律", "财务", "人力资源", "战略", "风控", "合规",
    ];

    private static readonly string[] BusinessHeads = ["副总经理", "总经理", "总监", "经理", "主管", "顾问"];

    // Every grade, function and head put together: one trie walk where MatchAt looks at every character.
    private static readonly WordSet BusinessTitles = new(from grade in Grades from function in Functions from head in BusinessHeads select grade + function + head);

    private static int LatinTitleAt(string text, int start)
    {
        if (start > 0 && char.IsAsciiLetter(text[start - 1]))
        {
            return 0;
        }

        foreach (var title in LatinTitles)
        {
            var end = start + title.Length;
            if (string.CompareOrdinal(text, start, title, 0, title.Length) == 0 && (end >= text.Length || !char.IsAsciiLetter(text[end])))
            {
                return title.Length;
            }
        }

        return 0;
    }

    /// <summary>The length of the role word (村民, 工人, 记者) starting at <paramref name="start"/>, or 0.</summary>
    public static int RoleAt(string text, int start, EntityLexicon lexicon)
    {
        var len = lexicon.Roles.LongestAt(text, start);
        return len > 0 && start + len < text.Length && text[start + len] is '们' or '站' or '会' ? 0 : len;
    }

    // What follows 长江 when it is the river: 长江流域, 长江禁捕, 长江经济带.
    private static readonly string[] RiverWords = ["流域", "干流", "经济带", "禁捕", "大保护", "沿线", "岸线", "生态", "保护", "航道", "中游", "上游", "下游", "沿岸", "口", "三峡", "水"];

    // Headquarters whose commander is written 指挥 (省防指指挥邵明川, 市防汛抗旱指挥部副指挥): elsewhere 指挥 is the verb.
    private static readonly WordSet Headquarters = new(["防指", "指挥部", "防总"]);

    private static bool IsInsideWord(string text, int start, int end, int headStart)
    {
        if (start == headStart && start > 0 && WordsBefore.Contains(text.Substring(start - 1, 2)))
        {
            return true;
        }

        var next = end < text.Length ? text[end] : '\0';
        var last = text[end - 1];
        // 南溪区|长江禁捕: 长 that starts 长江 and what is said of the river ends no head (镇长江涛 does).
        return (last == '长' && ("期效远久足度短达".Contains(next, StringComparison.Ordinal)
                || (next == '江' && ChineseText.StartsWithAny(text, end + 1, RiverWords))))
            || (next == '会' && (last is '员' or '事' or '委'))
            || (next == '馆' && (last is '使' or '事'))
            || (next is '台' or '团' && end >= 2 && text[(end - 2)..end] == "主席")
            || (next == '处' && end >= 2 && text[(end - 2)..end] == "书记")
            || (end - headStart == 2 && last == '挥' && Headquarters.LongestEndingAt(text, start) == 0) // 他指挥|黄崖洞保卫战
            || next is '们';
    }
}
