namespace PolicyGraph.Text;

/// <summary>Character classes of Chinese news text.</summary>
internal static class ChineseText
{
    /// <summary>Whether <paramref name="c"/> is a CJK ideograph.</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// Whether one of <paramref name="words"/> starts at <paramref name="at"/>. A loop, not Any(): callers run at every
    /// character, and a lambda capturing their locals would allocate there.
    /// </summary>
    public static bool StartsWithAny(string text, int at, string[] words)
    {
        foreach (var word in words)
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="i"/> is a Han character (false outside the text).</summary>
    public static bool IsHanAt(string text, int i) => i >= 0 && i < text.Length && IsHan(text[i]);

    /// <summary>The middle dots that join the parts of minority and foreign names (艾尔肯·吐尔逊).</summary>
    public static readonly System.Buffers.SearchValues<char> NameDots = System.Buffers.SearchValues.Create("·•・‧∙");

    /// <summary>Whether <paramref name="c"/> is one of <see cref="NameDots"/>.</summary>
    public static bool IsNameDot(char c) => NameDots.Contains(c);

    /// <summary>Brackets, dashes and book-title marks that may occur inside an organisation's name.</summary>
    public static bool IsNameInner(char c) => c is '（' or '）' or '(' or ')' or '—' or '–' or '-' or '《' or '》';

    /// <summary>Whether <paramref name="c"/> writes a number: an ASCII digit or a Chinese numeral (一 … 十, 百, 千, 零, 〇, 两).</summary>
    public static bool IsNumeral(char c) => char.IsAsciiDigit(c) || "一二三四五六七八九十百千零〇两".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Where an ordinal of a term or session that starts at <paramref name="i"/> ends, before <paramref name="limit"/>
    /// (第七届, 第二次, 第三期, 首届, 首次; without 第 where 届 follows a numeral: 二十届三中全会), or null.
    /// </summary>
    public static int? OrdinalEndAt(string text, int i, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (i < 0 || limit > text.Length)
        {
            return null;
        }

        if (i + 2 <= limit && (text.AsSpan(i, 2).SequenceEqual("首届") || text.AsSpan(i, 2).SequenceEqual("首次")))
        {
            return i + 2;
        }

        if (i >= limit || (text[i] != '第' && !"一二三四五六七八九十".Contains(text[i], StringComparison.Ordinal)))
        {
            return null;
        }

        var j = text[i] == '第' ? i + 1 : i;
        while (j < limit && IsNumeral(text[j]))
        {
            j++;
        }

        if (j >= limit)
        {
            return null;
        }

        var ordinal = text[i] == '第' ? j > i + 1 && text[j] is '届' or '次' or '期' : j > i && text[j] == '届';
        return ordinal ? j + 1 : null;
    }

    /// <summary>Whether the character at <paramref name="i"/> ends a clause or the text is outside (start, end, punctuation, space).</summary>
    public static bool IsBoundaryAt(string text, int i) =>
        i < 0 || i >= text.Length || !(IsHan(text[i]) || char.IsLetterOrDigit(text[i]) || IsNameDot(text[i]));

    /// <summary>Single characters that start no name and end the words before them: particles, prepositions, conjunctions.</summary>
    public static bool IsFunctionChar(char c) => "的了在由与和及是为到向对从将着等让把被给跟同于以所其这该本各我他她们就也都并又还已使令而或即当每据".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Function characters that end the words before an organisation's name; fewer than <see cref="IsFunctionChar"/>
    /// because names contain some of those (成都, 同济, 日本).
    /// </summary>
    public static bool IsOrganizationStop(char c) => "的了在由与和及是为到向对从将着等让把被给跟于以其这该我他她们就也并又还已使令而或即当每据".Contains(c, StringComparison.Ordinal);
}
