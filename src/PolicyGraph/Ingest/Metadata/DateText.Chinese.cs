namespace PolicyGraph.Ingest.Metadata;

internal static partial class DateText
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    /// <summary>The value of a Chinese numeral at <paramref name="i"/> (〇/零 to 九, 十 as 10), or -1.</summary>
    private static int ChineseDigit(string text, int i)
    {
        if (i < 0 || i >= text.Length)
        {
            return -1;
        }

        var c = text[i];
        return c == '零' ? 0 : c == '十' ? 10 : ChineseDigits.IndexOf(c, StringComparison.Ordinal);
    }

    private static WrittenDate? TryReadChinese(string text, int start)
    {
        var year = 0;
        var at = start;
        if (start + 4 < text.Length && text[start + 4] == '年')
        {
            for (var k = 0; k < 4 && year >= 0; k++)
            {
                var d = ChineseDigit(text, start + k);
                year = d is < 0 or 10 ? -1 : (year * 10) + d;
            }

            if (year < 0)
            {
                return null;
            }

            at = start + 5;
        }

        var (month, afterMonth) = SmallNumber(text, at);
        if (month == 0 || afterMonth >= text.Length || text[afterMonth] != '月')
        {
            return null;
        }

        var (day, afterDay) = SmallNumber(text, afterMonth + 1);
        return day == 0 || afterDay >= text.Length || text[afterDay] is not ('日' or '号') ? null : Valid(start, afterDay + 1, year, month, day);
    }

    // 一 to 九, 十, 十一 to 十九, 二十 to 三十九: the numbers a month or a day is written with.
    private static (int Value, int End) SmallNumber(string text, int i)
    {
        var first = ChineseDigit(text, i);
        if (first <= 0)
        {
            return (0, i);
        }

        if (first == 10)
        {
            var unit = ChineseDigit(text, i + 1);
            return unit is > 0 and < 10 ? (10 + unit, i + 2) : (10, i + 1);
        }

        if (ChineseDigit(text, i + 1) != 10)
        {
            return (first, i + 1);
        }

        var ones = ChineseDigit(text, i + 2);
        return ones is > 0 and < 10 ? ((first * 10) + ones, i + 3) : (first * 10, i + 2);
    }
}
