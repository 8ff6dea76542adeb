using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// A province's or a city's goal of strength in a field, as the national ones (制造强国, 教育强国) are named: 教育强省,
/// 农业强省, 人才强市, 海洋强省 — a field written right before 强省/强市/强区/强县 (not 加强市…, 增强市…).
/// </summary>
internal static class StrongPlaces
{
    // The fields of the national goals of strength and their regional forms, longest first where one ends another.
    private static readonly string[] Fields =
    [
        "民营经济", "数字经济", "绿色能源", "现代农业", "制造业", "制造", "网络", "交通", "科技", "教育", "文化", "体育", "人才", "质量", "航天", "海洋", "农业",
        "数字", "工业", "产业", "经济", "旅游", "文旅", "金融", "生态", "开放", "能源", "健康", "法治",
    ];

    private static readonly string[] Heads = ["强省", "强市", "强区", "强县"];

    /// <summary>The goals of strength named in <paramref name="text"/>.</summary>
    public static IEnumerable<InitiativeCandidate> Find(string text)
    {
        for (var i = text.IndexOf('强', StringComparison.Ordinal); i >= 2; i = i + 1 < text.Length ? text.IndexOf('强', i + 1) : -1)
        {
            if (!ChineseText.StartsWithAny(text, i, Heads))
            {
                continue;
            }

            foreach (var field in Fields)
            {
                var start = i - field.Length;
                if (start >= 0 && string.CompareOrdinal(text, start, field, 0, field.Length) == 0)
                {
                    yield return new InitiativeCandidate(new TextSpan(start, i + 2), text.Substring(start, field.Length + 2), InitiativeSource.HeadPhrase);
                    break;
                }
            }
        }
    }
}
