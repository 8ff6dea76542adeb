using System.Collections;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// The spans a step has found or must avoid, indexed so that overlap, containment and end-at lookups cost the
/// span's length rather than the number of spans: the steps stay linear in the text on long input.
/// </summary>
/// <remarks>
/// Spans are kept in insertion order and chained by start (a map from a start to its first span), and the offsets
/// they cover and end at are flagged, so an index costs two bit arrays and one small map rather than a hash set and
/// two dictionaries of lists, and a lookup walks the few spans that share a start. Bits rather than bools: a build
/// makes eight indexes a document, and bool arrays were the largest share of the memory it allocated.
/// </remarks>
internal sealed class SpanIndex
{
    private readonly BitArray _covered;
    private readonly Dictionary<int, int> _firstByStart = [];
    private readonly BitArray _ends;
    private readonly List<Entry> _entries = [];

    /// <summary>An empty index over a text of <paramref name="length"/> code units.</summary>
    public SpanIndex(int length)
    {
        _covered = new BitArray(length + 1);
        _ends = new BitArray(length + 2);
    }

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
        if (Holds(span))
        {
            return;
        }

        for (var i = span.Start; i < span.End; i++)
        {
            _covered[i] = true;
        }

        _entries.Add(new Entry(span, 0));
        Chain(span.Start, _entries.Count);
        _ends[span.End] = true;
    }

    /// <summary>Whether exactly <paramref name="span"/> is held.</summary>
    public bool Holds(TextSpan span)
    {
        for (var e = _firstByStart.GetValueOrDefault(span.Start); e != 0; e = _entries[e - 1].Next)
        {
            if (_entries[e - 1].Span == span)
            {
                return true;
            }
        }

        return false;
    }

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
    public bool AnyEndingAt(int end) => (uint)end < (uint)_ends.Length && _ends[end];

    /// <summary>Whether a held span that starts at <paramref name="start"/> ends at or after <paramref name="end"/>.</summary>
    public bool AnyStartingAtReaching(int start, int end)
    {
        for (var e = _firstByStart.GetValueOrDefault(start); e != 0; e = _entries[e - 1].Next)
        {
            if (_entries[e - 1].Span.End >= end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a held span other than <paramref name="span"/> contains it, looking back at most <paramref name="reach"/> code units for its start.</summary>
    public bool ContainedInOther(TextSpan span, int reach)
    {
        if (_firstByStart.Count == 0)
        {
            return false;
        }

        for (var s = span.Start; s >= Math.Max(0, span.Start - reach); s--)
        {
            for (var e = _firstByStart.GetValueOrDefault(s); e != 0; e = _entries[e - 1].Next)
            {
                var other = _entries[e - 1].Span;
                if (other != span && other.Contains(span))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Chains entry number added (1-based) after the last one starting at start, so that chains keep insertion order.
    private void Chain(int start, int added)
    {
        if (!_firstByStart.TryGetValue(start, out var e))
        {
            _firstByStart[start] = added;
            return;
        }

        while (_entries[e - 1].Next != 0)
        {
            e = _entries[e - 1].Next;
        }

        _entries[e - 1] = _entries[e - 1] with { Next = added };
    }

    /// <summary>A held span and the number (1-based, 0 for none) of the next span with its start.</summary>
    private readonly record struct Entry(TextSpan Span, int Next);
}
