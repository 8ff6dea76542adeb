using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PolicyGraph.Graph;

/// <summary>
/// Sorts non-negative 64-bit keys with the items they belong to, least significant digit first: a few passes
/// over the arrays instead of a comparison sort. Stable. Written here rather than taken from
/// <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[])"/>, whose code for a key and item array pair is not among
/// what the runtime ships precompiled: a build sorting its 300,000 edges ran it unoptimised.
/// </summary>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;

    /// <summary>Sorts <paramref name="keys"/> ascending and moves <paramref name="items"/> with them.</summary>
    /// <exception cref="ArgumentException">The arrays differ in length, or a key is negative.</exception>
    public static void Sort<T>(long[] keys, T[] items)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(items);
        if (keys.Length != items.Length)
        {
            throw new ArgumentException($"{keys.Length} keys were given for {items.Length} items.", nameof(items));
        }

        // Only the digits in which keys differ need a pass.
        long any = 0, all = -1;
        foreach (var key in keys)
        {
            if (key < 0)
            {
                throw new ArgumentException($"The key {key} is negative.", nameof(keys));
            }

            any |= key;
            all &= key;
        }

        var varying = any ^ all;
        if (varying == 0)
        {
            // The keys are all equal, and so already in order.
            return;
        }

        // The passes move each item's position, not the item: an int moves without the type check and write barrier
        // a reference stored into an array of a shared generic type costs (most of the sort's time when it moved
        // the items), and the items are put in their places once at the end.
        var positions = new int[keys.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        var keyBuffer = new long[keys.Length];
        var positionBuffer = new int[keys.Length];
        var (fromKeys, fromPositions, toKeys, toPositions) = (keys, positions, keyBuffer, positionBuffer);
        var counts = new int[Buckets];
        for (var shift = 0; shift < 64 && (varying >> shift) != 0; shift += DigitBits)
        {
            if (((varying >> shift) & (Buckets - 1)) == 0)
            {
                continue;
            }

            Array.Clear(counts);
            foreach (var key in fromKeys)
            {
                counts[(int)((key >> shift) & (Buckets - 1))]++;
            }

            for (int digit = 0, at = 0; digit < Buckets; digit++)
            {
                (counts[digit], at) = (at, at + counts[digit]);
            }

            for (var i = 0; i < fromKeys.Length; i++)
            {
                var to = counts[(int)((fromKeys[i] >> shift) & (Buckets - 1))]++;
                toKeys[to] = fromKeys[i];
                toPositions[to] = fromPositions[i];
            }

            (fromKeys, fromPositions, toKeys, toPositions) = (toKeys, toPositions, fromKeys, fromPositions);
        }

        if (!ReferenceEquals(fromKeys, keys))
        {
            Array.Copy(fromKeys, keys, keys.Length);
        }

        var unsorted = (T[])items.Clone();
        ref var target = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < fromPositions.Length; i++)
        {
            Unsafe.Add(ref target, i) = unsorted[fromPositions[i]];
        }
    }
}
