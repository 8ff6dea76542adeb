using PolicyGraph.Text;

namespace PolicyGraph.Lexicon;

/// <summary>
/// The words of a <see cref="WordSet"/> as a character trie, read forwards from a start or backwards from an end,
/// so that the longest word at a position costs one probe per character walked rather than one hash of every
/// candidate length. Never changed after construction, so thread-safe for reading.
/// </summary>
internal sealed class CharTrie
{
    private readonly TrieEdges _children;
    private readonly bool[] _terminal;
    private readonly bool _backwards;

    // The characters words start with (end with, read backwards), for a trie large enough to be worth the 8 KB:
    // most positions of a text start no word, and a bit test turns them away faster than a probe.
    private readonly CharBitmap? _firsts;
    private const int BitmapFromWords = 16;

    /// <summary>A trie of <paramref name="words"/> (none empty), read backwards from a word's end when <paramref name="backwards"/>.</summary>
    public CharTrie(IEnumerable<string> words, bool backwards)
    {
        ArgumentNullException.ThrowIfNull(words);
        _backwards = backwards;
        var children = new TrieEdges.Builder();
        var ends = new List<int>();
        var firsts = new List<char>();
        foreach (var word in words)
        {
            firsts.Add(backwards ? word[^1] : word[0]);
            var node = TrieEdges.Root;
            for (var k = 0; k < word.Length; k++)
            {
                node = children.ChildOrAdd(node, word[backwards ? word.Length - 1 - k : k]);
            }

            ends.Add(node);
        }

        _children = children.Build();
        _terminal = new bool[children.NodeCount];
        foreach (var end in ends)
        {
            _terminal[end] = true;
        }
        _firsts = firsts.Count >= BitmapFromWords ? new CharBitmap(firsts) : null;
    }

    /// <summary>
    /// The length of the longest word, at most <paramref name="maxLength"/> long, that starts at <paramref name="at"/>
    /// (or, read backwards, ends just before it), or 0.
    /// </summary>
    public int Longest(string text, int at, int maxLength)
    {
        if (maxLength <= 0 || (_firsts is not null && !_firsts.Contains(_backwards ? text[at - 1] : text[at])))
        {
            return 0;
        }

        var best = 0;
        var node = TrieEdges.Root;
        for (var length = 1; length <= maxLength; length++)
        {
            node = _children.Child(node, _backwards ? text[at - length] : text[at + length - 1]);
            if (node < 0)
            {
                break;
            }

            if (_terminal[node])
            {
                best = length;
            }
        }

        return best;
    }
}
