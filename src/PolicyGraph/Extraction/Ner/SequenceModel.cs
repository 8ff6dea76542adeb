using System.IO.Compression;
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
    private readonly WeightTable _table;
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
        _table = new WeightTable(keys, weights, TagCount);
        _masked = BioViterbi.Mask([.. transitions.Select(t => t * scale)], TagCount);
    }

    /// <summary>The entity labels (PER, ORG …); tag 1 + 2k is B of label k, 2 + 2k its I.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many tags (O plus a B and an I per label).</summary>
    public int TagCount { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>The length of a row of tag scores in <see cref="Score"/>'s layout: the tag count padded to whole vectors.</summary>
    public int Stride => _table.Stride;

    /// <summary>Tags the folded text whose feature keys are <paramref name="keys"/>; returns one tag per character.</summary>
    public int[] Decode(ReadOnlySpan<uint> keys, int length)
    {
        var sums = new int[length * Stride];
        Score(keys, length, sums);
        var path = new int[length];
        Decode(sums, length, path);
        return path;
    }

    /// <summary>
    /// Fills <paramref name="sums"/> with <paramref name="length"/> rows of <see cref="Stride"/> quantised tag scores, each the
    /// sum of the weights of the position's <see cref="NerFeatures.PerPosition"/> keys.
    /// </summary>
    public void Score(ReadOnlySpan<uint> keys, int length, Span<int> sums)
    {
        var stride = Stride;
        sums[..(length * stride)].Clear();
        for (var i = 0; i < length; i++)
        {
            _table.AddRows(keys.Slice(i * NerFeatures.PerPosition, NerFeatures.PerPosition), sums.Slice(i * stride, stride));
        }
    }

    /// <summary>Writes into <paramref name="path"/> the best tag of each of <paramref name="length"/> positions scored by <see cref="Score"/>.</summary>
    public void Decode(ReadOnlySpan<int> sums, int length, Span<int> path)
    {
        var size = length * Stride;
        var buffers = DecodeBuffers.ForThread(size, Stride);
        var emissions = buffers.Emissions;
        var scale = Vector256.Create(_scale);
        ref var sum = ref MemoryMarshal.GetReference(sums[..size]);
        for (var j = 0; j < size; j += Vector256<float>.Count)
        {
            (Vector256.ConvertToSingle(Vector256.LoadUnsafe(ref sum, (nuint)j)) * scale).StoreUnsafe(ref emissions[0], (nuint)j);
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
