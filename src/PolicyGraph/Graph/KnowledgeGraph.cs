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
    private readonly Lazy<EdgeEnds> _ends;

    /// <summary>Creates a graph; nodes are ordered by id and edges by <see cref="Edge.Order"/>.</summary>
    /// <exception cref="ArgumentException">An edge names a node that is not in <paramref name="nodes"/>, or two nodes share an id.</exception>
    public KnowledgeGraph(IEnumerable<Node> nodes, IEnumerable<Edge> edges, Properties? graphProperties = null)
        : this(Ordered(nodes, edges, distinct: false), graphProperties)
    {
    }

    private KnowledgeGraph((Node[] Nodes, Edge[] Edges, EdgeEnds? Ends) ordered, Properties? graphProperties)
        : this(ordered.Nodes, ordered.Edges, graphProperties, ordered.Ends is not null, ordered.Ends)
    {
    }

    /// <summary>Like the constructor, but of edges equal to each other only one is kept.</summary>
    internal static KnowledgeGraph WithDistinctEdges(IEnumerable<Node> nodes, IEnumerable<Edge> edges, Properties? graphProperties) =>
        new(Ordered(nodes, edges, distinct: true), graphProperties);

    private static readonly Comparer<Node> NodeOrder = Comparer<Node>.Create((a, b) => string.CompareOrdinal(a.Id, b.Id));

    private static (Node[] Nodes, Edge[] Edges, EdgeEnds? Ends) Ordered(IEnumerable<Node> nodes, IEnumerable<Edge> edges, bool distinct)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var sorted = nodes.ToArray();
        Array.Sort(sorted, NodeOrder);
        var (ordered, ends) = SortedEdges(sorted, edges, distinct);
        return (sorted, ordered, ends);
    }

    // Edges in Edge.Order, sorted as numbers: source, type and target make one 64-bit key (the ranks of the node ids
    // in id order, which is ordinal order), so only edges with the same key are compared by their properties.
    // Any order within a run is then fine: ids are unique, and edges that compare equal are equal in every exported field.
    // Computing the keys checks that every edge names nodes of the graph; an edge that does not keeps its place to
    // the constructor, which rejects it. With distinct, of edges equal to each other only one is kept. The keys, once
    // sorted, give every edge's ends as node numbers (null when the edges could not be keyed).
    private static (Edge[] Edges, EdgeEnds? Ends) SortedEdges(Node[] nodes, IEnumerable<Edge> edges, bool distinct)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var array = edges.ToArray();
        var rank = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!rank.TryAdd(nodes[i].Id, i))
            {
                return (ComparedOneByOne(array, distinct), null);
            }
        }

        var keys = new long[array.Length];
        var keyed = nodes.Length < 1 << 27; // stays true while the ranks fit a key and every edge names nodes of the graph
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, Math.Max(1, array.Length), 1 << 15), range =>
        {
            // Edges come mostly grouped by source (a document's, one after another): a source that is the last one's
            // string is not looked up again.
            string? lastSource = null;
            var source = -1;
            for (var i = range.Item1; i < Math.Min(range.Item2, array.Length) && Volatile.Read(ref keyed); i++)
            {
                var edge = array[i];
                if (!ReferenceEquals(edge.Source, lastSource) && !rank.TryGetValue(lastSource = edge.Source, out source))
                {
                    Volatile.Write(ref keyed, false);
                    return;
                }

                if (!rank.TryGetValue(edge.Target, out var target) || (uint)edge.Type > 0xFF)
                {
                    Volatile.Write(ref keyed, false);
                    return;
                }

                keys[i] = EdgeEnds.Key(source, edge.Type, target);
            }
        });
        if (!keyed)
        {
            return (ComparedOneByOne(array, distinct), null);
        }

        RadixSort.Sort(keys, array);

        // Runs of one key are ordered (and thinned) on all cores, in slices that end where a key ends.
        var bounds = new List<int> { 0 };
        for (var at = 1 << 15; at < array.Length; at += 1 << 15)
        {
            while (at < array.Length && keys[at] == keys[at - 1])
            {
                at++;
            }

            if (at < array.Length && at > bounds[^1])
            {
                bounds.Add(at);
            }
        }

        bounds.Add(array.Length);
        var kept = new (List<Edge> Edges, List<long> Keys)?[bounds.Count - 1];
        Parallel.For(0, bounds.Count - 1, slice => kept[slice] = SortRuns(array, keys, bounds[slice], bounds[slice + 1], distinct));
        var count = distinct ? kept.Sum(k => k!.Value.Edges.Count) : array.Length;
        if (count == array.Length)
        {
            return (array, EdgeEnds.OfKeys(keys));
        }

        var all = new Edge[count];
        var allKeys = new long[count];
        var next = 0;
        foreach (var part in kept)
        {
            part!.Value.Edges.CopyTo(all, next);
            part.Value.Keys.CopyTo(allKeys, next);
            next += part.Value.Edges.Count;
        }

        return (all, EdgeEnds.OfKeys(allKeys));
    }

    // Edges in Edge.Order by comparing them whole, for a graph whose edges cannot be keyed (the constructor then
    // rejects it, unless it has more nodes than a key holds); with distinct, without duplicates.
    private static Edge[] ComparedOneByOne(Edge[] edges, bool distinct)
    {
        Array.Sort(edges, Edge.Order);
        return distinct ? [.. Distinct(edges, (i, j) => Edge.Order.Compare(edges[i], edges[j]) == 0, new List<Edge>(edges.Length))] : edges;
    }

    // Orders each run of edges of one key in sorted[start..end) by Edge.Order; with distinct, returns those edges without
    // duplicates, and their keys.
    // Within a run only the properties differ, so each edge's property text is made once and the run is sorted by
    // those texts (a run can hold thousands of edges: one position held in every document that names it).
    private static (List<Edge> Edges, List<long> Keys)? SortRuns(Edge[] sorted, long[] keys, int start, int end, bool distinct)
    {
        var kept = distinct ? new List<Edge>(end - start) : null;
        var keptKeys = distinct ? new List<long>(end - start) : null;
        for (int from = start, to; from < end; from = to)
        {
            to = from + 1;
            while (to < end && keys[to] == keys[from])
            {
                to++;
            }

            if (to - from == 1)
            {
                kept?.Add(sorted[from]);
                keptKeys?.Add(keys[from]);
                continue;
            }

            var run = sorted[from..to];
            var texts = new string[run.Length];
            for (var i = 0; i < run.Length; i++)
            {
                texts[i] = Edge.PropertyText(run[i].Properties);
            }

            Array.Sort(texts, run, StringComparer.Ordinal);
            run.CopyTo(sorted, from);
            if (kept is not null)
            {
                var before = kept.Count;
                Distinct(run, (i, j) => string.Equals(texts[i], texts[j], StringComparison.Ordinal), kept);
                for (var i = before; i < kept.Count; i++)
                {
                    keptKeys!.Add(keys[from]);
                }
            }
        }

        return kept is null ? null : (kept, keptKeys!);
    }

    // Adds edges sorted in Edge.Order to kept, leaving out duplicates. Equal edges compare equal (sameOrder says
    // which neighbours do), so they lie within one stretch of edges comparing equal (almost always of one edge),
    // where each is checked against those kept before it.
    private static List<Edge> Distinct(Edge[] run, Func<int, int, bool> sameOrder, List<Edge> kept)
    {
        for (int from = 0, to; from < run.Length; from = to)
        {
            to = from + 1;
            while (to < run.Length && sameOrder(from, to))
            {
                to++;
            }

            var stretch = kept.Count;
            for (var i = from; i < to; i++)
            {
                var duplicate = false;
                for (var k = stretch; k < kept.Count && !duplicate; k++)
                {
                    duplicate = kept[k].Equals(run[i]);
                }

                if (!duplicate)
                {
                    kept.Add(run[i]);
                }
            }
        }

        return kept;
    }

    // Takes nodes and edges as ordered; the public constructor and graph readers (whose files hold them ordered) call it.
    private KnowledgeGraph(IReadOnlyList<Node> nodes, IReadOnlyList<Edge> edges, Properties? graphProperties, bool edgesChecked, EdgeEnds? ends = null)
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
        _ends = ends is null ? new Lazy<EdgeEnds>(() => EdgeEnds.Of(this), LazyThreadSafetyMode.ExecutionAndPublication) : new Lazy<EdgeEnds>(ends);
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

    /// <summary>Each edge's ends as node numbers (positions in <see cref="Nodes"/>): known from sorting a graph, found once otherwise.</summary>
    internal EdgeEnds Ends => _ends.Value;

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
