using PolicyGraph.Ingest.Chrome;

namespace PolicyGraph.Ingest.Metadata;

/// <summary>
/// Finds the publication date: after a 发布时间/日期 label, else on another furniture line (2025-03-28 18:05 来源…,
/// the footer "site | date"), else in the page's date meta tag, else in a dateline (本报太原２０２３年１１月８日电,
/// 新华社北京11月8日电, whose year comes from another full date on the page).
/// </summary>
internal static class DateFinder
{
    private static readonly string[] Labels = ["发布时间", "发布日期", "发表时间", "发稿时间", "日期", "时间", "更新时间"];

    /// <summary>The ISO date of <paramref name="view"/>, or empty.</summary>
    public static string Find(ArticleView view)
    {
        var labelled = Labelled(view);
        if (labelled.Length > 0)
        {
            return labelled;
        }

        foreach (var line in view.FurnitureLines.Where(l => view.Kinds[l.Index] is ChromeKind.Metadata or ChromeKind.Footer))
        {
            if (DateText.Find(line.Text).FirstOrDefault(d => d.HasYear) is { Length: > 0 } date)
            {
                return date.Iso();
            }
        }

        var meta = view.Meta("pubdate", "publishdate", "article:published_time", "publishtime", "firstpublishedtime", "og:release_date", "date");
        if (DateText.Find(meta).FirstOrDefault(d => d.HasYear) is { Length: > 0 } metaDate)
        {
            return metaDate.Iso();
        }

        return Dateline.Find(view) is { Date: { } dateline } ? WithYear(dateline, view) : string.Empty;
    }

    /// <summary>The ISO date after a 发布时间/日期 label on a furniture line of <paramref name="view"/>, or empty.</summary>
    public static string Labelled(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var line in view.FurnitureLines)
        {
            if (AfterLabel(line.Text) is { } labelled)
            {
                return labelled.Iso();
            }
        }

        return string.Empty;
    }

    private static WrittenDate? AfterLabel(string line)
    {
        foreach (var label in Labels)
        {
            var at = line.IndexOf(label, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var date = DateText.Find(line[(at + label.Length)..]).FirstOrDefault();
            if (date.Length > 0 && date.HasYear && date.Start <= 3)
            {
                return date;
            }
        }

        return null;
    }

    private static string WithYear(WrittenDate date, ArticleView view)
    {
        if (date.HasYear)
        {
            return date.Iso();
        }

        var year = DateText.Find(view.WholeText).FirstOrDefault(d => d.HasYear).Year;
        if (year == 0)
        {
            year = YearMentions.MostFrequent(view.WholeText);
        }

        return year == 0 ? string.Empty : date.Iso(year);
    }
}
