namespace PolicyGraph.Ingest.Metadata;

/// <summary>
/// The dateline that opens a news report: 本报太原讯, 本报太原２０２３年１１月８日电, 新华社北京11月8日电,
/// 本报北京１２月３１日讯, 据新华社北京11月8日电.
/// </summary>
/// <param name="Lead">The text before the date or 讯 (本报太原, 新华社北京): the outlet and the place it reports from.</param>
/// <param name="Date">The date before 电, or null for a 讯 dateline.</param>
internal sealed record Dateline(string Lead, WrittenDate? Date)
{
    // A dateline sits at the very start of one of the first paragraphs.
    private const int MaxLeadLength = 20;
    private const int ParagraphsSearched = 4;

    /// <summary>The dateline of <paramref name="view"/>, or null when its first paragraphs open with none.</summary>
    public static Dateline? Find(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var line in view.BodyLines.Take(ParagraphsSearched))
        {
            var head = line.Text[..Math.Min(line.Text.Length, 60)];
            var date = DateText.Find(head).FirstOrDefault();
            // "9月23日电商平台…" is no dateline: a dateline names its outlet or place before the date.
            if (date.Length > 0 && date.Start is >= 2 and <= MaxLeadLength && date.End < head.Length && head[date.End] is '电' or '讯')
            {
                return new Dateline(head[..date.Start].Trim(), date);
            }

            var xun = head.IndexOf('讯', StringComparison.Ordinal);
            if (xun is >= 2 and <= MaxLeadLength && IsOutletLead(head[..xun]))
            {
                return new Dateline(head[..xun].Trim(), null);
            }
        }

        return null;
    }

    private static bool IsOutletLead(string lead) =>
        lead.StartsWith("本报", StringComparison.Ordinal) || lead.StartsWith("本台", StringComparison.Ordinal)
        || lead.StartsWith("本网", StringComparison.Ordinal) || lead.Contains('社', StringComparison.Ordinal)
        || lead.Contains('网', StringComparison.Ordinal);
}
