namespace PolicyGraph.Ingest.Metadata;

/// <summary>Counts the years a text names (2023年, 2023中国光谷…) to date a dateline that gives only month and day.</summary>
internal static class YearMentions
{
    /// <summary>The year from 1990 to 2100 named most often in <paramref name="text"/> (the earliest mention wins a tie), or 0.</summary>
    public static int MostFrequent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var counts = new Dictionary<int, (int Count, int First)>();
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (DateText.Digit(text, i - 1) >= 0 || DateText.Digit(text, i + 4) >= 0)
            {
                continue;
            }

            var year = 0;
            for (var k = 0; k < 4 && year >= 0; k++)
            {
                var d = DateText.Digit(text, i + k);
                year = d < 0 ? -1 : (year * 10) + d;
            }

            // "到2035年" names a target, not the year the article is written in.
            if (year is >= 1990 and <= 2100 && (i == 0 || text[i - 1] is not ('到' or '至')))
            {
                var seen = counts.GetValueOrDefault(year, (Count: 0, First: i));
                counts[year] = (seen.Count + 1, seen.First);
            }
        }

        return counts.Count == 0 ? 0 : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }
}
