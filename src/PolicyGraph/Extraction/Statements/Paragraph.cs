using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>
/// One paragraph split into units: sentences ended by 。！？ outside quotations, and quotations that stand as
/// sentences of their own (“…。”“…。”). Speech turns are built from whole units.
/// </summary>
internal sealed class Paragraph
{
    private const string Terminals = "。！？!?";

    private Paragraph(TextSpan span, IReadOnlyList<Quote> quotes, IReadOnlyList<TextSpan> units)
    {
        Span = span;
        Quotes = quotes;
        Units = units;
    }

    /// <summary>The paragraph, without surrounding white space.</summary>
    public TextSpan Span { get; }

    /// <summary>Its outermost quotations in order.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Its sentence units in order; together they cover the paragraph.</summary>
    public IReadOnlyList<TextSpan> Units { get; }

    /// <summary>The paragraphs of <paramref name="text"/>: its non-blank lines.</summary>
    public static IReadOnlyList<Paragraph> Split(string text)
    {
        var paragraphs = new List<Paragraph>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var span = Trim(text, start, end);
            if (span.Length > 0)
            {
                paragraphs.Add(Build(text, span));
            }

            start = end + 1;
        }

        return paragraphs;
    }

    /// <summary>The quotation opening at <paramref name="offset"/>, if any.</summary>
    public Quote? QuoteAt(int offset)
    {
        // Quotations are in text order and do not overlap, so their openings are sorted: a binary search, no map.
        int low = 0, high = Quotes.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var open = Quotes[mid].Open;
            if (open == offset)
            {
                return Quotes[mid];
            }

            if (open < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return null;
    }

    /// <summary>The last quotation that ends at or before <paramref name="offset"/> and opens at or after <paramref name="from"/>.</summary>
    public Quote? LastQuoteEndingBy(int offset, int from)
    {
        // Outermost quotations do not overlap, so their ends are in order too.
        int low = 0, high = Quotes.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (Quotes[mid].End <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found >= 0 && Quotes[found].Open >= from ? Quotes[found] : null;
    }

    private static Paragraph Build(string text, TextSpan span)
    {
        var quotes = QuoteScanner.Scan(text, span);
        var units = new List<TextSpan>();
        var unitStart = span.Start;
        var i = span.Start;
        var q = 0;
        while (i < span.End)
        {
            if (q < quotes.Count && quotes[q].Open == i)
            {
                var quote = quotes[q++];
                i = quote.End;
                if (quote.Closed && EndsSentence(text, quote) && (i >= span.End || IsOpening(text[i])))
                {
                    units.Add(new TextSpan(unitStart, i));
                    unitStart = i;
                }

                continue;
            }

            if (Terminals.Contains(text[i], StringComparison.Ordinal))
            {
                var end = i + 1;
                while (end < span.End && (Terminals.Contains(text[end], StringComparison.Ordinal) || text[end] == '…'))
                {
                    end++;
                }

                units.Add(new TextSpan(unitStart, end));
                unitStart = end;
                i = end;
                continue;
            }

            i++;
        }

        if (unitStart < span.End)
        {
            units.Add(new TextSpan(unitStart, span.End));
        }

        return new Paragraph(span, quotes, units);
    }

    private static bool EndsSentence(string text, Quote quote) =>
        quote.Inner.Length > 0 && (Terminals + "…").Contains(text[quote.Inner.End - 1], StringComparison.Ordinal);

    private static bool IsOpening(char c) => c is '“' or '「' or '『' or '"';

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && IsBlank(text[start]))
        {
            start++;
        }

        while (end > start && IsBlank(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static bool IsBlank(char c) => char.IsWhiteSpace(c) || c == '\u3000';
}
