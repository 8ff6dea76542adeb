namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Per character, the longest lexicon name starting there, ending there and running through it (type bits and
/// length), the raw material of the dictionary features.
/// </summary>
internal sealed class LexiconMatches
{
    private LexiconMatches(int length)
    {
        StartTypes = new byte[length];
        StartLength = new byte[length];
        EndTypes = new byte[length];
        EndLength = new byte[length];
        InsideTypes = new byte[length];
        InsideLength = new byte[length];
    }

    /// <summary>Type bits of the longest name starting at each character.</summary>
    public byte[] StartTypes { get; }

    /// <summary>Length of the longest name starting at each character.</summary>
    public byte[] StartLength { get; }

    /// <summary>Type bits of the longest name ending at each character.</summary>
    public byte[] EndTypes { get; }

    /// <summary>Length of the longest name ending at each character.</summary>
    public byte[] EndLength { get; }

    /// <summary>Type bits of the longest name a character lies strictly inside.</summary>
    public byte[] InsideTypes { get; }

    private byte[] InsideLength { get; }

    /// <summary>The matches of <paramref name="lexicon"/> in <paramref name="folded"/>.</summary>
    public static LexiconMatches Find(ReadOnlySpan<char> folded, NerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var m = new LexiconMatches(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var longest = Math.Min(lexicon.LongestFrom(folded[i]), folded.Length - i);
            for (var len = longest; len >= NerLexicon.MinimumLength; len--)
            {
                var types = lexicon.TypesOf(folded.Slice(i, len));
                if (types == 0)
                {
                    continue;
                }

                if (m.StartLength[i] == 0)
                {
                    (m.StartTypes[i], m.StartLength[i]) = (types, (byte)len);
                }

                var end = i + len - 1;
                if (m.EndLength[end] < len)
                {
                    (m.EndTypes[end], m.EndLength[end]) = (types, (byte)len);
                }

                for (var j = i + 1; j < end; j++)
                {
                    if (m.InsideLength[j] < len)
                    {
                        (m.InsideTypes[j], m.InsideLength[j]) = (types, (byte)len);
                    }
                }
            }
        }

        return m;
    }
}
