using PolicyGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;
using QuikGraph.Predicates;

namespace PolicyGraph.Query;

/// <summary>One edge on a path, with its evidence.</summary>
/// <param name="Type">The relationship type.</param>
/// <param name="Source">The edge's source id (paths may walk an edge backwards).</param>
/// <param name="Target">The edge's target id.</param>
/// <param name="Properties">Its properties as text: title, date, status …</param>
/// <param name="Document">The document it was read from, if any.</param>
/// <param name="Start">Offset of the evidence in that document's text.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record EdgeEvidence(string Type, string Source, string Target, IReadOnlyDictionary<string, string> Properties, DocumentRef? Document, long? Start, long? End);

/// <summary>One step of a path: the next node and every edge joining it to the previous one.</summary>
/// <param name="From">The node the step leaves.</param>
/// <param name="To">The node it reaches.</param>
/// <param name="Edges">The edges between them, either direction.</param>
public sealed record PathStep(NodeRef From, NodeRef To, IReadOnlyList<EdgeEvidence> Edges);

/// <summary>The shortest paths between two entities.</summary>
/// <param name="From">Where the paths start.</param>
/// <param name="To">Where they end.</param>
/// <param name="Hops">Their length, or null when there is none within the limit.</param>
/// <param name="MaxHops">The limit asked for.</param>
/// <param name="Paths">The paths, at most a fixed number, in a stable order.</param>
/// <param name="Truncated">Whether there were more shortest paths than listed.</param>
public sealed record PathReport(NodeRef From, NodeRef To, int? Hops, int MaxHops, IReadOnlyList<IReadOnlyList<PathStep>> Paths, bool Truncated);

/// <summary>
/// <c>query path A B [--max-hops N]</c>: every shortest path (up to <see cref="MaxPaths"/>) over edges in
/// either direction, found with QuikGraph's undirected breadth-first search. Documents are not used as
/// stepping stones unless asked (two entities in one article are always two hops apart through it).
/// </summary>
public sealed class PathQuery
{
    /// <summary>At most this many paths are listed.</summary>
    public const int MaxPaths = 20;

    private static readonly HashSet<string> Evidence = new(StringComparer.Ordinal) { "document", "start", "end" };

    private readonly GraphFacts _facts;
    private readonly EntityLookup _lookup;

    /// <summary>A query over <paramref name="graph"/>.</summary>
    public PathQuery(KnowledgeGraph graph, EntityLookup? lookup = null)
    {
        _facts = new GraphFacts(graph);
        _lookup = lookup ?? new EntityLookup(graph);
    }

    /// <summary>The shortest paths from <paramref name="from"/> to <paramref name="to"/> of at most <paramref name="maxHops"/> edges.</summary>
    public QueryResult<PathReport> Run(string from, string to, int maxHops = 6, bool throughDocuments = false)
    {
        var a = _lookup.Find(from);
        if (a.Node is null)
        {
            return QueryResult<PathReport>.Failure(a.NotFoundMessage(from));
        }

        var b = _lookup.Find(to);
        if (b.Node is null)
        {
            return QueryResult<PathReport>.Failure(b.NotFoundMessage(to));
        }

        var graph = _facts.Graph;
        var source = a.Node.Id;
        var target = b.Node.Id;
        IUndirectedGraph<string, Edge> undirected = new UndirectedBidirectionalGraph<string, Edge>(graph.Structure);
        if (!throughDocuments)
        {
            undirected = new FilteredUndirectedGraph<string, Edge, IUndirectedGraph<string, Edge>>(undirected,
                v => v == source || v == target || graph[v].Type != NodeType.Document, _ => true);
        }

        var search = new UndirectedBreadthFirstSearchAlgorithm<string, Edge>(undirected);
        var distances = new UndirectedVertexDistanceRecorderObserver<string, Edge>(_ => 1.0);
        using (distances.Attach(search))
        {
            search.Compute(source);
        }

        var hops = distances.Distances.TryGetValue(target, out var d) ? (int)d : (source == target ? 0 : int.MaxValue);
        if (source == target)
        {
            hops = 0;
        }

        if (hops > maxHops)
        {
            return QueryResult<PathReport>.Success(new PathReport(NodeRef.Of(a.Node), NodeRef.Of(b.Node), null, maxHops, [], false));
        }

        var paths = new List<List<string>>();
        var truncated = Walk(undirected, distances.Distances, source, [target], hops, paths);
        var report = paths.Select(p => (IReadOnlyList<PathStep>)[.. p.Zip(p.Skip(1), Step)]).ToList();
        return QueryResult<PathReport>.Success(new PathReport(NodeRef.Of(a.Node), NodeRef.Of(b.Node), hops, maxHops, report, truncated));
    }

    // Walks back from the target through neighbours one hop closer to the source; neighbours in id order.
    private static bool Walk(IUndirectedGraph<string, Edge> graph, IDictionary<string, double> distance, string source, List<string> suffix, int hops, List<List<string>> paths)
    {
        var head = suffix[0];
        if (head == source)
        {
            if (paths.Count == MaxPaths)
            {
                return true;
            }

            paths.Add([.. suffix]);
            return false;
        }

        var closer = graph.AdjacentEdges(head).Select(e => e.Source == head ? e.Target : e.Source)
            .Where(v => v == source ? hops - suffix.Count == 0 : distance.TryGetValue(v, out var dv) && (int)dv == hops - suffix.Count)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var previous in closer)
        {
            suffix.Insert(0, previous);
            var truncated = Walk(graph, distance, source, suffix, hops, paths);
            suffix.RemoveAt(0);
            if (truncated)
            {
                return true;
            }
        }

        return false;
    }

    // A MENTIONS edge starts at its document and carries only offsets.
    private DocumentRef? EvidenceDocument(Edge edge)
    {
        var id = edge.Properties.GetString("document");
        return _facts.Document(id.Length > 0 ? id : edge.Source);
    }

    private PathStep Step(string from, string to)
    {
        var structure = _facts.Graph.Structure;
        var edges = structure.OutEdges(from).Where(e => e.Target == to)
            .Concat(from == to ? [] : structure.OutEdges(to).Where(e => e.Target == from))
            .Order(Edge.Order)
            .Select(e => new EdgeEvidence(e.Type.ToString(), e.Source, e.Target,
                new SortedDictionary<string, string>(e.Properties.All.Where(kv => !Evidence.Contains(kv.Key))
                    .ToDictionary(kv => kv.Key, kv => kv.Value.ToInvariantString(), StringComparer.Ordinal), StringComparer.Ordinal),
                EvidenceDocument(e), GraphFacts.Offset(e, "start"), GraphFacts.Offset(e, "end")))
            .ToList();
        return new PathStep(NodeRef.Of(_facts.Graph[from]), NodeRef.Of(_facts.Graph[to]), edges);
    }
}
