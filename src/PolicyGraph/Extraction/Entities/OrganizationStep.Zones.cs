using PolicyGraph.Extraction.Initiatives;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

internal sealed partial class OrganizationStep
{
    // 贵安新区, 台州湾新区, 甘肃兰州新区: a new area that is no district of the gazetteer (浦东新区, 滨海新区 are places)
    // and no national programme (雄安新区) is a zone. Its own name is two characters (两江, 天府, 贵安), or three
    // naming a coast (台州湾, 西海岸); a province or city written before it is part of the name.
    private const string NewArea = "新区";

    // Words that make 新区 a description: 城市新区, 安置新区, 规划新区, 省级新区.
    private static readonly HashSet<string> NotNewAreaNames = new(StringComparer.Ordinal)
    {
        "城市", "未来", "安置", "主城", "城区", "生态", "旅游", "综合", "产业", "这个", "整个", "促进", "保障", "规划", "建设", "符合", "覆盖",
        "省级", "市级", "家级", "开发", "发展", "一批", "一个", "全市", "全省", "编制", "棚改",
    };

    // 宜宾, 宜宾市, 四川, 四川省: a place the gazetteer knows by its full or short name.
    private bool IsCityOrProvince(string name) => IsKnownPlace(name) || _places.ByShortName(name).Count > 0;

    private void FindNewAreas(string text, Found found)
    {
        for (var at = text.IndexOf(NewArea, StringComparison.Ordinal); at >= 0; at = text.IndexOf(NewArea, at + NewArea.Length, StringComparison.Ordinal))
        {
            var end = at + NewArea.Length;
            var length = at >= 3 && text[at - 1] is '湾' or '岸' ? 3 : 2;
            var own = at - length;
            // 高新区 and 创新区 are other words.
            if (own < 0 || text[at - 1] is '高' or '创' || !IsNameRun(text, own, at)
                || NotNewAreaNames.Contains(text[own..at]) || _lexicon.Verbs.Contains(text[own..at]))
            {
                continue;
            }

            // 服务|雄安新区, 赋能|滨海新区: a district or a national programme is no zone.
            if (Enumerable.Range(2, 3).Any(k => at - k >= 0 && (IsKnownPlace(text[(at - k)..end]) || InitiativeLexicon.Default.Knows(text.AsSpan(at - k, end - at + k)))))
            {
                continue;
            }

            // 哈尔滨|新区: a city named in full is the area's own name.
            for (var city = 3; city <= 4; city++)
            {
                if (at - city >= 0 && IsCityOrProvince(text[(at - city)..at]))
                {
                    own = at - city;
                }
            }

            var start = own;
            for (var place = 5; place >= 2; place--)
            {
                if (own - place >= 0 && IsCityOrProvince(text[(own - place)..own]))
                {
                    start = own - place;
                    break;
                }
            }

            var span = new TextSpan(start, end);
            if (found.Spans.Overlaps(span))
            {
                continue;
            }

            found.Add(new OrgCandidate(span, text[start..end], "park"));
        }
    }

    // Whether text[start..end] is Han characters none of which ends the words before a name.
    private static bool IsNameRun(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!ChineseText.IsHan(text[i]) || ChineseText.IsOrganizationStop(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
