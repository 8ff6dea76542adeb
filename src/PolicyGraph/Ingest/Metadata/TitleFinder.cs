using PolicyGraph.Ingest.Chrome;
using PolicyGraph.Ingest.Html;

namespace PolicyGraph.Ingest.Metadata;

/// <summary>
/// Finds the headline: on an HTML page its <c>&lt;h1&gt;</c>, else the headline part of its <c>&lt;title&gt;</c>;
/// in text, the first substantial line that is not furniture. A subtitle (——访…, ——…侧记) is not part of it.
/// </summary>
internal static class TitleFinder
{
    // Longer first lines are article paragraphs, not headlines.
    private const int MaxHeadlineLength = 80;

    // The page head: the metadata line that follows the headline sits among the first lines.
    private const int HeadLines = 8;

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
        // The headline stands right above the 发布时间/来源 line (a subtitle may come between): a kicker or column name
        // above it is passed over.
        var metadata = view.Lines.Take(HeadLines).FirstOrDefault(l => view.Kinds[l.Index] == ChromeKind.Metadata);
        if (metadata is not null)
        {
            var above = view.Lines.Take(metadata.Index).Reverse()
                .TakeWhile(l => view.Kinds[l.Index] == ChromeKind.None)
                .FirstOrDefault(l => !IsSubtitle(l.Text));
            if (above is not null && IsHeadline(above.Text))
            {
                return above.Text;
            }
        }

        foreach (var line in view.BodyLines.Take(3))
        {
            if (IsSubtitle(line.Text) || !line.Text.Any(IsCjk))
            {
                continue;
            }

            return IsHeadline(line.Text) ? line.Text : string.Empty;
        }

        return string.Empty;
    }

    /// <summary>Whether a line is a subtitle: it starts with a dash (——访…, ——2024…侧记).</summary>
    public static bool IsSubtitle(string line) =>
        line.StartsWith("——", StringComparison.Ordinal) || line.StartsWith("--", StringComparison.Ordinal)
        || line.StartsWith("──", StringComparison.Ordinal) || line.StartsWith("—", StringComparison.Ordinal);

    private static bool IsHeadline(string line) => line.Length is >= 4 and <= MaxHeadlineLength && line.Any(IsCjk) && !EndsSentence(line);

    private static bool EndsSentence(string line) => line[^1] is '。' or '；' or '，' || line.Count(c => c == '。') >= 2;

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
