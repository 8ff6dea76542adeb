using System.Runtime.CompilerServices;

namespace PolicyGraph.Text;

/// <summary>
/// A set of UTF-16 code units as a 64K-bit map: membership is one bit test, so a scan can skip, at the cost of a
/// load, every position where no word of a lexicon starts. Immutable after construction and thread-safe.
/// </summary>
internal sealed class CharBitmap
{
    private readonly ulong[] _bits = new ulong[(char.MaxValue + 1) / 64];

    /// <summary>The set of <paramref name="chars"/>.</summary>
    public CharBitmap(IEnumerable<char> chars)
    {
        ArgumentNullException.ThrowIfNull(chars);
        foreach (var c in chars)
        {
            _bits[c >> 6] |= 1UL << (c & 63);
        }
    }

    /// <summary>Whether <paramref name="c"/> is in the set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;
}
