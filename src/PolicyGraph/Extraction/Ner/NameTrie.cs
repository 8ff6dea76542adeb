using System.Runtime.CompilerServices;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// The names of a <see cref="NerLexicon"/> as a character trie, so that one walk from a position finds every name
/// starting there, stopping at the first character no name continues with (most positions: one or two steps).
/// Edges live in one open-addressing table keyed by (node, character) (<see cref="TrieEdges"/>). Immutable and thread-safe for reading.
/// </summary>
internal sealed class NameTrie
{
    /// <summary>The root node, where every walk starts.</summary>
    public const int Root = TrieEdges.Root;

    private readonly TrieEdges _edges;
    private readonly byte[] _types;

    /// <summary>A trie of <paramref name="words"/> (name → type bits).</summary>
    public NameTrie(IReadOnlyDictionary<string, byte> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var edges = new TrieEdges.Builder();
        var ends = new List<(int Node, byte Bits)>(words.Count);
        foreach (var (word, bits) in words)
        {
            var node = Root;
            foreach (var c in word)
            {
                node = edges.ChildOrAdd(node, c);
            }

            ends.Add((node, bits));
            Depth = Math.Max(Depth, word.Length);
        }

        _edges = edges.Build();
        _types = new byte[edges.NodeCount];
        foreach (var (node, bits) in ends)
        {
            _types[node] = bits;
        }
    }

    /// <summary>The length of the longest name.</summary>
    public int Depth { get; }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or -1 when no name continues so.</summary>
    /// <remarks>Inlined into the optimised lexicon scan, as <see cref="WeightTable"/>'s probe is.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c) => _edges.Child(node, c);

    /// <summary>The type bits of the name ending at <paramref name="node"/>, 0 when no name ends there.</summary>
    public byte TypesAt(int node) => _types[node];
}
