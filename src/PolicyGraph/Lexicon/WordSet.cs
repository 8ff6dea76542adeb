using System.Collections.Frozen;

namespace PolicyGraph.Lexicon;

/// <summary>A set of words with longest-match lookup at a position in a text; immutable and thread-safe.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<char> _firsts;

    /// <summary>A set of <paramref name="words"/>.</summary>
    public WordSet(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).ToList();
        _words = list.ToFrozenSet(StringComparer.Ordinal);
        _firsts = list.Select(w => w[0]).ToFrozenSet();
        MaxLength = list.Count == 0 ? 0 : list.Max(w => w.Length);
    }

    /// <summary>The longest word's length.</summary>
    public int MaxLength { get; }

    /// <summary>How many words.</summary>
    public int Count => _words.Count;

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The length of the longest word starting at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(string text, int start, int maxLength = int.MaxValue)
    {
        if (start < 0 || start >= text.Length || !_firsts.Contains(text[start]))
        {
            return 0;
        }

        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var len = Math.Min(Math.Min(MaxLength, maxLength), text.Length - start); len > 0; len--)
        {
            if (lookup.Contains(text.AsSpan(start, len)))
            {
                return len;
            }
        }

        return 0;
    }

    /// <summary>The length of the longest word ending at <paramref name="end"/> (exclusive), or 0.</summary>
    public int LongestEndingAt(string text, int end, int maxLength = int.MaxValue)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var len = Math.Min(Math.Min(MaxLength, maxLength), end); len > 0; len--)
        {
            if (lookup.Contains(text.AsSpan(end - len, len)))
            {
                return len;
            }
        }

        return 0;
    }
}
