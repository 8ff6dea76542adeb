using System.Runtime.CompilerServices;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// The names of a <see cref="NerLexicon"/> as a character trie, so that one walk from a position finds every name
/// starting there, stopping at the first character no name continues with (most positions: one or two steps).
/// Edges live in one open-addressing table keyed by (node, character). Immutable and thread-safe for reading.
/// </summary>
internal sealed class NameTrie
{
    /// <summary>The root node, where every walk starts.</summary>
    public const int Root = 0;

    private readonly ulong[] _edges;
    private readonly int[] _children;
    private readonly byte[] _types;
    private readonly int _shift;

    /// <summary>A trie of <paramref name="words"/> (name → type bits).</summary>
    public NameTrie(IReadOnlyDictionary<string, byte> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var edges = new Dictionary<ulong, int>();
        var types = new List<byte> { 0 };
        foreach (var (word, bits) in words)
        {
            var node = Root;
            foreach (var c in word)
            {
                var edge = Edge(node, c);
                if (!edges.TryGetValue(edge, out var child))
                {
                    child = types.Count;
                    types.Add(0);
                    edges.Add(edge, child);
                }

                node = child;
            }

            types[node] = bits;
            Depth = Math.Max(Depth, word.Length);
        }

        var bitsUsed = 1;
        while (1 << bitsUsed < Math.Max(2, edges.Count * 2))
        {
            bitsUsed++;
        }

        _shift = 64 - bitsUsed;
        _edges = new ulong[1 << bitsUsed];
        _children = new int[1 << bitsUsed];
        var mask = _edges.Length - 1;
        foreach (var (edge, child) in edges)
        {
            var slot = Slot(edge);
            while (_edges[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _edges[slot] = edge;
            _children[slot] = child;
        }

        _types = [.. types];
    }

    /// <summary>The length of the longest name.</summary>
    public int Depth { get; }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or -1 when no name continues so.</summary>
    /// <remarks>Inlined into the optimised lexicon scan, as <see cref="WeightTable"/>'s probe is.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        var edge = Edge(node, c);
        var mask = _edges.Length - 1;
        var slot = Slot(edge);
        while (true)
        {
            var found = _edges[slot];
            if (found == edge)
            {
                return _children[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The type bits of the name ending at <paramref name="node"/>, 0 when no name ends there.</summary>
    public byte TypesAt(int node) => _types[node];

    // Never 0, the empty slot.
    private static ulong Edge(int node, char c) => ((ulong)(uint)node << 16 | c) + 1;

    private int Slot(ulong edge) => (int)((edge * 0x9E3779B97F4A7C15UL) >> _shift);
}
