namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// The feature templates of the character tagger: characters in a window of five, the bigrams and trigrams around
/// the current character, a shape of character classes, and where names of a lexicon derived from the training corpora
/// start, end or run through the character (<see cref="NerLexicon"/>). Each feature is a 32-bit key; the trainer and the tagger
/// share this code, so a key means the same in both.
/// </summary>
internal static class NerFeatures
{
    /// <summary>The key of an absent feature: never trained, never found in a model.</summary>
    public const uint None = 0;

    /// <summary>How many feature keys each position has.</summary>
    public const int PerPosition = 24;

    private const char Before = '\u0002', After = '\u0003';

    /// <summary>
    /// Fills <paramref name="keys"/> (length <c>folded.Length * PerPosition</c>) with the keys of every position.
    /// <paramref name="stacked"/>, when not empty, holds another model's tag per position (stacking: the CLUENER
    /// model reads the People's Daily model's tags); when empty those features are <see cref="None"/>, and so are the
    /// dictionary features without a <paramref name="lexicon"/>.
    /// </summary>
    public static void Extract(ReadOnlySpan<char> folded, Span<uint> keys, NerLexicon? lexicon = null, ReadOnlySpan<int> stacked = default)
    {
        if (keys.Length < folded.Length * PerPosition)
        {
            throw new ArgumentException("The key buffer is shorter than the text times the features per position.", nameof(keys));
        }

        var matches = lexicon is null ? null : LexiconMatches.Find(folded, lexicon);
        for (var i = 0; i < folded.Length; i++)
        {
            var m2 = At(folded, i - 2);
            var m1 = At(folded, i - 1);
            var c0 = folded[i];
            var p1 = At(folded, i + 1);
            var p2 = At(folded, i + 2);
            var k = keys.Slice(i * PerPosition, PerPosition);
            k[0] = Key(1, c0);
            k[1] = Key(2, m1);
            k[2] = Key(3, p1);
            k[3] = Key(4, m2);
            k[4] = Key(5, p2);
            k[5] = Key(6, m1, c0);
            k[6] = Key(7, c0, p1);
            k[7] = Key(8, m2, m1);
            k[8] = Key(9, p1, p2);
            k[9] = Key(10, m1, p1);
            k[10] = Key(11, m1, c0, p1);
            k[11] = Key(12, m2, m1, c0);
            k[12] = Key(13, c0, p1, p2);
            k[13] = Key(14, Shape(m1), Shape(c0), Shape(p1));
            k[14] = Key(15, Shape(m2), Shape(m1), Shape(c0));
            k[15] = Key(16);
            k[16] = NearestHead(folded, i, +1, 17);
            k[17] = NearestHead(folded, i, -1, 18);
            if (stacked.IsEmpty)
            {
                k[18] = k[19] = k[20] = None;
            }
            else
            {
                var t0 = (char)(stacked[i] + 1);
                k[18] = Key(19, t0);
                k[19] = Key(20, i > 0 ? (char)(stacked[i - 1] + 1) : Before, t0);
                k[20] = Key(21, t0, i + 1 < folded.Length ? (char)(stacked[i + 1] + 1) : After, c0);
            }

            if (matches is null)
            {
                k[21] = k[22] = k[23] = None;
            }
            else
            {
                k[21] = Key(22, (char)matches.StartTypes[i], (char)matches.StartLength[i]);
                k[22] = Key(23, (char)matches.EndTypes[i], (char)matches.EndLength[i]);
                k[23] = Key(24, (char)matches.InsideTypes[i]);
            }
        }
    }

    // Organisation and place names end in a head character (委, 局, 公司's 司, 省, 县 …) that can lie several
    // characters away: the nearest head within the window and its distance tell a B tag where the name ends.
    private const string Heads = "部委会局院司党社团厅署处办所校队军省市县区镇乡村州国行报台馆店厂盟联";
    private const int HeadWindow = 10;

    private static uint NearestHead(ReadOnlySpan<char> folded, int i, int step, ulong template)
    {
        for (var d = 1; d <= HeadWindow; d++)
        {
            var j = i + (d * step);
            if (j < 0 || j >= folded.Length)
            {
                break;
            }

            var c = folded[j];
            if (Heads.Contains(c, StringComparison.Ordinal))
            {
                return Key(template, c, (char)d);
            }

            if (NerChars.Classify(c) == NerChars.Punctuation)
            {
                break;
            }
        }

        return Key(template);
    }

    private static char At(ReadOnlySpan<char> folded, int i) => i < 0 ? Before : i >= folded.Length ? After : folded[i];

    private static char Shape(char c) => c is Before or After ? c : NerChars.Classify(c);

    // The template and up to three UTF-16 units fit in 64 bits exactly; a 64-bit mix folded to 32 bits keeps the
    // model small, and the rare collision only merges two features.
    private static uint Key(ulong template, char a = '\0', char b = '\0', char c = '\0')
    {
        var x = (template << 48) | ((ulong)a << 32) | ((ulong)b << 16) | c;
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        var key = (uint)(x >> 32);
        return key == None ? 1u : key;
    }
}
