using PolicyGraph.Lexicon;
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

    // The provinces' and prefectures' short names.
    private static readonly WordSet Places = new(PlaceGazetteer.Default.All.Where(p => p.Level <= PlaceLevel.Prefecture && p.ShortName.Length >= 2).Select(p => p.ShortName));

    // Characters after the place that make it a name of somewhere in it rather than the programme's.
    private const string PlaceFollowers = "省市人岸边地路";

    /// <summary>The provincial and city programmes named in <paramref name="text"/>.</summary>
    public static IEnumerable<InitiativeCandidate> Find(string text)
    {
        foreach (var programme in Programmes)
        {
            for (var i = text.IndexOf(programme, StringComparison.Ordinal); i >= 0; i = text.IndexOf(programme, i + programme.Length, StringComparison.Ordinal))
            {
                // The longest name there that no follower makes a place's of its own (内蒙古 before a shorter one).
                var at = i + programme.Length;
                for (var length = Places.LongestAt(text, at); length > 0; length = Places.LongestAt(text, at, length - 1))
                {
                    var end = at + length;
                    if (end == text.Length || !PlaceFollowers.Contains(text[end], StringComparison.Ordinal))
                    {
                        yield return new InitiativeCandidate(new TextSpan(i, end), programme + text[at..end], InitiativeSource.HeadPhrase);
                        break;
                    }
                }
            }
        }
    }
}
