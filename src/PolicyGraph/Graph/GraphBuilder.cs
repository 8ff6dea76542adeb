namespace PolicyGraph.Graph;

/// <summary>
/// Collects nodes and edges while a graph is assembled. Adding a node twice merges it: list properties are
/// united, other properties keep their first non-empty value. An edge equal to one already added is dropped
/// (when the graph is built: equal edges are next to each other once sorted, so no edge is hashed).
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, Node> _nodes;
    private readonly List<Edge> _edges;

    /// <summary>An empty builder.</summary>
    public GraphBuilder()
        : this(0, 0)
    {
    }

    /// <summary>An empty builder with room for about <paramref name="nodes"/> nodes and <paramref name="edges"/> edges, so large graphs are not rehashed as they grow.</summary>
    public GraphBuilder(int nodes, int edges)
    {
        _nodes = new(nodes, StringComparer.Ordinal);
        _edges = new(edges);
    }

    /// <summary>How many nodes have been added.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Adds <paramref name="node"/>, merging it into a node with the same id.</summary>
    /// <returns>The node's id.</returns>
    public string AddNode(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_nodes.TryGetValue(node.Id, out var existing))
        {
            _nodes.Add(node.Id, node);
            return node.Id;
        }

        if (existing.Type != node.Type)
        {
            throw new ArgumentException($"Node '{node.Id}' is added as {node.Type} but exists as {existing.Type}.", nameof(node));
        }

        var merged = existing.Properties;
        foreach (var (key, value) in node.Properties.All)
        {
            if (!merged.TryGet(key, out var old) || old.IsEmpty)
            {
                merged = merged.With(key, value);
            }
            else if (old.Kind == PropertyKind.StringList && value.Kind == PropertyKind.StringList)
            {
                merged = merged.With(key, PropertyValue.Of(old.List.Union(value.List, StringComparer.Ordinal).Order(StringComparer.Ordinal)));
            }
        }

        _nodes[node.Id] = existing with { Properties = merged };
        return node.Id;
    }

    /// <summary>Whether a node with <paramref name="id"/> has been added.</summary>
    public bool HasNode(string id) => _nodes.ContainsKey(id);

    /// <summary>The node added with <paramref name="id"/>.</summary>
    public Node GetNode(string id) => _nodes[id];

    /// <summary>Replaces the node with the same id (it must exist).</summary>
    public void ReplaceNode(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_nodes.ContainsKey(node.Id))
        {
            throw new KeyNotFoundException($"No node '{node.Id}' to replace.");
        }

        _nodes[node.Id] = node;
    }

    /// <summary>Adds an edge unless an equal one is there.</summary>
    public void AddEdge(Edge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        _edges.Add(edge);
    }

    /// <summary>Adds edges unless equal ones are there.</summary>
    public void AddEdges(IReadOnlyList<Edge> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        _edges.AddRange(edges);
    }

    /// <summary>The graph built so far.</summary>
    public KnowledgeGraph Build(Properties? graphProperties = null) => KnowledgeGraph.WithDistinctEdges(_nodes.Values, _edges, graphProperties);
}
