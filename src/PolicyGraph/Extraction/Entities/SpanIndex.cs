using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// The spans a step has found or must avoid, indexed so that overlap, containment and end-at lookups cost the
/// span's length rather than the number of spans: the steps stay linear in the text on long input.
/// </summary>
internal sealed class SpanIndex
{
    private readonly bool[] _covered;
    private readonly Dictionary<int, List<TextSpan>> _byStart = [];
    private readonly Dictionary<int, List<TextSpan>> _byEnd = [];
    private readonly HashSet<TextSpan> _spans = [];

    /// <summary>An empty index over a text of <paramref name="length"/> code units.</summary>
    public SpanIndex(int length) => _covered = new bool[length + 1];

    /// <summary>An index holding <paramref name="spans"/>.</summary>
    public SpanIndex(int length, IEnumerable<TextSpan> spans)
        : this(length)
    {
        foreach (var span in spans)
        {
            Add(span);
        }
    }

    /// <summary>Adds <paramref name="span"/>.</summary>
    public void Add(TextSpan span)
    {
        if (!_spans.Add(span))
        {
            return;
        }

        for (var i = span.Start; i < span.End; i++)
        {
            _covered[i] = true;
        }

        Bucket(_byStart, span.Start).Add(span);
        Bucket(_byEnd, span.End).Add(span);
    }

    /// <summary>Whether exactly <paramref name="span"/> is held.</summary>
    public bool Holds(TextSpan span) => _spans.Contains(span);

    /// <summary>Whether any held span shares a code unit with <paramref name="span"/>.</summary>
    public bool Overlaps(TextSpan span)
    {
        for (var i = Math.Max(0, span.Start); i < span.End && i < _covered.Length; i++)
        {
            if (_covered[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a held span covers <paramref name="offset"/>.</summary>
    public bool Covers(int offset) => offset >= 0 && offset < _covered.Length && _covered[offset];

    /// <summary>Whether some held span ends at <paramref name="end"/>.</summary>
    public bool AnyEndingAt(int end) => _byEnd.ContainsKey(end);

    /// <summary>The held spans that end at <paramref name="end"/>.</summary>
    public IReadOnlyList<TextSpan> EndingAt(int end) => _byEnd.TryGetValue(end, out var list) ? list : [];

    /// <summary>The held spans that start at <paramref name="start"/>.</summary>
    public IReadOnlyList<TextSpan> StartingAt(int start) => _byStart.TryGetValue(start, out var list) ? list : [];

    /// <summary>Whether a held span other than <paramref name="span"/> contains it, looking back at most <paramref name="reach"/> code units for its start.</summary>
    public bool ContainedInOther(TextSpan span, int reach)
    {
        for (var s = span.Start; s >= Math.Max(0, span.Start - reach); s--)
        {
            if (_byStart.TryGetValue(s, out var list) && list.Any(o => o != span && o.Contains(span)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<TextSpan> Bucket(Dictionary<int, List<TextSpan>> map, int key)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
