using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Best tag path under BIO constraints. Tags are laid out as O = 0, then B-label, I-label pairs
/// (B = 1 + 2k, I = 2 + 2k); an I tag may only follow the B or I of its own label, so every path decodes
/// to well-formed spans.
/// </summary>
internal static class BioViterbi
{
    /// <summary>Whether tag <paramref name="next"/> may follow <paramref name="previous"/> (-1 for the start).</summary>
    public static bool Allowed(int previous, int next)
    {
        if (next == 0 || (next & 1) == 1)
        {
            return true;
        }

        return previous >= 0 && previous != 0 && (previous + 1) / 2 == next / 2;
    }

    /// <summary>Whether <paramref name="tag"/> is an inside tag.</summary>
    public static bool IsInside(int tag) => tag != 0 && (tag & 1) == 0;

    /// <summary>The label index (0-based) of a B or I tag.</summary>
    public static int LabelOf(int tag) => (tag - 1) / 2;

    /// <summary>How many scores a row of <paramref name="tags"/> tags takes in the padded layout: whole vectors.</summary>
    public static int Stride(int tags) => (tags + Lanes - 1) / Lanes * Lanes;

    /// <summary>
    /// Decodes <paramref name="length"/> positions. <paramref name="emissions"/> holds <c>length * tags</c> scores;
    /// <paramref name="transitions"/> holds <c>(tags + 1) * tags</c> scores, row <c>tags</c> being the start.
    /// Ties go to the lower tag, so the result is deterministic.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int length, int tags, ReadOnlySpan<float> transitions, Span<int> path)
    {
        var stride = Stride(tags);
        var padded = new float[length * stride];
        for (var i = 0; i < length; i++)
        {
            emissions.Slice(i * tags, tags).CopyTo(padded.AsSpan(i * stride));
        }

        Decode(padded, length, tags, Mask(transitions, tags), path, new float[2 * stride], new int[length * stride]);
    }

    /// <summary>
    /// The transitions of <see cref="Decode(ReadOnlySpan{float}, int, int, ReadOnlySpan{float}, Span{int})"/> in the padded
    /// layout (<c>tags + 1</c> rows of <see cref="Stride"/> scores), forbidden moves costing infinity.
    /// </summary>
    public static float[] Mask(ReadOnlySpan<float> transitions, int tags)
    {
        var stride = Stride(tags);
        var masked = new float[(tags + 1) * stride];
        for (var p = 0; p <= tags; p++)
        {
            for (var t = 0; t < tags; t++)
            {
                masked[(p * stride) + t] = Allowed(p == tags ? -1 : p, t) ? transitions[(p * tags) + t] : float.NegativeInfinity;
            }
        }

        return masked;
    }

    /// <summary>
    /// Decodes <paramref name="length"/> positions in the padded layout: <paramref name="emissions"/> holds
    /// <c>length</c> rows of <see cref="Stride"/> scores, <paramref name="masked"/> comes from <see cref="Mask"/>;
    /// <paramref name="scores"/> (two rows) and <paramref name="back"/> (<c>length</c> rows) are working space.
    /// Ties go to the lower tag, so the result is deterministic.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Decode(
        ReadOnlySpan<float> emissions, int length, int tags, ReadOnlySpan<float> masked, Span<int> path, Span<float> scores, Span<int> back)
    {
        var stride = Stride(tags);
        if (emissions.Length < length * stride || masked.Length < (tags + 1) * stride || path.Length < length
            || scores.Length < 2 * stride || back.Length < length * stride)
        {
            throw new ArgumentException("A buffer is shorter than the padded layout of the positions needs.", nameof(emissions));
        }

        if (length == 0)
        {
            return;
        }

        // Forbidden moves cost infinity, so the inner loop needs no test; every tag keeps a finite predecessor
        // (O, or the B of its own label), so the infinity never wins. Each lane of a vector is one target tag: the
        // predecessors are tried in order and only a strictly better score replaces the best, as a scalar scan does.
        var previous = scores[..stride];
        var current = scores.Slice(stride, stride);
        ref var m = ref MemoryMarshal.GetReference(masked);
        ref var e = ref MemoryMarshal.GetReference(emissions);
        for (var j = 0; j < stride; j += Lanes)
        {
            (Vector256.LoadUnsafe(ref m, (nuint)((tags * stride) + j)) + Vector256.LoadUnsafe(ref e, (nuint)j)).StoreUnsafe(ref MemoryMarshal.GetReference(previous), (nuint)j);
        }

        for (var i = 1; i < length; i++)
        {
            for (var j = 0; j < stride; j += Lanes)
            {
                var best = Vector256.Create(float.NegativeInfinity);
                var arg = Vector256<int>.Zero;
                for (var p = 0; p < tags; p++)
                {
                    var s = Vector256.Create(previous[p]) + Vector256.LoadUnsafe(ref m, (nuint)((p * stride) + j));
                    var better = Vector256.GreaterThan(s, best);
                    best = Vector256.ConditionalSelect(better, s, best);
                    arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), arg);
                }

                (best + Vector256.LoadUnsafe(ref e, (nuint)((i * stride) + j))).StoreUnsafe(ref MemoryMarshal.GetReference(current), (nuint)j);
                arg.StoreUnsafe(ref MemoryMarshal.GetReference(back), (nuint)((i * stride) + j));
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        var bestTag = 0;
        for (var t = 1; t < tags; t++)
        {
            if (previous[t] > previous[bestTag])
            {
                bestTag = t;
            }
        }

        for (var i = length - 1; i >= 0; i--)
        {
            path[i] = bestTag;
            bestTag = back[(i * stride) + bestTag];
        }
    }

    private const int Lanes = 8;
}
