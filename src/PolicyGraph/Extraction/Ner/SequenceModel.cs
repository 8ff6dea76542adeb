using System.IO.Compression;
using System.Runtime.InteropServices;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// A trained linear-chain tagger: quantised per-feature tag weights (sorted 32-bit keys, hashed at load) and tag
/// transition weights. Immutable once loaded, so one instance serves every thread.
/// </summary>
internal sealed class SequenceModel
{
    private static readonly byte[] Magic = "PGNER1"u8.ToArray();

    private readonly uint[] _keys;
    private readonly int[] _slots;
    private readonly int _mask;
    private readonly short[] _weights;
    private readonly short[] _quantisedTransitions;
    private readonly float[] _transitions;
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
        _transitions = [.. transitions.Select(t => t * scale)];

        // Keys are already well mixed hashes: an open-addressing table on their low bits, at most half full,
        // finds a feature in about one probe (binary search needs eighteen).
        var size = 1;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        _mask = size - 1;
        _slots = new int[size];
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)(keys[i] & (uint)_mask);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = i + 1;
        }
    }

    /// <summary>The entity labels (PER, ORG …); tag 1 + 2k is B of label k, 2 + 2k its I.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>How many tags (O plus a B and an I per label).</summary>
    public int TagCount { get; }

    /// <summary>How many features carry weights.</summary>
    public int FeatureCount => _keys.Length;

    /// <summary>Tags the folded text whose feature keys are <paramref name="keys"/>; returns one tag per character.</summary>
    public int[] Decode(ReadOnlySpan<uint> keys, int length)
    {
        var tags = TagCount;
        var emissions = new float[length * tags];
        var sums = new int[tags];
        for (var i = 0; i < length; i++)
        {
            Array.Clear(sums);
            foreach (var key in keys.Slice(i * NerFeatures.PerPosition, NerFeatures.PerPosition))
            {
                var index = Find(key);
                if (index < 0)
                {
                    continue;
                }

                var row = _weights.AsSpan(index * tags, tags);
                for (var t = 0; t < tags; t++)
                {
                    sums[t] += row[t];
                }
            }

            for (var t = 0; t < tags; t++)
            {
                emissions[(i * tags) + t] = sums[t] * _scale;
            }
        }

        var path = new int[length];
        BioViterbi.Decode(emissions, length, tags, _transitions, path);
        return path;
    }

    private int Find(uint key)
    {
        var slot = (int)(key & (uint)_mask);
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (_keys[entry - 1] == key)
            {
                return entry - 1;
            }

            slot = (slot + 1) & _mask;
        }
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
