using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// The in-memory layout of the feature weights of one or more models, built at load time for lookup speed: an
/// open-addressing table of keys, at most half full, and each key's weight row at its slot's index in a second array.
/// A row holds every model's weights side by side (each padded to whole vectors, <see cref="BioViterbi.Stride"/>),
/// so models that share feature keys share one probe and one row fetch; a probe rarely leaves one cache line of keys,
/// and the row's address follows from the key's hash alone, so the processor fetches both at once instead of
/// chasing an index from one array into the next. Immutable and thread-safe.
/// </summary>
internal sealed class WeightTable
{
    private const int Lanes = 8;

    private readonly uint[] _keys;
    private readonly HugePageMemory _rows;
    private readonly int _rowsLength;
    private readonly int _mask;
    private readonly int[] _offsets;
    private readonly int _zeros;

    /// <summary>A table of the weights of <paramref name="models"/>, in that order within a row.</summary>
    public WeightTable(params SequenceModel[] models)
    {
        ArgumentNullException.ThrowIfNull(models);
        _offsets = new int[models.Length + 1];
        var union = new HashSet<uint>();
        for (var m = 0; m < models.Length; m++)
        {
            _offsets[m + 1] = _offsets[m] + BioViterbi.Stride(models[m].TagCount);
            union.UnionWith(models[m].Keys.ToArray());
        }

        Stride = _offsets[^1];
        var size = 1;
        while (size < union.Count * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _keys = new uint[size];

        // In huge pages where the system gives them (see HugePageMemory): with 4 KB pages, faulting in the 32 MB of
        // rows was most of a cold start's 0.18 s here. Aligned, so that rows of a cache line's size start on cache
        // lines: one fetch a row. One more row, of zeros, for the keys the table does not hold.
        _rowsLength = (size + 1) * Stride;
        _rows = new HugePageMemory((long)_rowsLength * sizeof(short));
        var rows = _rows.AsSpan<short>(_rowsLength);
        _zeros = size * Stride;
        for (var m = 0; m < models.Length; m++)
        {
            var keys = models[m].Keys;
            var weights = models[m].Weights;
            var tags = models[m].TagCount;
            for (var i = 0; i < keys.Length; i++)
            {
                var slot = SlotFor(keys[i]);
                weights.Slice(i * tags, tags).CopyTo(rows[((slot * Stride) + _offsets[m])..]);
            }
        }
    }

    /// <summary>The length of a row: the padded tag counts of all models.</summary>
    public int Stride { get; }

    /// <summary>Where the weights of model <paramref name="model"/> (in the constructor's order) start within a row.</summary>
    public int Offset(int model) => _offsets[model];

    /// <summary>
    /// Writes into each row of <paramref name="sums"/> (<see cref="Stride"/> values a position) the sum of the weight
    /// rows of its position's <paramref name="perPosition"/> keys; absent keys and <see cref="NerFeatures.None"/> weigh
    /// nothing.
    /// </summary>
    // The hottest loops of a build are compiled optimised from the first call rather than after tiering, which a
    // short run (or a busy machine, where the background compiler starves) spends mostly without.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void SumRows(ReadOnlySpan<uint> keys, int perPosition, int length, Span<int> sums)
    {
        Check(keys, perPosition, length, sums);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        ref var weights = ref MemoryMarshal.GetReference(_rows.AsSpan<short>(_rowsLength));
        if (Stride == 2 * WideLanes && Vector256.IsHardwareAccelerated)
        {
            // A block of positions at a time: first every key's probe, with a load of its row that the processor
            // starts at once and that only a final value waits for, so the rows' cache misses overlap one another
            // and the probes; then the rows, one cache line each, summed in registers with no test or branch.
            // The block's row starts are read by their index within the block, from a reference to the buffer's
            // start. A reference shifted back by the block's first key would point before the buffer, outside any
            // object, and the collector need not update it when it moves the buffer: the sums would then be read
            // from whatever memory came to lie there.
            var rows = RowBuffer(Block * perPosition);
            ref var row = ref MemoryMarshal.GetArrayDataReference(rows);
            var touched = 0;
            for (var i = 0; i < length; i++)
            {
                var blockFirst = i / Block * Block * perPosition;
                if (i % Block == 0)
                {
                    var last = Math.Min(length, i + Block) * perPosition;
                    Prefetch(keys[blockFirst..last], ref weights);
                    for (var k = blockFirst; k < last; k++)
                    {
                        var start = RowOf(keys[k]);
                        rows[k - blockFirst] = start;
                        touched ^= Unsafe.Add(ref weights, start);
                    }
                }

                var (s0, s1, s2, s3) = (Vector256<int>.Zero, Vector256<int>.Zero, Vector256<int>.Zero, Vector256<int>.Zero);
                for (var k = (i * perPosition) - blockFirst; k < ((i + 1) * perPosition) - blockFirst; k++)
                {
                    ref var weight = ref Unsafe.Add(ref weights, Unsafe.Add(ref row, k));
                    var (w0, w1) = Vector256.Widen(Vector256.LoadUnsafe(ref weight));
                    var (w2, w3) = Vector256.Widen(Vector256.LoadUnsafe(ref weight, WideLanes));
                    (s0, s1, s2, s3) = (s0 + w0, s1 + w1, s2 + w2, s3 + w3);
                }

                ref var at = ref Unsafe.Add(ref sum, i * Stride);
                s0.StoreUnsafe(ref at);
                s1.StoreUnsafe(ref at, 8);
                s2.StoreUnsafe(ref at, 16);
                s3.StoreUnsafe(ref at, 24);
            }

            // Kept, so that the early loads are not optimised away.
            _touched = touched;
            GC.KeepAlive(_rows); // the loads above read native memory its finaliser would free
            return;
        }

        sums[..(length * Stride)].Clear();
        var all = RowsOf(keys[..(length * perPosition)]);
        for (var i = 0; i < length; i++)
        {
            ref var at = ref Unsafe.Add(ref sum, i * Stride);
            for (var k = i * perPosition; k < (i + 1) * perPosition; k++)
            {
                Add(ref weights, all[k], 0, Stride, ref at);
            }
        }

        GC.KeepAlive(_rows);
    }

    /// <summary>
    /// Adds to each row of <paramref name="sums"/> the weights of model <paramref name="model"/> only (in the
    /// constructor's order) of its position's <paramref name="perPosition"/> keys: for keys only that model reads.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddRows(ReadOnlySpan<uint> keys, int perPosition, int length, int model, Span<int> sums)
    {
        Check(keys, perPosition, length, sums);
        var rows = RowsOf(keys[..(length * perPosition)]);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        ref var weights = ref MemoryMarshal.GetReference(_rows.AsSpan<short>(_rowsLength));
        var (from, to) = (_offsets[model], _offsets[model + 1]);
        for (var k = 0; k < rows.Length; k++)
        {
            Add(ref weights, rows[k], from, to, ref Unsafe.Add(ref sum, k / perPosition * Stride));
        }

        GC.KeepAlive(_rows);
    }

    // Asks the processor for each key's home slot and the row at that slot before any probe runs: a key is at its home
    // slot or a few after (the table is at most half full), so its row's address is known without the probe, and a
    // block's cache misses, keys and rows, are all under way at once rather than each behind the probe's branches.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void Prefetch(ReadOnlySpan<uint> keys, ref short weights)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (uint* table = _keys)
        {
            var rows = (short*)Unsafe.AsPointer(ref weights); // native memory: it does not move
            foreach (var key in keys)
            {
                if (key != NerFeatures.None)
                {
                    var home = key & (uint)_mask;
                    Sse.Prefetch0(table + home);
                    Sse.Prefetch0(rows + (home * (uint)Stride));
                }
            }
        }
    }

    // Where the row of each key starts in _rows: one pass of probes before any row is read. An absent key reads the
    // one row of zeros, which stays in the nearest cache, so the adding loops need no test.
    private ReadOnlySpan<int> RowsOf(ReadOnlySpan<uint> keys)
    {
        var rows = RowBuffer(keys.Length);
        ref var weights = ref MemoryMarshal.GetReference(_rows.AsSpan<short>(_rowsLength));
        for (var first = 0; first < keys.Length; first += PrefetchBatch)
        {
            var last = Math.Min(keys.Length, first + PrefetchBatch);
            Prefetch(keys[first..last], ref weights);
            for (var k = first; k < last; k++)
            {
                rows[k] = RowOf(keys[k]);
            }
        }

        return rows.AsSpan(0, keys.Length);
    }

    [ThreadStatic]
    private static int[]? _rowBuffer;

    [ThreadStatic]
    private static int _touched;

    // Positions whose rows are fetched together: 8 x 24 rows, 12 KB, stay in the first-level cache until summed.
    private const int Block = 8;

    // Keys whose slots and rows RowsOf asks for at once: as many as a block of positions has.
    private const int PrefetchBatch = Block * NerFeatures.PerPosition;

    private static int[] RowBuffer(int length)
    {
        var rows = _rowBuffer;
        if (rows is null || rows.Length < length)
        {
            rows = _rowBuffer = new int[Math.Max(length, NerSegments.MaximumLength * NerFeatures.PerPosition)];
        }

        return rows;
    }

    private const int WideLanes = 16;

    private void Check(ReadOnlySpan<uint> keys, int perPosition, int length, Span<int> sums)
    {
        if (keys.Length < length * perPosition || sums.Length < length * Stride)
        {
            throw new ArgumentException("The keys or the sums are shorter than the positions need.", nameof(keys));
        }
    }

    private int SlotFor(uint key)
    {
        var slot = (int)(key & (uint)_mask);
        while (_keys[slot] != NerFeatures.None && _keys[slot] != key)
        {
            slot = (slot + 1) & _mask;
        }

        _keys[slot] = key;
        return slot;
    }

    // The start of the key's row, or of the row of zeros after the last slot when the table does not hold it.
    // Inlined into the optimised loops that call it, 24 times a character: a call of its own ran as precompiled code
    // for much of a build (tiering promotes it late), 9% of a build's samples.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RowOf(uint key)
    {
        if (key == NerFeatures.None)
        {
            return _zeros;
        }

        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return slot * Stride;
            }

            if (found == NerFeatures.None)
            {
                return _zeros;
            }

            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref short weights, int start, int from, int to, ref int sum)
    {
        ref var row = ref Unsafe.Add(ref weights, start);
        for (var j = from; j < to; j += Lanes)
        {
            var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref row, (nuint)j));
            var a = Vector128.LoadUnsafe(ref sum, (nuint)j);
            var b = Vector128.LoadUnsafe(ref sum, (nuint)j + 4);
            (a + low).StoreUnsafe(ref sum, (nuint)j);
            (b + high).StoreUnsafe(ref sum, (nuint)j + 4);
        }
    }
}
