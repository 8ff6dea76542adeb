using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// Plans and policy documents named in 《…》: 《保定市承接京津产业转移三年行动计划（2024—2026年）》. The name is the
/// title as printed; titles that are not plans (《浦江财经》) are left alone.
/// </summary>
internal sealed class PlanTitles(IReadOnlyList<(string Head, string Kind)> heads)
{
    private readonly string[] _titleHeads = [.. heads.Where(h => h.Kind is "title" or "name" or "weak").Select(h => h.Head)];

    /// <summary>The plan titles of <paramref name="text"/>.</summary>
    public IEnumerable<InitiativeCandidate> Find(string text)
    {
        for (var i = text.IndexOf('《', StringComparison.Ordinal); i >= 0; i = text.IndexOf('《', i + 1))
        {
            var end = text.IndexOf('》', i + 1, Math.Min(80, text.Length - i - 1));
            if (end < 0 || text.AsSpan(i + 1, end - i - 1).IndexOfAny("《\n") >= 0)
            {
                continue;
            }

            var title = text[(i + 1)..end];
            var bare = WithoutPeriod(title);
            // 《指导意见》, 《实施方案》, 《行动方案》: a kind of document with no subject names none (《儿童纲要》 does).
            if (bare.Length >= 4 && (_titleHeads.Any(h => bare.Length > h.Length && bare.EndsWith(h, StringComparison.Ordinal) && !GenericKinds.Contains(bare[..^h.Length])) || IsLaw(bare))
                && !IsHonourOrMeeting(bare))
            {
                yield return new InitiativeCandidate(new TextSpan(i, end + 1), title, InitiativeSource.Title);
            }
        }
    }

    // The words that make a document's kind more precise without giving it a subject (指导|意见, 总体|方案, 若干|措施).
    private static readonly HashSet<string> GenericKinds = new(StringComparer.Ordinal)
    {
        "指导", "实施", "工作", "总体", "战略", "控制", "若干", "行动", "规划", "分工", "专项", "管理", "暂行", "试行", "具体", "有关", "相关", "配套",
        "发展", "建设", "改革",
    };

    // 《…关于表彰…的决定》, 《…关于召开…会议的决定》: an honour or a meeting decided, no policy.
    private static readonly string[] HonoursAndMeetings = ["表彰", "授予", "追授", "召开"];

    private static bool IsHonourOrMeeting(string title) =>
        HonoursAndMeetings.Any(w => title.Contains(w, StringComparison.Ordinal));

    // 《中华人民共和国外商投资法》, 《数据安全法》: a law; not 《今日说法》 or 《孙子兵法》, whose 法 ends another word.
    private static bool IsLaw(string title) =>
        title.EndsWith('法') && (title.StartsWith("中华人民共和国", StringComparison.Ordinal) || !"说方做看想书兵算手疗语魔戏画技".Contains(title[^2], StringComparison.Ordinal));

    // 行动计划（2025—2027年） ends in its period; the head stands before it.
    private static string WithoutPeriod(string title)
    {
        var paren = title.LastIndexOfAny(['（', '(']);
        return paren > 0 && (title.EndsWith('）') || title.EndsWith(')')) ? title[..paren] : title;
    }
}
