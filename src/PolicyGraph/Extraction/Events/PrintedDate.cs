namespace PolicyGraph.Extraction.Events;

/// <summary>
/// A date printed as <c>2024年11月6日</c> or <c>11月6日</c>: what the pattern <c>(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日</c>
/// matches, found by a hand-written scan that allocates nothing (a regex ran here for every event mention).
/// Offsets are into the scanned text; digits are Unicode decimal digits, as <c>\d</c> reads them.
/// </summary>
/// <param name="Start">Where the date starts.</param>
/// <param name="End">Where it ends (after 日).</param>
/// <param name="YearStart">Where its four-digit year starts, or -1 when it has none.</param>
/// <param name="MonthStart">Where the month's digits start.</param>
/// <param name="MonthEnd">Where they end (at 月).</param>
/// <param name="DayStart">Where the day's digits start.</param>
/// <param name="DayEnd">Where they end (at 日).</param>
internal readonly record struct PrintedDate(int Start, int End, int YearStart, int MonthStart, int MonthEnd, int DayStart, int DayEnd)
{
    /// <summary>The first date lying wholly in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>, or null.</summary>
    public static PrintedDate? First(string text, int from, int to)
    {
        for (var p = from; p < to; p++)
        {
            if (At(text, p, to) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The last of the dates found scanning [<paramref name="from"/>, <paramref name="to"/>) left to right, each after the one before; or null.</summary>
    public static PrintedDate? Last(string text, int from, int to)
    {
        PrintedDate? last = null;
        for (var p = from; First(text, p, to) is { } date; p = date.End)
        {
            last = date;
        }

        return last;
    }

    // The date starting at p: with its year when one opens it, else month and day alone.
    private static PrintedDate? At(string text, int p, int to)
    {
        if (p + 5 <= to && AllDigits(text, p, 4) && text[p + 4] == '年' && MonthDay(text, p + 5, to) is { } withYear)
        {
            return withYear with { Start = p, YearStart = p };
        }

        return MonthDay(text, p, to);
    }

    private static PrintedDate? MonthDay(string text, int start, int to)
    {
        var monthEnd = DigitsBefore(text, start, to, '月');
        if (monthEnd < 0)
        {
            return null;
        }

        var dayEnd = DigitsBefore(text, monthEnd + 1, to, '日');
        return dayEnd < 0 ? null : new PrintedDate(start, dayEnd + 1, -1, start, monthEnd, monthEnd + 1, dayEnd);
    }

    // Where two digits, or else one, starting at start are followed by mark inside the range: the mark's offset, or -1.
    private static int DigitsBefore(string text, int start, int to, char mark)
    {
        for (var digits = 2; digits >= 1; digits--)
        {
            if (start + digits < to && AllDigits(text, start, digits) && text[start + digits] == mark)
            {
                return start + digits;
            }
        }

        return -1;
    }

    private static bool AllDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
