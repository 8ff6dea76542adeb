namespace PolicyGraph.Ingest.Metadata;

/// <summary>A calendar date written in a text.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">Its length.</param>
/// <param name="Year">The year, or 0 when the text gives only month and day (11月8日).</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month.</param>
internal readonly record struct WrittenDate(int Start, int Length, int Year, int Month, int Day)
{
    /// <summary>Offset just past it.</summary>
    public int End => Start + Length;

    /// <summary>Whether the year is written.</summary>
    public bool HasYear => Year > 0;

    /// <summary>The ISO form yyyy-MM-dd with <paramref name="year"/> standing in for a missing year.</summary>
    public string Iso(int year = 0) => FormattableString.Invariant($"{(HasYear ? Year : year):D4}-{Month:D2}-{Day:D2}");
}

/// <summary>
/// Finds dates in ASCII or full-width digits: 2024-06-25, 2024/6/25, 2024.06.25, 2024年6月25日, ２０２３年１１月８日,
/// month-day forms such as 11月8日, and Chinese numerals (二〇二四年六月二十五日, 十二月三十一日). A hand-written scanner.
/// </summary>
internal static partial class DateText
{
    /// <summary>Every valid date in <paramref name="text"/>, left to right.</summary>
    public static IReadOnlyList<WrittenDate> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<WrittenDate>();
        for (var i = 0; i < text.Length;)
        {
            if (ChineseDigit(text, i) >= 0 && ChineseDigit(text, i - 1) < 0 && TryReadChinese(text, i) is { } chinese)
            {
                found.Add(chinese);
                i = chinese.End;
                continue;
            }

            if (Digit(text, i) < 0 || (i > 0 && Digit(text, i - 1) >= 0))
            {
                i++;
                continue;
            }

            if (TryRead(text, i) is { } date)
            {
                found.Add(date);
                i = date.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>The value of the digit at <paramref name="i"/> (ASCII or full-width), or -1.</summary>
    public static int Digit(string text, int i) =>
        i < 0 || i >= text.Length ? -1
        : text[i] is >= '0' and <= '9' ? text[i] - '0'
        : text[i] is >= '０' and <= '９' ? text[i] - '０'
        : -1;

    private static WrittenDate? TryRead(string text, int start)
    {
        var (first, afterFirst) = Number(text, start);
        if (afterFirst - start == 4 && afterFirst < text.Length)
        {
            var sep = text[afterFirst];
            if (sep is '-' or '/' or '.' or '－' or '／' or '．')
            {
                return Numeric(text, start, first, afterFirst, sep);
            }

            if (sep == '年')
            {
                return MonthDay(text, start, first, afterFirst + 1);
            }
        }

        return afterFirst - start <= 2 ? MonthDay(text, start, 0, start) : null;
    }

    private static WrittenDate? Numeric(string text, int start, int year, int at, char sep)
    {
        var (month, afterMonth) = Number(text, at + 1);
        if (afterMonth - at - 1 is < 1 or > 2 || afterMonth >= text.Length || text[afterMonth] != sep)
        {
            return null;
        }

        var (day, afterDay) = Number(text, afterMonth + 1);
        return afterDay - afterMonth - 1 is < 1 or > 2 || Digit(text, afterDay) >= 0 ? null : Valid(start, afterDay, year, month, day);
    }

    private static WrittenDate? MonthDay(string text, int start, int year, int at)
    {
        var (month, afterMonth) = Number(text, Skip(text, at));
        if (afterMonth == Skip(text, at) || afterMonth - Skip(text, at) > 2 || afterMonth >= text.Length || text[afterMonth] != '月')
        {
            return null;
        }

        var dayAt = Skip(text, afterMonth + 1);
        var (day, afterDay) = Number(text, dayAt);
        if (afterDay == dayAt || afterDay - dayAt > 2 || afterDay >= text.Length || text[afterDay] is not ('日' or '号'))
        {
            return null;
        }

        return Valid(start, afterDay + 1, year, month, day);
    }

    private static int Skip(string text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static (int Value, int End) Number(string text, int i)
    {
        var value = 0;
        var end = i;
        while (Digit(text, end) is var d && d >= 0 && end - i < 6)
        {
            value = (value * 10) + d;
            end++;
        }

        return (value, end);
    }

    private static WrittenDate? Valid(int start, int end, int year, int month, int day)
    {
        if (year != 0 && year is < 1900 or > 2100)
        {
            return null;
        }

        var daysInMonth = month is >= 1 and <= 12 ? DateTime.DaysInMonth(year == 0 ? 2024 : year, month) : 0;
        return day >= 1 && day <= daysInMonth ? new WrittenDate(start, end - start, year, month, day) : null;
    }
}
