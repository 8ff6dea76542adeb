namespace PolicyGraph.Ingest.Metadata;

/// <summary>Splits a page title such as "标题 - 某市人民政府" or "标题_栏目_某网" into headline and site segments.</summary>
internal static class TitleText
{
    private static readonly string[] Separators = [" - ", " – ", " — ", " -- ", "_", " | ", "|", "｜", " · "];

    /// <summary>The trimmed, non-empty segments of <paramref name="title"/> in order.</summary>
    public static IReadOnlyList<string> Segments(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return title.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The headline part of a page title: its first segment of four or more characters, else the whole title.</summary>
    public static string Headline(string title)
    {
        var first = Segments(title).FirstOrDefault(s => s.Length >= 4);
        return first ?? title.Trim();
    }
}
