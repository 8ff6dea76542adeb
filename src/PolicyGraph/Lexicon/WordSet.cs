namespace PolicyGraph.Lexicon;

/// <summary>
/// A set of words with longest-match lookup at a position in a text; never changed after construction, so
/// thread-safe for reading. Lookups try only
/// the lengths that words starting (or ending) with the character at hand have, so a scan over a text costs a few
/// hash probes per character.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<char, int> _longestByFirst;
    private readonly Dictionary<char, int> _longestByLast;

    /// <summary>A set of <paramref name="words"/>.</summary>
    public WordSet(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _words = new HashSet<string>(list, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestByFirst = list.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.Max(w => w.Length));
        _longestByLast = list.GroupBy(w => w[^1]).ToDictionary(g => g.Key, g => g.Max(w => w.Length));
        MaxLength = list.Count == 0 ? 0 : list.Max(w => w.Length);
    }

    /// <summary>The longest word's length.</summary>
    public int MaxLength { get; }

    /// <summary>How many words.</summary>
    public int Count => _words.Count;

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>The length of the longest word starting at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(string text, int start, int maxLength = int.MaxValue)
    {
        if (start < 0 || start >= text.Length || !_longestByFirst.TryGetValue(text[start], out var longest))
        {
            return 0;
        }

        for (var len = Math.Min(Math.Min(longest, maxLength), text.Length - start); len > 0; len--)
        {
            if (_lookup.Contains(text.AsSpan(start, len)))
            {
                return len;
            }
        }

        return 0;
    }

    /// <summary>The length of the longest word ending at <paramref name="end"/> (exclusive), or 0.</summary>
    public int LongestEndingAt(string text, int end, int maxLength = int.MaxValue)
    {
        if (end <= 0 || end > text.Length || !_longestByLast.TryGetValue(text[end - 1], out var longest))
        {
            return 0;
        }

        for (var len = Math.Min(Math.Min(longest, maxLength), end); len > 0; len--)
        {
            if (_lookup.Contains(text.AsSpan(end - len, len)))
            {
                return len;
            }
        }

        return 0;
    }
}
