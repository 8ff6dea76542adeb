using System.Globalization;
using PolicyGraph.Ingest;
using PolicyGraph.Text;

namespace PolicyGraph.Pipeline;

/// <summary>
/// Splits a broadcast day file (<c># 新闻联播 2024-01-03</c>, then items under <c>## 1. title</c> headings) into one
/// document per item, each dated by the day line. Other documents pass through unchanged.
/// </summary>
/// <remarks>
/// An item is its own document because it is its own story: its own places, people and speakers. One
/// document per day would give a day's fifteen stories one <c>place</c>, count co-mentions across unrelated
/// stories as evidence, and make every person seen that day look connected. An item's path is the file's path
/// with <c>#N</c> (its number under the heading); its text runs from its heading line to the next heading, so
/// offsets count from the start of the heading line; its title is the heading's text; its source is the programme
/// named in the day line (the outlet); its place is left empty (the items' text rarely says where it reports from);
/// its sha256 is the file's.
/// </remarks>
public static class DayFileSplitter
{
    /// <summary>The documents <paramref name="document"/> stands for: its items when it is a day file, else itself.</summary>
    public static IReadOnlyList<SourceDocument> Split(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        if (Header(text) is not var (programme, date))
        {
            return [document];
        }

        var starts = ItemStarts(text);
        if (starts.Count == 0)
        {
            return [document];
        }

        var items = new List<SourceDocument>(starts.Count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < starts.Count; i++)
        {
            var start = starts[i];
            var end = i + 1 < starts.Count ? starts[i + 1] : text.Length;
            var lineEnd = text.IndexOf('\n', start);
            var heading = text[(start + 3)..(lineEnd < 0 || lineEnd > end ? end : lineEnd)].Trim();
            var (number, title) = SplitHeading(heading);
            var id = number.Length > 0 && used.Add(number) ? number : (i + 1).ToString(CultureInfo.InvariantCulture);
            used.Add(id);
            var chrome = document.Chrome.Where(c => c.Start >= start && c.End <= end).Select(c => new TextSpan(c.Start - start, c.End - start)).ToList();
            items.Add(document with
            {
                Path = document.Path + "#" + id,
                Text = text[start..end],
                Metadata = document.Metadata with { Title = title, Published = date, Source = programme, Place = string.Empty },
                Chrome = chrome,
            });
        }

        return items;
    }

    // The programme and date of a first line "# <programme> yyyy-MM-dd", or null when the text does not start so.
    private static (string Programme, string Date)? Header(string text)
    {
        var i = 0;
        while (i < text.Length && (text[i] == '\uFEFF' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        if (i + 2 > text.Length || text[i] != '#' || text[i + 1] != ' ')
        {
            return null;
        }

        var lineEnd = text.IndexOf('\n', i);
        var line = text[i..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd();
        if (line.Length < 13)
        {
            return null;
        }

        var candidate = line[^10..];
        return DateOnly.TryParseExact(candidate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? (line[2..^10].Trim(), candidate)
            : null;
    }

    private static List<int> ItemStarts(string text)
    {
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i = NextLine(text, i))
        {
            if (string.CompareOrdinal(text, i, "## ", 0, 3) == 0)
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static int NextLine(string text, int from)
    {
        var n = text.IndexOf('\n', from);
        return n < 0 ? text.Length : n + 1;
    }

    // "3. 李强在湖北调研" gives ("3", "李强在湖北调研"); a heading without a number gives ("", heading).
    private static (string Number, string Title) SplitHeading(string heading)
    {
        var digits = 0;
        while (digits < heading.Length && char.IsAsciiDigit(heading[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < heading.Length && heading[digits] == '.'
            ? (heading[..digits], heading[(digits + 1)..].Trim())
            : (string.Empty, heading);
    }
}
