using QuikGraph;

namespace PolicyGraph.Graph;

/// <summary>
/// The property graph every exporter, analysis and query reads: nodes keyed by stable id, typed edges with
/// provenance, held in a QuikGraph <see cref="BidirectionalGraph{TVertex,TEdge}"/> over the node ids.
/// Nodes and edges are kept in a deterministic order, so exports are byte-identical for the same input.
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly Dictionary<string, Node> _byId;
    private readonly Lazy<BidirectionalGraph<string, Edge>> _structure;

    /// <summary>Creates a graph; nodes are ordered by id and edges by <see cref="Edge.Order"/>.</summary>
    /// <exception cref="ArgumentException">An edge names a node that is not in <paramref name="nodes"/>, or two nodes share an id.</exception>
    public KnowledgeGraph(IEnumerable<Node> nodes, IEnumerable<Edge> edges, Properties? graphProperties = null)
        : this([.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)], [.. edges.Order(Edge.Order)], graphProperties, edgesChecked: false)
    {
    }

    // Takes nodes and edges as ordered; the public constructor and graph readers (whose files hold them ordered) call it.
    private KnowledgeGraph(IReadOnlyList<Node> nodes, IReadOnlyList<Edge> edges, Properties? graphProperties, bool edgesChecked)
    {
        Nodes = nodes;
        var byId = new Dictionary<string, Node>(nodes.Count, StringComparer.Ordinal);
        foreach (var node in Nodes)
        {
            if (!byId.TryAdd(node.Id, node))
            {
                throw new ArgumentException($"Two nodes share the id '{node.Id}'.", nameof(nodes));
            }
        }

        _byId = byId;
        Edges = edges;
        foreach (var edge in edgesChecked ? [] : Edges)
        {
            if (!_byId.ContainsKey(edge.Source) || !_byId.ContainsKey(edge.Target))
            {
                throw new ArgumentException($"Edge {edge.Type} {edge.Source} -> {edge.Target} names a node that is not in the graph.", nameof(edges));
            }
        }

        // Built on first use: loading a graph to answer a query need not pay for adjacency lists it never reads.
        _structure = new Lazy<BidirectionalGraph<string, Edge>>(BuildStructure, LazyThreadSafetyMode.ExecutionAndPublication);
        GraphProperties = graphProperties ?? Properties.Empty;
    }

    /// <summary>
    /// A graph from nodes already ordered by id and edges already in <see cref="Edge.Order"/>, as a graph file holds them;
    /// <paramref name="edgesChecked"/> says the reader has already checked that every edge names nodes of the graph.
    /// </summary>
    internal static KnowledgeGraph FromOrdered(IReadOnlyList<Node> nodes, IReadOnlyList<Edge> edges, Properties? graphProperties, bool edgesChecked = false) =>
        new(nodes, edges, graphProperties, edgesChecked);

    /// <summary>All nodes, ordered by id.</summary>
    public IReadOnlyList<Node> Nodes { get; }

    /// <summary>All edges, in <see cref="Edge.Order"/>.</summary>
    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>Graph-level properties (for example the analysis' modularity).</summary>
    public Properties GraphProperties { get; }

    /// <summary>The QuikGraph structure over node ids, for algorithms.</summary>
    public IBidirectionalGraph<string, Edge> Structure => _structure.Value;

    /// <summary>The node with <paramref name="id"/>, if any.</summary>
    public bool TryGetNode(string id, out Node node) => _byId.TryGetValue(id, out node!);

    /// <summary>The node with <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">There is no such node.</exception>
    public Node this[string id] => _byId[id];

    /// <summary>The nodes of one type, ordered by id.</summary>
    public IEnumerable<Node> NodesOf(NodeType type) => Nodes.Where(n => n.Type == type);

    /// <summary>A copy with node properties replaced by <paramref name="update"/>.</summary>
    public KnowledgeGraph WithNodes(Func<Node, Node> update, Properties? graphProperties = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new KnowledgeGraph(Nodes.Select(update), Edges, graphProperties ?? GraphProperties);
    }

    private BidirectionalGraph<string, Edge> BuildStructure()
    {
        // No edge capacity: QuikGraph applies it to every vertex's edge lists, so nodes × edges memory would be reserved.
        var structure = new BidirectionalGraph<string, Edge>(allowParallelEdges: true, capacity: Nodes.Count);
        structure.AddVertexRange(Nodes.Select(n => n.Id));
        structure.AddEdgeRange(Edges);
        return structure;
    }
}
