using PolicyGraph.Lexicon.Places;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// A province's or a city's counterpart of the national programmes 美丽中国, 平安中国, 健康中国, 法治中国, 数字中国 (and
/// the regional 清廉…, 技能…), named with its short name in the place of 中国: 美丽湖南, 平安河南(建设), 数字福建, 法治浙江,
/// 平安大同, 技能河南 (not a place named after it: 美丽河北岸, 健康北京人). Counties are left out: their short names are
/// too often words (健康|长寿).
/// </summary>
internal static class RegionalCounterparts
{
    private static readonly string[] Programmes = ["美丽", "平安", "健康", "法治", "数字", "清廉", "技能"];

    // The provinces' and prefectures' short names, longest first (内蒙古 before a two-character name).
    private static readonly string[] Places =
    [
        .. PlaceGazetteer.Default.All.Where(p => p.Level <= PlaceLevel.Prefecture && p.ShortName.Length >= 2).Select(p => p.ShortName)
            .Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal),
    ];

    // Characters after the place that make it a name of somewhere in it rather than the programme's.
    private const string PlaceFollowers = "省市人岸边地路";

    /// <summary>The provincial and city programmes named in <paramref name="text"/>.</summary>
    public static IEnumerable<InitiativeCandidate> Find(string text)
    {
        foreach (var programme in Programmes)
        {
            for (var i = text.IndexOf(programme, StringComparison.Ordinal); i >= 0; i = text.IndexOf(programme, i + programme.Length, StringComparison.Ordinal))
            {
                var at = i + programme.Length;
                foreach (var place in Places)
                {
                    var end = at + place.Length;
                    if (string.CompareOrdinal(text, at, place, 0, place.Length) == 0
                        && (end == text.Length || !PlaceFollowers.Contains(text[end], StringComparison.Ordinal)))
                    {
                        yield return new InitiativeCandidate(new TextSpan(i, end), programme + place, InitiativeSource.HeadPhrase);
                        break;
                    }
                }
            }
        }
    }
}
