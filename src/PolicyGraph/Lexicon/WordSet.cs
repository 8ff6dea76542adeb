namespace PolicyGraph.Lexicon;

/// <summary>
/// A set of words with longest-match lookup at a position in a text; never changed after construction, so
/// thread-safe for reading. Longest-match lookups walk a character trie (<see cref="CharTrie"/>), so a scan over a
/// text costs about one probe per character, and usually a single one where no word starts.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly CharTrie _forwards;
    private readonly CharTrie _backwards;

    /// <summary>A set of <paramref name="words"/>.</summary>
    public WordSet(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _words = new HashSet<string>(list, StringComparer.Ordinal);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _forwards = new CharTrie(list, backwards: false);
        _backwards = new CharTrie(list, backwards: true);
    }

    /// <summary>How many words.</summary>
    public int Count => _words.Count;

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether <paramref name="word"/> is in the set.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>The length of the longest word starting at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(string text, int start, int maxLength = int.MaxValue) =>
        start < 0 || start >= text.Length ? 0 : _forwards.Longest(text, start, Math.Min(maxLength, text.Length - start));

    /// <summary>The length of the longest word ending at <paramref name="end"/> (exclusive), or 0.</summary>
    public int LongestEndingAt(string text, int end, int maxLength = int.MaxValue) =>
        end <= 0 || end > text.Length ? 0 : _backwards.Longest(text, end, Math.Min(maxLength, end));
}
