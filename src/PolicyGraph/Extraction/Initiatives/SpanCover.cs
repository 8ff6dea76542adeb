using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// Answers "does any of these spans contain this one?" in logarithmic time: spans sorted by start with the
/// running maximum of their ends, so a megabyte of mentions is checked without quadratic work.
/// </summary>
internal sealed class SpanCover
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;

    public SpanCover(IEnumerable<TextSpan> spans)
    {
        var sorted = spans.OrderBy(s => s.Start).ToArray();
        _starts = [.. sorted.Select(s => s.Start)];
        _maxEnds = new int[sorted.Length];
        var max = int.MinValue;
        for (var i = 0; i < sorted.Length; i++)
        {
            max = Math.Max(max, sorted[i].End);
            _maxEnds[i] = max;
        }
    }

    /// <summary>Whether a span contains <paramref name="span"/>; with <paramref name="strictly"/>, a span equal to it does not count.</summary>
    public bool Covers(TextSpan span, bool strictly = false) =>
        strictly ? MaxEndStartingBy(span.Start - 1) >= span.End || MaxEndStartingBy(span.Start) > span.End
            : MaxEndStartingBy(span.Start) >= span.End;

    // The largest end among spans that start at or before offset.
    private int MaxEndStartingBy(int offset)
    {
        int low = 0, high = _starts.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (_starts[mid] <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found < 0 ? int.MinValue : _maxEnds[found];
    }
}
