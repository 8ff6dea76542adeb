namespace PolicyGraph.Ingest.Html;

/// <summary>Splits a page title such as "标题 - 某市人民政府" or "标题_栏目_某网" into headline and site segments.</summary>
internal static class TitleText
{
    private static readonly string[] Separators = [" - ", " – ", " — ", " -- ", "--", "_", " | ", "|", "｜", " · "];

    // A first segment ending so is the site's name put before the headline (某市人民政府 - 标题).
    private static readonly string[] SiteEndings = ["政府", "网", "网站", "门户", "首页", "频道", "管委会", "日报", "新闻"];

    /// <summary>The trimmed, non-empty segments of <paramref name="title"/> in order.</summary>
    public static IReadOnlyList<string> Segments(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The headline part of a page title: its first segment of four or more characters that is no site name, else the whole title.</summary>
    public static string Headline(string title)
    {
        var segments = Segments(title).Where(s => s.Length >= 4).ToArray();
        var first = segments.FirstOrDefault(s => !SiteEndings.Any(e => s.EndsWith(e, StringComparison.Ordinal))) ?? segments.FirstOrDefault();
        return first ?? title.Trim();
    }
}
