using System.Runtime.CompilerServices;

namespace PolicyGraph.Text;

/// <summary>
/// The edges of a character trie, (node, character) → child node, in one open-addressing table at most half full: a
/// step is one multiplicative hash and, nearly always, one slot read, where a dictionary adds its comparer and a
/// bucket indirection. Nodes are numbered from 0, the root, as the builder adds them. Immutable and thread-safe.
/// </summary>
internal sealed class TrieEdges
{
    /// <summary>The root node, where every walk starts.</summary>
    public const int Root = 0;

    private readonly ulong[] _edges;
    private readonly int[] _children;
    private readonly int _shift;

    private TrieEdges(Dictionary<ulong, int> edges)
    {
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
    }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or -1 when there is no such edge.</summary>
    /// <remarks>Inlined into the scans that walk it, many times a character.</remarks>
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

    // Never 0, the empty slot.
    private static ulong Edge(int node, char c) => ((ulong)(uint)node << 16 | c) + 1;

    private int Slot(ulong edge) => (int)((edge * 0x9E3779B97F4A7C15UL) >> _shift);

    /// <summary>Collects the edges of a trie as its words are added, then freezes them into a table.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<ulong, int> _edges = [];

        /// <summary>How many nodes there are, the root included.</summary>
        public int NodeCount { get; private set; } = 1;

        /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, made (numbered <see cref="NodeCount"/>) when new.</summary>
        public int ChildOrAdd(int node, char c)
        {
            var edge = Edge(node, c);
            if (!_edges.TryGetValue(edge, out var child))
            {
                child = NodeCount++;
                _edges.Add(edge, child);
            }

            return child;
        }

        /// <summary>The table of the edges added.</summary>
        public TrieEdges Build() => new(_edges);
    }
}
