using System.Runtime.CompilerServices;
using PolicyGraph.Text;

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

    /// <summary>How many feature keys of a position read another model's tags (<see cref="ExtractStacked"/>).</summary>
    public const int StackedPerPosition = 3;

    /// <summary>Where the keys that read another model's tags start among a position's keys.</summary>
    public const int StackedFirst = 18;

    private const char Before = '\u0002', After = '\u0003';

    // Keys that read no character: the bias, and the nearest head when there is none in the window.
    private static readonly uint Bias = Key(16), NoHeadAfter = Key(17), NoHeadBefore = Key(18);

    [ThreadStatic]
    private static char[]? _window;

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

        var n = folded.Length;

        // The characters and their shapes with two sentinels on either side, so the window needs no bounds tests.
        var window = Window(n);
        var chars = window.AsSpan(0, n + 4);
        var shapes = window.AsSpan(n + 4, n + 4);
        chars[0] = chars[1] = shapes[0] = shapes[1] = Before;
        chars[n + 2] = chars[n + 3] = shapes[n + 2] = shapes[n + 3] = After;
        folded.CopyTo(chars[2..]);
        for (var i = 0; i < n; i++)
        {
            shapes[i + 2] = NerChars.Classify(folded[i]);
        }

        for (var i = 0; i < n; i++)
        {
            var (m2, m1, c0, p1, p2) = (chars[i], chars[i + 1], chars[i + 2], chars[i + 3], chars[i + 4]);
            var (sm2, sm1, s0, sp1) = (shapes[i], shapes[i + 1], shapes[i + 2], shapes[i + 3]);
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
            k[13] = Key(14, sm1, s0, sp1);
            k[14] = Key(15, sm2, sm1, s0);
            k[15] = Bias;
            k[18] = k[19] = k[20] = None;
        }

        NearestHeads(folded, keys);
        if (!stacked.IsEmpty)
        {
            for (var i = 0; i < n; i++)
            {
                StackedAt(folded, stacked, i, keys.Slice((i * PerPosition) + StackedFirst, StackedPerPosition));
            }
        }

        var matches = lexicon is null ? null : LexiconMatches.Find(folded, lexicon);
        for (var i = 0; i < n; i++)
        {
            var k = keys.Slice(i * PerPosition, PerPosition);
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

    /// <summary>
    /// Fills <paramref name="keys"/> (length <c>folded.Length * StackedPerPosition</c>) with only the keys that read
    /// <paramref name="stacked"/>, another model's tag per position: the keys <see cref="Extract"/> leaves
    /// <see cref="None"/> without them, in the same order. A tagger that has the other keys already adds just these.
    /// </summary>
    public static void ExtractStacked(ReadOnlySpan<char> folded, ReadOnlySpan<int> stacked, Span<uint> keys)
    {
        if (keys.Length < folded.Length * StackedPerPosition || stacked.Length < folded.Length)
        {
            throw new ArgumentException("The key buffer or the tags are shorter than the text needs.", nameof(keys));
        }

        for (var i = 0; i < folded.Length; i++)
        {
            StackedAt(folded, stacked, i, keys.Slice(i * StackedPerPosition, StackedPerPosition));
        }
    }

    private static void StackedAt(ReadOnlySpan<char> folded, ReadOnlySpan<int> stacked, int i, Span<uint> k)
    {
        var t0 = (char)(stacked[i] + 1);
        k[0] = Key(19, t0);
        k[1] = Key(20, i > 0 ? (char)(stacked[i - 1] + 1) : Before, t0);
        k[2] = Key(21, t0, i + 1 < folded.Length ? (char)(stacked[i + 1] + 1) : After, folded[i]);
    }

    private static char[] Window(int length)
    {
        var window = _window;
        if (window is null || window.Length < 2 * (length + 4))
        {
            window = _window = new char[2 * (Math.Max(length, NerSegments.MaximumLength) + 4)];
        }

        return window;
    }

    // Organisation and place names end in a head character (委, 局, 公司's 司, 省, 县 …) that can lie several
    // characters away: the nearest head within the window and its distance tell a B tag where the name ends.
    private const string Heads = "部委会局院司党社团厅署处办所校队军省市县区镇乡村州国行报台馆店厂盟联";
    private const int HeadWindow = 10;

    private static readonly CharBitmap HeadChars = new(Heads);

    private static bool IsHead(char c) => HeadChars.Contains(c);

    // The nearest head at most HeadWindow characters after (key 16) and before (key 17) each position, not beyond a
    // punctuation mark: one scan each way, keeping the nearest head or punctuation mark met so far.
    private static void NearestHeads(ReadOnlySpan<char> folded, Span<uint> keys)
    {
        var stop = -1;
        for (var i = folded.Length - 1; i >= 0; i--)
        {
            keys[(i * PerPosition) + 16] = stop >= 0 && stop - i <= HeadWindow && IsHead(folded[stop])
                ? Key(17, folded[stop], (char)(stop - i))
                : NoHeadAfter;
            if (IsHeadOrStop(folded[i]))
            {
                stop = i;
            }
        }

        stop = -1;
        for (var i = 0; i < folded.Length; i++)
        {
            keys[(i * PerPosition) + 17] = stop >= 0 && i - stop <= HeadWindow && IsHead(folded[stop])
                ? Key(18, folded[stop], (char)(i - stop))
                : NoHeadBefore;
            if (IsHeadOrStop(folded[i]))
            {
                stop = i;
            }
        }
    }

    private static bool IsHeadOrStop(char c) => IsHead(c) || NerChars.Classify(c) == NerChars.Punctuation;

    // The template and up to three UTF-16 units fit in 64 bits exactly; a 64-bit mix folded to 32 bits keeps the
    // model small, and the rare collision only merges two features.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
