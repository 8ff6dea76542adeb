using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>
/// Finds the outermost quotations of one paragraph. Curly marks nest (“…打破“卡脖子”技术垄断…” is one quote);
/// straight marks pair in order; a mark left open runs to the paragraph's end and no further, so a stray mark
/// cannot swallow the document.
/// </summary>
internal static class QuoteScanner
{
    private const char CurlyOpen = '“';
    private const char CurlyClose = '”';
    private const char CornerOpen = '「';
    private const char CornerClose = '」';
    private const char Straight = '"';
    private const char WhiteCornerOpen = '『';
    private const char WhiteCornerClose = '』';

    /// <summary>The outermost quotations in <paramref name="paragraph"/> of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Quote> Scan(string text, TextSpan paragraph)
    {
        var quotes = new List<Quote>();
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            var c = text[i];
            Quote? quote = c switch
            {
                CurlyOpen => Nested(text, i, paragraph.End, CurlyOpen, CurlyClose),
                CornerOpen => Nested(text, i, paragraph.End, CornerOpen, CornerClose),
                WhiteCornerOpen => Nested(text, i, paragraph.End, WhiteCornerOpen, WhiteCornerClose),
                Straight => StraightPair(text, i, paragraph.End),
                _ => null,
            };
            if (quote is null)
            {
                i++;
                continue;
            }

            quotes.Add(quote);
            i = quote.End;
        }

        return quotes;
    }

    private static Quote Nested(string text, int open, int end, char openMark, char closeMark)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (text[i] == openMark)
            {
                depth++;
            }
            else if (text[i] == closeMark && --depth == 0)
            {
                return new Quote(open, i + 1, new TextSpan(open + 1, i), true);
            }
        }

        // Nesting never balanced: an inner opening mark was probably a typo, so pair with the first closing mark.
        var first = text.IndexOf(closeMark, open + 1, end - open - 1);
        return first >= 0
            ? new Quote(open, first + 1, new TextSpan(open + 1, first), true)
            : new Quote(open, end, new TextSpan(open + 1, end), false);
    }

    private static Quote StraightPair(string text, int open, int end)
    {
        var close = open + 1 < end ? text.IndexOf(Straight, open + 1, end - open - 1) : -1;
        return close >= 0
            ? new Quote(open, close + 1, new TextSpan(open + 1, close), true)
            : new Quote(open, end, new TextSpan(open + 1, end), false);
    }
}
