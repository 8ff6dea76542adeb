namespace PolicyGraph.Ingest.Metadata;

/// <summary>
/// Finds the headline: on an HTML page its <c>&lt;h1&gt;</c>, else the headline part of its <c>&lt;title&gt;</c>;
/// in text, the first substantial line that is not furniture. A subtitle (——访…, ——…侧记) is not part of it.
/// </summary>
internal static class TitleFinder
{
    // Longer first lines are article paragraphs, not headlines.
    private const int MaxHeadlineLength = 80;

    /// <summary>The headline of <paramref name="view"/>, or empty.</summary>
    public static string Find(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Page is { } page)
        {
            var sites = view.TitleSuffixes;
            var h1 = page.Headlines.FirstOrDefault(h => h.Length >= 4 && !sites.Contains(h, StringComparer.Ordinal) && !IsSubtitle(h));
            if (h1 is not null)
            {
                return h1;
            }

            var meta = view.Meta("articletitle", "og:title");
            if (meta.Length >= 4)
            {
                return TitleText.Headline(meta);
            }

            if (page.HeadTitle.Length > 0)
            {
                return TitleText.Headline(page.HeadTitle);
            }
        }

        return HeadlineLine(view);
    }

    private static string HeadlineLine(ArticleView view)
    {
        foreach (var line in view.BodyLines.Take(3))
        {
            if (IsSubtitle(line.Text) || !line.Text.Any(IsCjk))
            {
                continue;
            }

            var headline = line.Text.Length <= MaxHeadlineLength && !EndsSentence(line.Text);
            return headline ? line.Text : string.Empty;
        }

        return string.Empty;
    }

    /// <summary>Whether a line is a subtitle: it starts with a dash (——访…, ——2024…侧记).</summary>
    public static bool IsSubtitle(string line) =>
        line.StartsWith("——", StringComparison.Ordinal) || line.StartsWith("--", StringComparison.Ordinal)
        || line.StartsWith("──", StringComparison.Ordinal) || line.StartsWith("—", StringComparison.Ordinal);

    private static bool EndsSentence(string line) => line[^1] is '。' or '；' or '，' || line.Count(c => c == '。') >= 2;

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
