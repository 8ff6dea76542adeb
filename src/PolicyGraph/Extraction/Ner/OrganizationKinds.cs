namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Decides an organisation's kind from the end of its name (a body is named by its head noun: 委员会, 公司,
/// 大学 …), falling back to the kind the tagger's label suggests.
/// </summary>
internal static class OrganizationKinds
{
    public const string Government = "government", Party = "party", Company = "company", Education = "education",
        Media = "media", Association = "association", Other = "other";

    // Checked in order; the first suffix that ends the name wins, so longer, more specific heads come first.
    private static readonly (string Suffix, string Kind)[] Suffixes =
    [
        ("党委", Party), ("党组", Party), ("纪委", Party), ("市委", Party), ("省委", Party), ("区委", Party), ("县委", Party),
        ("州委", Party), ("镇委", Party), ("组织部", Party), ("宣传部", Party), ("统战部", Party), ("政法委", Party),
        ("党支部", Party), ("共产党", Party), ("中共中央", Party), ("政治局", Party), ("书记处", Party), ("民进", Party),
        ("致公党", Party), ("民盟", Party), ("党", Party), ("共中央", Party), ("党中央", Party), ("党中央委员会", Party),
        ("日报社", Media), ("日报", Media), ("晚报", Media), ("报社", Media), ("电视台", Media), ("广播电台", Media),
        ("电台", Media), ("通讯社", Media), ("新华社", Media), ("杂志社", Media), ("出版社", Media), ("网", Media), ("报", Media),
        ("大学", Education), ("学院", Education), ("中学", Education), ("小学", Education), ("学校", Education),
        ("幼儿园", Education), ("党校", Education), ("研究生院", Education),
        ("协会", Association), ("学会", Association), ("联合会", Association), ("商会", Association), ("基金会", Association),
        ("促进会", Association), ("研究会", Association), ("联谊会", Association), ("工会", Association), ("红十字会", Association),
        ("工商联", Association), ("妇联", Association), ("侨联", Association), ("文联", Association), ("作协", Association),
        ("科协", Association), ("共青团", Association), ("团中央", Association), ("俱乐部", Association),
        ("人民银行", Government), ("中央银行", Government), ("证监会", Government), ("银监会", Government), ("保监会", Government),
        ("总队", Government), ("支队", Government), ("舰队", Government), ("自卫队", Government), ("海军", Government),
        ("空军", Government), ("陆军", Government), ("董事局", Company), ("董事会", Company), ("有限公司", Company), ("公司", Company), ("集团", Company), ("银行", Company), ("企业", Company), ("工厂", Company),
        ("厂", Company), ("酒店", Company), ("饭店", Company), ("宾馆", Company), ("商场", Company), ("超市", Company),
        ("事务所", Company), ("证券", Company), ("保险", Company), ("股份", Company),
        ("人民政府", Government), ("政府", Government), ("国务院", Government), ("人大", Government), ("人大常委会", Government),
        ("政协", Government), ("法院", Government), ("检察院", Government), ("公安局", Government), ("派出所", Government),
        ("委员会", Government), ("管委会", Government), ("办公厅", Government), ("办公室", Government), ("部", Government),
        ("委", Government), ("局", Government), ("厅", Government), ("署", Government), ("处", Government), ("办", Government),
        ("海关", Government), ("总局", Government), ("军区", Government), ("解放军", Government), ("部队", Government),
        ("外交部", Government), ("议会", Government), ("国会", Government), ("政府军", Government), ("使馆", Government),
        ("大使馆", Government), ("领事馆", Government), ("联合国", Other), ("安理会", Other),
    ];

    /// <summary>The kind of an organisation named <paramref name="name"/>; <paramref name="fallback"/> when no suffix decides.</summary>
    public static string Guess(ReadOnlySpan<char> name, string fallback)
    {
        foreach (var (suffix, kind) in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return fallback;
    }
}
