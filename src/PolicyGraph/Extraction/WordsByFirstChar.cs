using PolicyGraph.Text;

namespace PolicyGraph.Extraction;

/// <summary>
/// Items named by a word (heads, cues), grouped by the word's first character with each group in the given order,
/// so a scan that asks "which word starts here?" at every position tries only the few words that can.
/// Immutable and thread-safe.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class WordsByFirstChar<T>
{
    private readonly Dictionary<char, (string Word, T Item)[]> _groups;
    private readonly CharBitmap _firsts;

    /// <summary>Groups <paramref name="items"/>, whose words (never empty) <paramref name="word"/> reads.</summary>
    public WordsByFirstChar(IEnumerable<T> items, Func<T, string> word)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(word);
        var pairs = items.Select(item => (Word: word(item), Item: item)).ToList();
        if (pairs.Exists(p => p.Word.Length == 0))
        {
            throw new ArgumentException("An empty word would start at every position.", nameof(items));
        }

        _groups = pairs.GroupBy(p => p.Word[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _firsts = new CharBitmap(_groups.Keys);
    }

    /// <summary>
    /// The first item, in the given order, whose word occurs in <paramref name="text"/> at <paramref name="i"/>:
    /// what a scan of every word would find first.
    /// </summary>
    public bool TryFirstAt(string text, int i, out T item)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((uint)i < (uint)text.Length && _firsts.Contains(text[i]) && _groups.TryGetValue(text[i], out var group))
        {
            foreach (var (word, candidate) in group)
            {
                if (string.CompareOrdinal(text, i, word, 0, word.Length) == 0)
                {
                    item = candidate;
                    return true;
                }
            }
        }

        item = default!;
        return false;
    }
}
