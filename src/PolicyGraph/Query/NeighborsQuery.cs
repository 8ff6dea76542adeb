using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>A node of an ego network.</summary>
/// <param name="Node">The node.</param>
/// <param name="Distance">Hops from the centre.</param>
/// <param name="Via">The relations that reach it from the previous ring, as <c>TYPE→</c> (walked forwards) or <c>←TYPE</c> (backwards).</param>
public sealed record Neighbour(NodeRef Node, int Distance, IReadOnlyList<string> Via);

/// <summary>The ego network of one entity.</summary>
/// <param name="Center">The entity.</param>
/// <param name="Depth">How many hops out.</param>
/// <param name="Type">The node type listed, or null for all.</param>
/// <param name="Neighbours">The nodes within <paramref name="Depth"/> hops, by distance, type and name.</param>
public sealed record NeighborsReport(NodeRef Center, int Depth, string? Type, IReadOnlyList<Neighbour> Neighbours);

/// <summary>
/// <c>query neighbors NAME [--depth K] [--type T]</c>: every node within K hops over edges in either
/// direction; <c>--type</c> filters what is listed, not what is walked through.
/// </summary>
public sealed class NeighborsQuery
{
    private readonly KnowledgeGraph _graph;
    private readonly EntityLookup _lookup;

    /// <summary>A query over <paramref name="graph"/>.</summary>
    public NeighborsQuery(KnowledgeGraph graph, EntityLookup? lookup = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _lookup = lookup ?? new EntityLookup(graph);
    }

    /// <summary>The ego network of <paramref name="name"/>.</summary>
    public QueryResult<NeighborsReport> Run(string name, int depth = 1, NodeType? type = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var found = _lookup.Find(name);
        if (found.Node is not { } center)
        {
            return QueryResult<NeighborsReport>.Failure(found.NotFoundMessage(name));
        }

        var structure = _graph.Structure;
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [center.Id] = 0 };
        var via = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var ring = new List<string> { center.Id };
        for (var hop = 1; hop <= depth && ring.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var v in ring)
            {
                foreach (var e in structure.OutEdges(v))
                {
                    Step(e.Target, e.Type + "→");
                }

                foreach (var e in structure.InEdges(v))
                {
                    Step(e.Source, "←" + e.Type);
                }

                void Step(string other, string label)
                {
                    if (!distance.TryGetValue(other, out var d))
                    {
                        distance[other] = hop;
                        next.Add(other);
                        via[other] = new SortedSet<string>(StringComparer.Ordinal);
                        d = hop;
                    }

                    if (d == hop)
                    {
                        via[other].Add(label);
                    }
                }
            }

            ring = next;
        }

        var reached = new List<Node>();
        foreach (var id in distance.Keys)
        {
            if (distance[id] > 0 && _graph[id] is var n && (type is null || n.Type == type))
            {
                reached.Add(n);
            }
        }

        // By distance, type, name and id.
        var order = Comparer<Node>.Create((a, b) =>
        {
            var c = distance[a.Id].CompareTo(distance[b.Id]);
            c = c != 0 ? c : ((int)a.Type).CompareTo((int)b.Type);
            c = c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        var list = reached.Order(order).Select(n => new Neighbour(NodeRef.Of(n), distance[n.Id], [.. via[n.Id]])).ToList();
        return QueryResult<NeighborsReport>.Success(new NeighborsReport(NodeRef.Of(center), depth, type?.ToString(), list));
    }
}
