using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>
/// The names and aliases <see cref="EntityLookup"/> searches: kept in memory for a loaded graph
/// (<see cref="GraphNameTable"/>) or read in place from the query index.
/// </summary>
internal interface INameTable
{
    /// <summary>The nodes (no statements) named exactly <paramref name="name"/>, in id order.</summary>
    IReadOnlyList<Node> Named(string name);

    /// <summary>The nodes (no statements) with the alias <paramref name="alias"/>, in id order.</summary>
    IReadOnlyList<Node> Aliased(string alias);

    /// <summary>The nodes of <paramref name="types"/> (any when null) with a name or alias that folds to <paramref name="folded"/>.</summary>
    IReadOnlyList<Node> FoldedEqual(string folded, IReadOnlySet<NodeType>? types);

    /// <summary>
    /// The nodes of <paramref name="types"/> with a folded name or alias that contains <paramref name="folded"/> or is
    /// contained in it (either side at least two characters), closest in length only.
    /// </summary>
    IReadOnlyList<Node> Closest(string folded, IReadOnlySet<NodeType>? types);

    /// <summary>Up to five names or aliases of nodes of <paramref name="types"/> within a small edit distance of <paramref name="folded"/>.</summary>
    IReadOnlyList<string> Suggest(string folded, IReadOnlySet<NodeType>? types);

    /// <summary>How many edges touch <paramref name="node"/> (in + out): the better-connected of equal matches wins.</summary>
    int Connections(Node node);
}
