using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// A trained linear-chain tagger: quantised per-feature tag weights (sorted 32-bit keys, hashed at load) and tag
/// transition weights. Immutable once loaded, so one instance serves every thread.
/// </summary>
internal sealed class SequenceModel
{
    private static readonly byte[] Magic = "PGNER1"u8.ToArray();

    private readonly uint[] _keys;
    private readonly short[] _weights;
    private readonly short[] _quantisedTransitions;
    private readonly Lazy<WeightTable> _table;
    private readonly float[] _masked;
    private readonly float _scale;

    /// <summary>A model over <paramref name="labels"/> with weights already quantised.</summary>
    public SequenceModel(IReadOnlyList<string> labels, float scale, uint[] keys, short[] weights, short[] transitions)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(transitions);
        Labels = labels;
        TagCount = 1 + (2 * labels.Count);
        if (weights.Length != keys.Length * TagCount || transitions.Length != (TagCount + 1) * TagCount)
        {
            throw new ArgumentException("The weight arrays do not match the key count and the label count.", nameof(weights));
        }

        _scale = scale;
        _keys = keys;
        _weights = weights;
        _quantisedTransitions = transitions;
        _table = new(() => new WeightTable(this), LazyThreadSafetyMode.ExecutionAndPublication);
        _masked = BioViterbi.Mask([.. transitions.Select(t => t * scale)], TagCount);
    }

    /// <summary>The entity labels (PER, ORG …); tag 1 + 2k is B of label k, 2 + 2k its I.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many tags (O plus a B and an I per label).</summary>
    public int TagCount { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>The feature keys, sorted.</summary>
    public ReadOnlySpan<uint> Keys => _keys;

    /// <summary>The quantised weights: a row of <see cref="TagCount"/> a key, in the order of <see cref="Keys"/>.</summary>
    public ReadOnlySpan<short> Weights => _weights;

    /// <summary>Tags the folded text whose feature keys are <paramref name="keys"/>; returns one tag per character.</summary>
    public int[] Decode(ReadOnlySpan<uint> keys, int length)
    {
        var table = _table.Value;
        var sums = new int[length * table.Stride];
        table.SumRows(keys, NerFeatures.PerPosition, length, sums);
        var path = new int[length];
        Decode(sums, table.Stride, table.Offset(0), length, path);
        return path;
    }

    /// <summary>
    /// Writes into <paramref name="path"/> the best tag of each of <paramref name="length"/> positions whose summed
    /// quantised weights (<see cref="WeightTable.SumRows"/>) lie in <paramref name="sums"/>, rows of <paramref name="rowStride"/>
    /// values, this model's from <paramref name="offset"/> on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Decode(ReadOnlySpan<int> sums, int rowStride, int offset, int length, Span<int> path)
    {
        var stride = BioViterbi.Stride(TagCount);
        if (offset + stride > rowStride || sums.Length < length * rowStride)
        {
            throw new ArgumentException("The sums do not hold a row of this model's tags for every position.", nameof(sums));
        }

        var buffers = DecodeBuffers.ForThread(length * stride, stride);
        var emissions = buffers.Emissions;
        var scale = Vector256.Create(_scale);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        for (var i = 0; i < length; i++)
        {
            for (var j = 0; j < stride; j += Vector256<float>.Count)
            {
                var quantised = Vector256.LoadUnsafe(ref sum, (nuint)((i * rowStride) + offset + j));
                (Vector256.ConvertToSingle(quantised) * scale).StoreUnsafe(ref emissions[0], (nuint)((i * stride) + j));
            }
        }

        BioViterbi.Decode(emissions, length, TagCount, _masked, path, buffers.Scores, buffers.Back);
    }

    /// <summary>Writes the model gzip-compressed to <paramref name="stream"/>.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip);
        w.Write(Magic);
        w.Write(Labels.Count);
        foreach (var label in Labels)
        {
            w.Write(label);
        }

        w.Write(_scale);
        w.Write(_keys.Length);
        w.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
        w.Write(MemoryMarshal.AsBytes(_quantisedTransitions.AsSpan()));
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static SequenceModel Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip);
        if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
        {
            throw new InvalidDataException("The NER model stream does not start with the PGNER1 header; rebuild it with PolicyGraph.Training.");
        }

        var labels = new string[r.ReadInt32()];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = r.ReadString();
        }

        var scale = r.ReadSingle();
        var count = r.ReadInt32();
        var tags = 1 + (2 * labels.Length);
        var keys = new uint[count];
        var weights = new short[count * tags];
        var transitions = new short[(tags + 1) * tags];
        ReadExactly(r, MemoryMarshal.AsBytes(keys.AsSpan()));
        ReadExactly(r, MemoryMarshal.AsBytes(weights.AsSpan()));
        ReadExactly(r, MemoryMarshal.AsBytes(transitions.AsSpan()));
        return new SequenceModel(labels, scale, keys, weights, transitions);
    }

    private static void ReadExactly(BinaryReader reader, Span<byte> target) => reader.BaseStream.ReadExactly(target);
}
