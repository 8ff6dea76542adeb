using System.Runtime.CompilerServices;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Per character, the longest lexicon name starting there, ending there and running through it (type bits and
/// length), the raw material of the dictionary features. Immutable: the matches of the text last seen on a thread are
/// kept and handed out again, since both taggers read the same text's features one after the other.
/// </summary>
internal sealed class LexiconMatches
{
    [ThreadStatic]
    private static LexiconMatches? _last;

    private readonly NerLexicon _lexicon;
    private readonly char[] _text;
    private readonly byte[] _startTypes, _startLength, _endTypes, _endLength, _insideTypes, _insideLength;

    private LexiconMatches(ReadOnlySpan<char> text, NerLexicon lexicon)
    {
        _lexicon = lexicon;
        _text = text.ToArray();
        _startTypes = new byte[text.Length];
        _startLength = new byte[text.Length];
        _endTypes = new byte[text.Length];
        _endLength = new byte[text.Length];
        _insideTypes = new byte[text.Length];
        _insideLength = new byte[text.Length];
    }

    /// <summary>Type bits of the longest name starting at each character.</summary>
    public ReadOnlySpan<byte> StartTypes => _startTypes;

    /// <summary>Length of the longest name starting at each character.</summary>
    public ReadOnlySpan<byte> StartLength => _startLength;

    /// <summary>Type bits of the longest name ending at each character.</summary>
    public ReadOnlySpan<byte> EndTypes => _endTypes;

    /// <summary>Length of the longest name ending at each character.</summary>
    public ReadOnlySpan<byte> EndLength => _endLength;

    /// <summary>Type bits of the longest name a character lies strictly inside.</summary>
    public ReadOnlySpan<byte> InsideTypes => _insideTypes;

    /// <summary>The matches of <paramref name="lexicon"/> in <paramref name="folded"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LexiconMatches Find(ReadOnlySpan<char> folded, NerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var last = _last;
        if (last is not null && ReferenceEquals(last._lexicon, lexicon) && folded.SequenceEqual(last._text))
        {
            return last;
        }

        var m = new LexiconMatches(folded, lexicon);
        var trie = lexicon.Trie;

        // The type bits of the name of each length starting at the current character (0: none of that length).
        Span<byte> byLength = stackalloc byte[trie.Depth + 1];
        for (var i = 0; i < folded.Length; i++)
        {
            var longest = 0;
            var node = NameTrie.Root;
            for (var len = 1; len <= folded.Length - i; len++)
            {
                node = trie.Child(node, folded[i + len - 1]);
                if (node < 0)
                {
                    break;
                }

                byLength[len] = trie.TypesAt(node);
                if (byLength[len] != 0)
                {
                    longest = len;
                }
            }

            for (var len = longest; len >= NerLexicon.MinimumLength; len--)
            {
                m.Add(i, len, byLength[len]);
            }
        }

        _last = m;
        return m;
    }

    // Longer names first: the first match at a start is the longest; at an end or inside, only a longer one replaces.
    private void Add(int start, int len, byte types)
    {
        if (types == 0)
        {
            return;
        }

        if (_startLength[start] == 0)
        {
            (_startTypes[start], _startLength[start]) = (types, (byte)len);
        }

        var end = start + len - 1;
        if (_endLength[end] < len)
        {
            (_endTypes[end], _endLength[end]) = (types, (byte)len);
        }

        for (var j = start + 1; j < end; j++)
        {
            if (_insideLength[j] < len)
            {
                (_insideTypes[j], _insideLength[j]) = (types, (byte)len);
            }
        }
    }
}
