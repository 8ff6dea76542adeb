using System.Runtime.CompilerServices;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Per character, the longest lexicon name starting there, ending there and running through it (type bits and
/// length), the raw material of the dictionary features. One instance a thread, refilled for each text, so matching
/// allocates nothing once the buffers have grown; the matches of the text last seen are handed out again, since the
/// trainer reads the same text's features twice (with and without stacked tags). What <see cref="Find"/> returns is
/// valid until the next call on the same thread.
/// </summary>
internal sealed class LexiconMatches
{
    [ThreadStatic]
    private static LexiconMatches? _current;

    private NerLexicon? _lexicon;
    private int _length;
    private char[] _text = [];
    private byte[] _startTypes = [], _startLength = [], _endTypes = [], _endLength = [], _insideTypes = [], _insideLength = [];

    /// <summary>Type bits of the longest name starting at each character.</summary>
    public ReadOnlySpan<byte> StartTypes => _startTypes.AsSpan(0, _length);

    /// <summary>Length of the longest name starting at each character.</summary>
    public ReadOnlySpan<byte> StartLength => _startLength.AsSpan(0, _length);

    /// <summary>Type bits of the longest name ending at each character.</summary>
    public ReadOnlySpan<byte> EndTypes => _endTypes.AsSpan(0, _length);

    /// <summary>Length of the longest name ending at each character.</summary>
    public ReadOnlySpan<byte> EndLength => _endLength.AsSpan(0, _length);

    /// <summary>Type bits of the longest name a character lies strictly inside.</summary>
    public ReadOnlySpan<byte> InsideTypes => _insideTypes.AsSpan(0, _length);

    /// <summary>The matches of <paramref name="lexicon"/> in <paramref name="folded"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LexiconMatches Find(ReadOnlySpan<char> folded, NerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var m = _current ??= new LexiconMatches();
        if (ReferenceEquals(m._lexicon, lexicon) && folded.SequenceEqual(m._text.AsSpan(0, m._length)))
        {
            return m;
        }

        m.Reset(folded);
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

        m._lexicon = lexicon;
        return m;
    }

    private void Reset(ReadOnlySpan<char> text)
    {
        if (_text.Length < text.Length)
        {
            var size = Math.Max(text.Length, NerSegments.MaximumLength);
            _text = new char[size];
            (_startTypes, _startLength, _endTypes, _endLength, _insideTypes, _insideLength) =
                (new byte[size], new byte[size], new byte[size], new byte[size], new byte[size], new byte[size]);
        }

        // Matching may stop half-way on an exception; until it is done, no text is cached.
        _lexicon = null;
        _length = text.Length;
        text.CopyTo(_text);
        _startTypes.AsSpan(0, _length).Clear();
        _startLength.AsSpan(0, _length).Clear();
        _endTypes.AsSpan(0, _length).Clear();
        _endLength.AsSpan(0, _length).Clear();
        _insideTypes.AsSpan(0, _length).Clear();
        _insideLength.AsSpan(0, _length).Clear();
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
