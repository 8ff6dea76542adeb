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
            if (bare.Length >= 4 && _titleHeads.Any(h => bare.EndsWith(h, StringComparison.Ordinal)))
            {
                yield return new InitiativeCandidate(new TextSpan(i, end + 1), title, InitiativeSource.Title);
            }
        }
    }

    // 行动计划（2025—2027年） ends in its period; the head stands before it.
    private static string WithoutPeriod(string title)
    {
        var paren = title.LastIndexOfAny(['（', '(']);
        return paren > 0 && (title.EndsWith('）') || title.EndsWith(')')) ? title[..paren] : title;
    }
}
