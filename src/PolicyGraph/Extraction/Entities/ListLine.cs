using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// A line of a list that opens with a person's name and gives the person's posts after a space, as award lists and
/// lists of delegates are laid out: 丁一鸣　常州恒泰精密轴承股份有限公司董事长.
/// </summary>
internal static class ListLine
{
    // The most spaces between a name and its posts; and the longest a line's posts may be.
    private const int MaxGap = 4, MaxPosts = 60;

    /// <summary>Whether only spaces stand between the start of <paramref name="at"/>'s line and <paramref name="at"/>.</summary>
    public static bool OpensAt(string text, int at)
    {
        var i = at;
        while (i > 0 && IsSpace(text[i - 1]))
        {
            i--;
        }

        return i == 0 || text[i - 1] == '\n';
    }

    /// <summary>The length of the spaces at <paramref name="at"/> that part a name from its posts, or 0.</summary>
    public static int GapAt(string text, int at)
    {
        var i = at;
        while (i < text.Length && i - at <= MaxGap && IsSpace(text[i]))
        {
            i++;
        }

        return i > at && i - at <= MaxGap && i < text.Length && !char.IsWhiteSpace(text[i]) ? i - at : 0;
    }

    /// <summary>
    /// Where the posts that start at <paramref name="at"/> end their line (before any spaces at its end), or -1 when the
    /// line runs on longer than a list's posts do.
    /// </summary>
    public static int PostsEnd(string text, int at)
    {
        var end = text.IndexOf('\n', at);
        end = end < 0 ? text.Length : end;
        while (end > at && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end - at <= MaxPosts ? end : -1;
    }

    /// <summary>Whether <paramref name="c"/> is a space a list's line is laid out with (not a line break).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u3000' or '\t' or '\u00a0';

    /// <summary>Whether <paramref name="c"/> parts the names of a roster's line: a space, or the return before its break.</summary>
    public static bool PartsNames(char c) => IsSpace(c) || c == '\r';

    /// <summary>
    /// Whether the line holding <paramref name="span"/> is a roster's: names (Han characters and name dots) parted by
    /// spaces, at least one, and nothing else (丁建华　王少锋　方志刚).
    /// </summary>
    public static bool InRoster(string text, TextSpan span)
    {
        var start = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var end = text.IndexOf('\n', span.End);
        var parted = false;
        foreach (var c in text.AsSpan(start, (end < 0 ? text.Length : end) - start))
        {
            if (PartsNames(c))
            {
                parted |= c != '\r';
            }
            else if (!ChineseText.IsHan(c) && !ChineseText.IsNameDot(c))
            {
                return false;
            }
        }

        return parted;
    }

    /// <summary>
    /// The name that opens <paramref name="line"/>'s line after any indent, up to the first space, when it is at most
    /// <paramref name="longest"/> characters long; null when the line opens otherwise.
    /// </summary>
    public static TextSpan? OpeningWord(string text, int line, int longest)
    {
        var start = line;
        while (start < text.Length && IsSpace(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && end - start <= longest && !IsSpace(text[end]) && text[end] != '\n')
        {
            end++;
        }

        return end > start && end - start <= longest && end < text.Length && IsSpace(text[end]) ? new TextSpan(start, end) : null;
    }
}
