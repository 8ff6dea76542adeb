using PolicyGraph.Text;

namespace PolicyGraph.Ingest.Chrome;

/// <summary>
/// Finds the page furniture in a document's text: whole furniture lines, and bracketed reporter credits
/// (（记者 张三）) inside article lines. The furniture stays in the text; extraction skips these spans.
/// </summary>
internal static class ChromeFinder
{
    private static readonly string[] CreditOpeners = ["（记者", "(记者", "（本报记者", "(本报记者", "（通讯员", "(通讯员", "（本报通讯员", "（实习生"];

    /// <summary>The furniture spans of <paramref name="lines"/> (the lines of one text), sorted and disjoint.</summary>
    public static IReadOnlyList<TextSpan> Find(IReadOnlyList<TextLine> lines) =>
        Find(lines, [.. lines.Select(l => ChromeLines.Classify(l.Text))]);

    /// <summary>The furniture spans of <paramref name="lines"/> whose kinds are already known, sorted and disjoint.</summary>
    public static IReadOnlyList<TextSpan> Find(IReadOnlyList<TextLine> lines, IReadOnlyList<ChromeKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(kinds);
        var spans = new List<TextSpan>();
        foreach (var line in lines)
        {
            if (kinds[line.Index] != ChromeKind.None)
            {
                spans.Add(line.Span);
                continue;
            }

            AddCredits(line, spans);
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static void AddCredits(TextLine line, List<TextSpan> spans)
    {
        foreach (var opener in CreditOpeners)
        {
            for (var at = line.Text.IndexOf(opener, StringComparison.Ordinal); at >= 0; at = line.Text.IndexOf(opener, at + 1, StringComparison.Ordinal))
            {
                var close = line.Text.AsSpan(at).IndexOfAny("）)");
                if (close > 0 && close <= 40 && ChromeLines.IsByline(line.Text.Substring(at, close + 1)))
                {
                    var start = line.Span.Start + at;
                    if (!spans.Any(s => s.Overlaps(new TextSpan(start, start + close + 1))))
                    {
                        spans.Add(new TextSpan(start, start + close + 1));
                    }
                }
            }
        }
    }
}
