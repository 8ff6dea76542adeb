using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// The in-memory layout of a model's feature weights, built at load time for lookup speed: an open-addressing table
/// of keys, at most half full, and each weight row at its slot's index in a second array, padded to whole vectors.
/// A probe rarely leaves one cache line of keys, and the row's address follows from the key's hash alone, so the
/// processor fetches both at once instead of chasing an index from one array into the next.
/// </summary>
internal sealed class WeightTable
{
    private const int Lanes = 8;

    private readonly uint[] _keys;
    private readonly short[] _rows;
    private readonly int _mask;

    /// <summary>A table of <paramref name="keys"/> (non-zero, distinct) whose rows of <paramref name="tags"/> weights follow one another in <paramref name="weights"/>.</summary>
    public WeightTable(ReadOnlySpan<uint> keys, ReadOnlySpan<short> weights, int tags)
    {
        Stride = BioViterbi.Stride(tags);
        var size = 1;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _keys = new uint[size];
        _rows = new short[size * Stride];
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)(keys[i] & (uint)_mask);
            while (_keys[slot] != NerFeatures.None)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = keys[i];
            weights.Slice(i * tags, tags).CopyTo(_rows.AsSpan(slot * Stride));
        }
    }

    /// <summary>The length of a row: <see cref="BioViterbi.Stride"/> of the tag count (the padding weighs nothing).</summary>
    public int Stride { get; }

    /// <summary>Adds the rows of <paramref name="keys"/> (absent keys and <see cref="NerFeatures.None"/> weigh nothing) to <paramref name="sums"/>.</summary>
    public void AddRows(ReadOnlySpan<uint> keys, Span<int> sums)
    {
        if (sums.Length < Stride)
        {
            throw new ArgumentException("The sums are shorter than a row.", nameof(sums));
        }

        foreach (var key in keys)
        {
            var slot = Find(key);
            if (slot >= 0)
            {
                AddRow(slot, sums);
            }
        }
    }

    private int Find(uint key)
    {
        if (key == NerFeatures.None)
        {
            return -1;
        }

        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return slot;
            }

            if (found == NerFeatures.None)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddRow(int slot, Span<int> sums)
    {
        ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_rows), slot * Stride);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        for (var j = 0; j < Stride; j += Lanes)
        {
            var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref row, (nuint)j));
            var a = Vector128.LoadUnsafe(ref sum, (nuint)j);
            var b = Vector128.LoadUnsafe(ref sum, (nuint)(j + 4));
            (a + low).StoreUnsafe(ref sum, (nuint)j);
            (b + high).StoreUnsafe(ref sum, (nuint)(j + 4));
        }
    }
}
